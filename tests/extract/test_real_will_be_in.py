"""A visit told as being somewhere (round 130): "X will be in <Place> on <days>" is X's visit, and a gathering that
"will be in <Place>" is that gathering, not a visit. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_minister_will_be_in_a_capital(lexicon) -> None:
    text = "Peruvian Foreign Minister Ana Soto will be in Santiago on June 14-15 for talks."
    assert typed_events(text, lexicon) == [("visit", dt.date(2023, 6, 14), ["Ana Soto", "Chile", "Peru"])]


def test_talks_that_will_be_in_a_town_are_no_visit(lexicon) -> None:
    """A guard: the talks' place is no one's visit."""
    events = typed_events("The next round of talks will be in Geneva on June 14-15.", lexicon)
    assert [event_type for event_type, _, _ in events] == ["meeting"]


def test_in_force_is_no_place(lexicon) -> None:
    """A guard: "will be in force" names no place."""
    assert typed_events("The agreement will be in force from June 14.", lexicon) == []
