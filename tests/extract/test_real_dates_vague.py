"""Vague dates of other shapes (round 40), as the guideline's table spans them; phrases of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates

FRIDAY = dt.date(2023, 5, 12)


@pytest.mark.parametrize("phrase, first, last, precision", [
    ("The envoys met late last month.", "2023-04-21", "2023-04-30", "month"),
    ("The envoys will meet in mid-next month.", "2023-06-11", "2023-06-20", "month"),
    ("The envoys met earlier this month.", "2023-05-01", "2023-05-11", "month"),
    ("The envoys will meet later this month.", "2023-05-13", "2023-05-31", "month"),
    ("The envoys met over the weekend.", "2023-05-06", "2023-05-07", "day"),
    ("The envoys will meet this weekend.", "2023-05-13", "2023-05-14", "day"),
    ("The envoys met in the first week of May.", "2023-05-01", "2023-05-07", "day"),
    ("The envoys will meet in the last week of June.", "2023-06-24", "2023-06-30", "day"),
    ("The envoys will meet in the second half of next month.", "2023-06-16", "2023-06-30", "month"),
    ("The envoys will meet in June-July.", "2023-06-01", "2023-07-31", "month"),
    ("The envoys will meet between June and July.", "2023-06-01", "2023-07-31", "month"),
])
def test_vague_phrases_span_as_the_guideline_has_them(phrase: str, first: str, last: str, precision: str) -> None:
    assert [(d.first.isoformat(), d.last.isoformat(), d.precision) for d in find_dates(phrase, FRIDAY)] == \
        [(first, last, precision)]


@pytest.mark.parametrize("phrase", ["The talks may and should resume.", "The envoys will meet by the end of the month."])
def test_guards(phrase: str) -> None:
    """A modal "may" is no month; "by the end of the month" stays the whole month (the guideline's table)."""
    found = [(d.first.isoformat(), d.last.isoformat()) for d in find_dates(phrase, FRIDAY)]
    assert found in ([], [("2023-05-01", "2023-05-31")])
