""""At the end of" a month or year is its last third (round 158), as "late January" and "late 2019" are: "a meeting
was held at the end of 2019" is September to December and "met at the end of January" the 21st to the 31st, month
precision; "before / by the end of August" stays the whole month (docs/extraction.md, the table of vague dates).
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.dates import find_dates

ANCHOR = dt.date(2024, 2, 27)


def _span(text: str) -> list[tuple]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, ANCHOR)]


def test_at_the_end_of_a_year() -> None:
    assert _span("Only one session was held at the end of 2019.") == [(dt.date(2019, 9, 1), dt.date(2019, 12, 31), "month")]


def test_at_the_end_of_a_month() -> None:
    assert _span("The envoys met at the end of January.") == [(dt.date(2024, 1, 21), dt.date(2024, 1, 31), "month")]


def test_a_meeting_at_the_end_of_a_month(lexicon) -> None:
    body = "The envoys of Chile and Peru held a meeting in Arica at the end of March."
    assert [(t, day) for t, day, _ in typed_events(body, lexicon)] == [("meeting", dt.date(2023, 3, 21))]


def test_before_the_end_of_a_month_is_the_whole_month() -> None:
    """A guard."""
    assert _span("They plan to meet before the end of August.") == [(dt.date(2024, 8, 1), dt.date(2024, 8, 31), "month")]
    assert _span("The talks will resume by the end of the year.") == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year")]
