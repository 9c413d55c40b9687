"""Words that make a planned meeting known (round 132): "X and Y are arranging a meeting, Z said" is Z's announcement
even with no date for the meeting, and "Z said, according to state media on Sunday" is dated by the report's day.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_arranging_a_meeting_is_announced(lexicon) -> None:
    text = ("The foreign ministers of Peru, Chile and Bolivia are arranging a meeting, "
            "Peruvian Deputy Foreign Minister Ana Soto said, according to state media on Sunday.")
    assert typed_events(text, lexicon) == [("announcement", dt.date(2023, 5, 7), ["Ana Soto", "Peru"])]


def test_said_according_to_media_on_a_day(lexicon) -> None:
    text = "Peruvian Deputy Foreign Minister Ana Soto said, according to state media on Sunday, that talks were needed."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 7), ["Ana Soto", "Peru"])]


def test_a_held_meeting_reported_stays_the_source(lexicon) -> None:
    """A guard: "…, X said" after an event that was held is its source, no statement (guideline 3)."""
    text = "Peru and Chile held talks in Lima on Tuesday, Peruvian Deputy Foreign Minister Ana Soto said."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Chile", "Peru"])]
