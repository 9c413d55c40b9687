"""A weekday of a named week (round 190; docs/extraction.md, "Dates": weekdays resolve against the publication date).
"will meet on Friday next week" in a story published on a Friday gave that very Friday ("on Friday") and a second,
week-long date; "met on Tuesday last week" the Tuesday of this week. The weekday of the week named after it ("next /
last / this week", "Monday of next week") is now one day. Sentences of our own; the anchor is Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)


def _days(text: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.first, d.last) for d in find_dates(text, ANCHOR)]


def test_friday_next_week() -> None:
    assert _days("The envoys will meet in Quito on Friday next week.") == [(dt.date(2023, 5, 19), dt.date(2023, 5, 19))]
    assert _days("The envoys will meet in Quito on Monday of next week.") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 15))]


def test_tuesday_last_week() -> None:
    assert _days("The envoys met in Quito on Tuesday last week.") == [(dt.date(2023, 5, 2), dt.date(2023, 5, 2))]


def test_a_weekday_alone_and_a_week_alone() -> None:
    """A guard: "on Friday" and "next week" alone read as before."""
    assert _days("The envoys met in Quito on Friday.") == [(dt.date(2023, 5, 12), dt.date(2023, 5, 12))]
    assert _days("The envoys will meet in Quito next week.") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 21))]
