"""Readouts (round 50): what a readout says a participant stressed, highlighted or expressed in a call or meeting belongs
to that call or meeting, not a statement of its own; words given with "said" stay a statement; texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _kinds(text: str, lexicon: Lexicon):
    extraction = extract_own(text, lexicon)  # published Friday 2023-05-12
    return [(c.event_type, c.first) for c in extraction.events]


def test_what_a_participant_stressed_in_a_call_is_the_call(lexicon) -> None:
    text = ("On May 9, Chilean Foreign Minister Ana Ruiz spoke by phone with Peruvian Foreign Minister Luis Vera.\n\n"
            "Ana Ruiz stressed that the border talks should resume.")
    assert _kinds(text, lexicon) == [("call", dt.date(2023, 5, 9))]


def test_what_a_participant_highlighted_at_a_meeting_reported_today_is_the_meeting(lexicon) -> None:
    text = ("Chilean Foreign Minister Ana Ruiz has met with Peruvian Foreign Minister Luis Vera.\n\n"
            "Minister Ana Ruiz highlighted the progress of the border talks.")
    assert _kinds(text, lexicon) == [("meeting", dt.date(2023, 5, 12))]


def test_words_said_after_a_call_are_a_statement(lexicon) -> None:
    """A guard: "said" gives the participant's own words, a speech event as well (the guideline, 177); its "should" asks
    the talks to resume, so the words are a proposal (round 1310)."""
    text = ("On May 9, Chilean Foreign Minister Ana Ruiz spoke by phone with Peruvian Foreign Minister Luis Vera.\n\n"
            "Ana Ruiz said that the border talks should resume.")
    assert sorted(k for k, _ in _kinds(text, lexicon)) == ["call", "proposal"]
