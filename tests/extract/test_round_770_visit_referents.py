"""Round 770: a meeting whose own sentence places it in "the visit" ("During the visit, X met Y", "started his visit by
meeting Y") belongs to the one visit the article tells. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

_VISIT = "Chilean Foreign Minister Alberto van Klaveren began a two-day visit to Lima on Monday.\n\n"


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-04-11")
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


@pytest.mark.parametrize("body", [
    _VISIT + "During the visit, van Klaveren met Peruvian President Dina Boluarte.",
    "Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday for a two-day visit.\n\n"
    "He started his visit by meeting Peruvian President Dina Boluarte.",
    "Chilean Foreign Minister Alberto van Klaveren paid a visit to Lima on Monday.\n\n"
    "On the first day of his visit, he met Peruvian President Dina Boluarte.",
    "Chilean Foreign Minister Alberto van Klaveren is on a two-day trip to Peru.\n\n"
    "In the course of his trip, van Klaveren held talks with Peruvian President Dina Boluarte on Monday.",
])
def test_a_meeting_in_the_visit_joins_it(body: str, lexicon) -> None:
    events = _events(body, lexicon)
    assert [e[0] for e in events] == ["visit"]
    assert events[0][1] == dt.date(2023, 4, 10)
    assert "Dina Boluarte" in events[0][2]


def test_guard_a_visit_of_another_year_stays_apart(lexicon) -> None:
    """The guard: "during his visit to Quito last year" is a visit of its own; its meeting stays."""
    body = _VISIT + "During his visit to Quito last year, van Klaveren met Ecuadorian President Guillermo Lasso."
    assert [e[0] for e in _events(body, lexicon)] == ["visit", "meeting"]


def test_guard_a_meeting_dated_apart_stays(lexicon) -> None:
    """The guard: a meeting of another day, even "during the trip", is dated apart from a one-day visit."""
    body = ("Chilean Foreign Minister Alberto van Klaveren paid a one-day visit to Lima on Monday.\n\n"
            "Last month, during the trip of his deputy, van Klaveren met Peruvian President Dina Boluarte in Santiago.")
    assert [e[0] for e in _events(body, lexicon)] == ["visit", "meeting"]


def test_a_summit_in_the_visit_joins_it(lexicon) -> None:
    """A head of government's visit: the heads' meeting "during the visit" (a summit by its titles) is the visit's too."""
    body = ("Peruvian Prime Minister Alberto Otarola began a two-day visit to Santiago on Monday.\n\n"
            "During the visit, the Prime Minister of Peru Alberto Otarola met the President of Chile Gabriel Boric.")
    events = _events(body, lexicon)
    assert [e[0] for e in events] == ["visit"]
    assert "Gabriel Boric" in events[0][2]
