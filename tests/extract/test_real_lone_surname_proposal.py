"""A speaker named by surname alone who calls on someone (round 148): "Soto called on all parties on Thursday to adopt a
flexible approach" opening a sentence is Soto's proposal, as "Soto said" was her statement; a capital or a plural noun
in that place makes no person. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_surname_called_on(lexicon) -> None:
    text = "Soto called on all parties on Thursday to adopt a flexible and pragmatic approach."
    assert typed_events(text, lexicon) == [("proposal", dt.date(2023, 5, 11), ["Soto"])]


def test_surname_urged(lexicon) -> None:
    text = "Soto urged the two sides on Thursday to return to the table."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["proposal"]


def test_a_capital_is_no_surname(lexicon) -> None:
    """A guard: "Lima called on" makes no person named Lima."""
    text = "Lima called on all parties on Thursday to adopt a flexible approach."
    assert not any("Lima" in actors for _, _, actors in typed_events(text, lexicon))
