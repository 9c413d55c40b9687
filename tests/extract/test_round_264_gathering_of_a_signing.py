"""Round 264: a document signed or adopted at a gathering the sentence dates ("adopted a joint statement at the end of
their summit in Tehran on Tuesday", "signed the protocol after a meeting in Minsk on Friday") gave the document alone:
the verb's event took the date and the gathering's noun was not read. The gathering is now an event too (docs/extraction.md,
"Types": a document signed or adopted is an agreement, beside the talks it closed). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_joint_statement_at_the_end_of_their_summit(lexicon) -> None:
    days = typed_days("The leaders of Russia, Turkey and Iran adopted a joint statement at the end of their summit in "
                      "Tehran on Tuesday.", lexicon)
    assert sorted(days) == [("agreement", dt.date(2023, 5, 9)), ("summit", dt.date(2023, 5, 9))]


def test_a_protocol_signed_after_a_meeting_held_already(lexicon) -> None:  # (the round-263 code gave it too)
    days = typed_days("The envoys of Ukraine and Russia signed a protocol on prisoner exchanges after a meeting in Minsk "
                      "on Friday.", lexicon)
    assert ("agreement", dt.date(2023, 5, 12)) in days and len(days) == 2


def test_guard_the_meeting_told_before_is_not_told_again(lexicon) -> None:
    days = typed_days("The guarantor states adopted a joint statement at the end of the two-day meeting on Wednesday.",
                      lexicon)
    assert days == [("agreement", dt.date(2023, 5, 10))]
