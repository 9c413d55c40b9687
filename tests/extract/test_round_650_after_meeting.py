"""Round 650: a dated meeting told by the gerund after a preposition of time ("After meeting X in Lima on Monday, Y
flew to Quito") is a meeting with its own day; an undated one is none. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_after_meeting_opening_the_sentence(lexicon) -> None:
    body = "After meeting Chilean President Gabriel Boric in Santiago on Monday, the envoy travelled to Lima on Tuesday."
    assert ("meeting", dt.date(2023, 5, 8)) in typed_days(body, lexicon)


def test_before_meeting_with_a_counterpart(lexicon) -> None:
    body = ("The Kenyan foreign minister stopped in Addis Ababa before meeting with his Ethiopian counterpart in "
            "Djibouti on May 3.")
    assert ("meeting", dt.date(2023, 5, 3)) in typed_days(body, lexicon)


def test_after_meeting_in_mid_sentence(lexicon) -> None:
    body = "The envoy, after meeting the Houthi negotiators in Muscat on Wednesday, travelled on to Riyadh."
    assert ("meeting", dt.date(2023, 5, 10)) in typed_days(body, lexicon)


def test_guard_undated_meeting_leaves_the_speech_alone(lexicon) -> None:
    """The guard: an undated gerund meeting is no event, and the speaker's words stay a statement."""
    body = "Speaking to reporters after meeting Vladimir Putin, Recep Tayyip Erdogan said on Friday the deal would hold."
    assert typed_days(body, lexicon) == [("statement", dt.date(2023, 5, 12))]


def test_guard_meeting_a_deadline(lexicon) -> None:
    """The guard: "meeting" a target or a deadline is no meeting."""
    assert [kind for kind, _ in typed_days("The two sides signed the protocol on Monday after meeting the deadline.",
                                           lexicon)] == ["agreement"]
    assert typed_days("Before meeting the lenders' conditions in June, the government had to pass a budget.", lexicon) == []
