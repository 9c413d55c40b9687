"""Round 340: what a readout says a participant stressed, expressed or noted in a call or meeting belongs to that call
or meeting (docs/extraction.md, "Types"), also a few paragraphs below it and when the sentence sets itself in the
gathering ("During the meeting, X stressed …, the ministry said"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

CALL = ("Russian Foreign Minister Sergey Lavrov held a telephone conversation with Turkish Foreign Minister Hakan Fidan "
        "on Wednesday.")


def test_what_he_stressed_three_paragraphs_below_the_call(lexicon) -> None:
    body = (f"{CALL}\n\nThe ministers discussed the situation in the Black Sea.\n\nThey also touched on trade.\n\n"
            "Sergey Lavrov stressed the need to keep the grain corridor open to all ships.")
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 10))]


def test_during_the_meeting_a_party_stressed_the_ministry_said(lexicon) -> None:
    body = ("The foreign ministers of Egypt and Sudan met in Khartoum on Wednesday.\n\n"
            "The two sides reviewed the water talks.\n\n"
            "During the meeting, Egypt stressed the importance of a binding agreement on the dam, the Egyptian "
            "Foreign Ministry said.")
    assert [t for t, _ in typed_days(body, lexicon)] == ["meeting"]


def test_guard_someone_outside_the_call_stays_a_statement(lexicon) -> None:
    body = (f"{CALL}\n\nThe ministers discussed the situation in the Black Sea.\n\n"
            "Chinese Foreign Minister Wang Yi stressed on Thursday the need to keep the corridor open.")
    assert [t for t, _ in typed_days(body, lexicon)] == ["call", "statement"]


def test_guard_his_own_words_with_said_stay_a_statement(lexicon) -> None:
    body = (f"{CALL}\n\nThe ministers discussed the situation in the Black Sea.\n\n"
            "Sergey Lavrov said on Thursday that Moscow stressed the need to keep the corridor open.")
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 10)), ("statement", dt.date(2023, 5, 11))]
