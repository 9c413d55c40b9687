"""A visit told by leaving for a place (round 141): "On April 30, Peruvian Foreign Minister Ana Soto left for Washington on
a working visit" is her visit to the United States that day, in Washington, and "will leave for Quito on Friday" one
planned; "left for home" names no place and no visit. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _visits(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.first, c.venue[0] if c.venue else None, sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events if c.event_type == "visit"]


def test_left_for_a_capital(lexicon) -> None:
    text = "On April 30, Peruvian Foreign Minister Ana Soto left for Washington on a working visit."
    assert _visits(text, lexicon) == [(dt.date(2023, 4, 30), "Washington", ["Ana Soto", "Peru", "United States"])]


def test_will_leave_for(lexicon) -> None:
    text = "Peruvian Foreign Minister Ana Soto will leave for Quito on Friday."
    assert [(day, venue) for day, venue, _ in _visits(text, lexicon)] == [(dt.date(2023, 5, 12), "Quito")]


def test_left_for_home(lexicon) -> None:
    """A guard: no place after "for", no visit."""
    assert _visits("Peruvian Foreign Minister Ana Soto left for home on Sunday after the talks.", lexicon) == []
