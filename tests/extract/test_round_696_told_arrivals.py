"""Round 696: an arrival told again in a relative clause with its day ("The envoys, who landed late on Saturday, …")
dates the undated visit told just before. Sentences of our own (published Monday 2023-04-10)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _visits(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-04-10")
    return [(c.first, c.venue[0] if c.venue else None) for c in extraction.events if c.event_type == "visit"]


def test_who_landed_on_a_day_dates_the_arrival_told_before(lexicon) -> None:
    body = ("Chilean and Peruvian delegations arrived in Quito, Ecuadorian media said on Sunday, to discuss the "
            "border.\n\nThe envoys, who landed late on Saturday, will meet the Ecuadorian president on Tuesday.")
    assert _visits(body, lexicon) == [(dt.date(2023, 4, 8), "Quito")]


def test_who_arrived_yesterday(lexicon) -> None:
    body = ("The Chilean envoys arrived in Lima, Peruvian media reported.\n\n"
            "The envoys, who arrived yesterday, are to stay for three days.")
    assert _visits(body, lexicon) == [(dt.date(2023, 4, 9), "Lima")]


def test_guard_a_told_arrival_alone_adds_no_visit(lexicon) -> None:
    """The guard: with no visit told before, the relative clause records nothing of its own."""
    assert _visits("The envoys, who arrived on Sunday, are to stay for three days.", lexicon) == []
