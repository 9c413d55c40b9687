"""Parts of a month told in words (round 180; docs/extraction.md, "Dates": "in early February" is days 1-10, "late
August" 21 to the end, month precision): "early in October" and "late in April", "in the first / last days of March",
"in the middle of June", and "at the end of this month", "at the start of next month" were read as the whole month.
They now take the guideline's third; "by the end of the month" stays the whole month. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

#: A Friday, as in the other tests of sentences of our own
ANCHOR = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple[dt.date, dt.date, str]]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, ANCHOR)]


def test_early_and_late_in_a_month() -> None:
    assert _spans("The envoys of Chile and Peru met in Quito early in October.") == [
        (dt.date(2022, 10, 1), dt.date(2022, 10, 10), "month")]
    assert _spans("The envoys of Chile and Peru met in Quito late in April.") == [
        (dt.date(2023, 4, 21), dt.date(2023, 4, 30), "month")]


def test_first_and_last_days_and_the_middle_of_a_month() -> None:
    assert _spans("The envoys met in Quito in the first days of March.") == [(dt.date(2023, 3, 1), dt.date(2023, 3, 10), "month")]
    assert _spans("The envoys will meet in Quito in the last days of June.") == [(dt.date(2023, 6, 21), dt.date(2023, 6, 30), "month")]
    assert _spans("The envoys will meet in Quito in the middle of June.") == [(dt.date(2023, 6, 11), dt.date(2023, 6, 20), "month")]


def test_the_edges_of_a_relative_month() -> None:
    assert _spans("The next round will be held at the end of this month.") == [(dt.date(2023, 5, 21), dt.date(2023, 5, 31), "month")]
    assert _spans("The next round will be held at the start of next month.") == [(dt.date(2023, 6, 1), dt.date(2023, 6, 10), "month")]
    assert _spans("The talks were held towards the end of last month.") == [(dt.date(2023, 4, 21), dt.date(2023, 4, 30), "month")]


def test_by_the_end_of_the_month_is_the_whole_month() -> None:
    """A guard: "by the end of the month" and "in October" keep the whole month (the guideline's table)."""
    assert _spans("The next round will be held by the end of the month.") == [(dt.date(2023, 5, 1), dt.date(2023, 5, 31), "month")]
    assert _spans("The envoys of Chile and Peru met in Quito in October.") == [(dt.date(2022, 10, 1), dt.date(2022, 10, 31), "month")]
