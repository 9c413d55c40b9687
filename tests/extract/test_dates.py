"""Relative and explicit dates resolved against the day of publication."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from tracker.extract.dates import find_dates, nearest_year

THURSDAY = dt.date(2023, 6, 22)


@pytest.mark.parametrize("text, first, last, precision", [
    ("said in a statement on Thursday", "2023-06-22", "2023-06-22", "day"),
    ("proposed on Wednesday that", "2023-06-21", "2023-06-21", "day"),
    ("met last Thursday", "2023-06-15", "2023-06-15", "day"),
    ("today", "2023-06-22", "2023-06-22", "day"),
    ("yesterday", "2023-06-21", "2023-06-21", "day"),
    ("last week", "2023-06-12", "2023-06-18", "day"),
    ("earlier this month", "2023-06-01", "2023-06-21", "month"),  # the guideline: the 1st to the day before
    ("next week", "2023-06-26", "2023-07-02", "day"),
    ("next Friday", "2023-06-23", "2023-06-23", "day"),
    ("will be held on Monday", "2023-06-26", "2023-06-26", "day"),
    ("talks on June 20-21 in Astana", "2023-06-20", "2023-06-21", "day"),
    ("on 24-25 January 2024", "2024-01-24", "2024-01-25", "day"),
    ("will meet on 24-25 January", "2024-01-24", "2024-01-25", "day"),
    ("from 30 June to 2 July", "2023-06-30", "2023-07-02", "day"),
    ("on June 20, 2023", "2023-06-20", "2023-06-20", "day"),
    ("on 20.06.2023", "2023-06-20", "2023-06-20", "day"),
    ("in the second half of 2023", "2023-07-01", "2023-12-31", "month"),
    ("in the first quarter of next year", "2024-01-01", "2024-03-31", "month"),
    ("in May", "2023-05-01", "2023-05-31", "month"),
    ("in March 2019", "2019-03-01", "2019-03-31", "month"),
    ("since 2017", "2017-01-01", "2017-12-31", "year"),
    ("two weeks ago", "2023-06-08", "2023-06-08", "day"),
])
def test_resolves(text: str, first: str, last: str, precision: str) -> None:
    found = find_dates(text, THURSDAY)
    assert [(d.first.isoformat(), d.last.isoformat(), d.precision) for d in found] == [(first, last, precision)]


def test_year_less_date_takes_the_nearest_year() -> None:
    jan = dt.date(2023, 1, 5)
    assert find_dates("met in Moscow on December 28", jan)[0].first == dt.date(2022, 12, 28)
    assert find_dates("the talks were held on January 3", dt.date(2022, 12, 28))[0].first == dt.date(2022, 1, 3)


def test_future_marks_scheduled_dates() -> None:
    assert find_dates("will be held on July 5", THURSDAY)[0].future
    assert not find_dates("X will attend, Lavrov said on Tuesday", THURSDAY)[0].future


def test_no_anchor_keeps_only_dates_with_a_year() -> None:
    found = find_dates("on Wednesday and on 20 June 2023", None)
    assert [d.text for d in found] == ["20 June 2023"]


def test_not_dates() -> None:
    assert find_dates("may say so, on 20 percent of the 5 May-size", THURSDAY) == [] or \
        all(d.text != "may" for d in find_dates("may say so", THURSDAY))


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 12), st.integers(1, 28))
def test_nearest_year_is_within_half_a_year(anchor: dt.date, month: int, day: int) -> None:
    found = nearest_year(month, day, anchor)
    assert abs((found - anchor).days) <= 184


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_weekday_is_the_latest_on_or_before(anchor: dt.date, weekday: str) -> None:
    day = find_dates(f"met on {weekday}", anchor)[0].first
    assert day.strftime("%A") == weekday and 0 <= (anchor - day).days < 7
