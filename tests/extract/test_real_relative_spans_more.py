"""More spans told in words (round 183; docs/extraction.md, "Dates"): "earlier in the week" and "later in the month"
gave nothing or the whole month, "in the past week" nothing, and "from Dec. 31, 2021 to Jan. 2, 2022" two single days.
They now read as "earlier this week" / "later this month", the seven days up to publication, and one span over both
days. Sentences of our own; the anchor is Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple[dt.date, dt.date, str]]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, ANCHOR)]


def test_earlier_in_the_week_and_later_in_the_month() -> None:
    assert _spans("The envoys met in Quito earlier in the week.") == [(dt.date(2023, 5, 8), dt.date(2023, 5, 11), "day")]
    assert _spans("The envoys will meet in Quito later in the month.") == [(dt.date(2023, 5, 13), dt.date(2023, 5, 31), "month")]


def test_the_past_week() -> None:
    assert _spans("The envoys met twice in the past week.") == [(dt.date(2023, 5, 6), dt.date(2023, 5, 12), "day")]


def test_a_range_with_a_year_on_each_side() -> None:
    assert _spans("The envoys met in Quito from Dec. 31, 2021 to Jan. 2, 2022.") == [
        (dt.date(2021, 12, 31), dt.date(2022, 1, 2), "day")]
    assert _spans("The envoys met in Quito from 30 June 2020 to 2 July 2020.") == [
        (dt.date(2020, 6, 30), dt.date(2020, 7, 2), "day")]


def test_this_week_and_a_plain_range_read_as_before() -> None:
    """A guard: the phrases the patterns of `dates.py` already read keep their spans."""
    assert _spans("The envoys met in Quito earlier this week.") == [(dt.date(2023, 5, 8), dt.date(2023, 5, 11), "day")]
    assert _spans("The envoys met in Quito on Dec. 30-31, 2022.") == [(dt.date(2022, 12, 30), dt.date(2022, 12, 31), "day")]
