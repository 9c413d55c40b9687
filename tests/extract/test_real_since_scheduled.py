"""Dates that are a span's start, and talks planned in a noun phrase (round 89): "the war that has killed … since April"
dated the negotiations of the same sentence by April (a "since" date starts a span and dates no event, except talks
going on since that day: "have been meeting in Doha since Saturday"); "ahead of the talks scheduled for June 2" is those
talks, planned for that day (the noun phrase's "scheduled for" was not read). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, c.status) for c in extraction.events]


def test_since_april_dates_no_event(lexicon) -> None:
    body = ("Peru and Chile have resumed border talks in Lima to end a dispute that has displaced thousands of people "
            "since April.")
    assert all(first != dt.date(2023, 4, 1) for _, first, _ in _events(body, lexicon))


def test_talks_scheduled_for_a_day(lexicon) -> None:
    body = "The Peruvian delegation arrived at a hotel in Lima ahead of the talks scheduled for June 2."
    assert _events(body, lexicon) == [("meeting", dt.date(2023, 6, 2), "scheduled")]


def test_meeting_since_saturday(lexicon) -> None:
    """A guard: talks going on since a day are dated by it."""
    assert _events("The delegations have been meeting in Doha since Saturday.", lexicon) == [
        ("meeting", dt.date(2023, 5, 6), "held")]
