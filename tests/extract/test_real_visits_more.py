"""Visits in other shapes (round 79, from sentences of our own): "began a two-day visit to Peru", "wrapped up her visit
to Peru", "landed in Lima", "is expected in Lima on Friday" are visits (they gave nothing); a meeting held during a visit
("X, who is visiting Lima, met Y", "During her visit to Lima, X met Y") took place there."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_began_a_visit_to(lexicon) -> None:
    assert _events("Chilean Foreign Minister Ana Soto began a two-day visit to Peru on Tuesday.", lexicon) == \
        [("visit", dt.date(2023, 5, 9), "Peru")]


def test_landed_in(lexicon) -> None:
    assert _events("Chilean Foreign Minister Ana Soto landed in Lima on Tuesday.", lexicon) == [("visit", dt.date(2023, 5, 9), "Lima")]


def test_a_meeting_during_a_visit_is_held_there(lexicon) -> None:
    text = "During her visit to Lima on Tuesday, Chilean Foreign Minister Ana Soto met Peruvian President Luis Vera."
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), "Lima")]


def test_a_meeting_place_named_in_the_sentence_wins(lexicon) -> None:
    """A guard: "met … in Arica" during a visit to Peru is in Arica."""
    text = "During her visit to Peru, Chilean Foreign Minister Ana Soto met Peruvian President Luis Vera in Arica on Tuesday."
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), "Arica")]
