"""The tense of a year-less date (round 54): "a planned second round" uses "planned" as an adjective, so the verb after
the date decides ("… in late November ended": the past November); phrases of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates

AUGUST = dt.date(2020, 8, 21)


@pytest.mark.parametrize("phrase, first", [
    ("A planned second round of talks in late November ended after a dispute.", "2019-11-21"),
    ("Talks in late November ended without a deal.", "2019-11-21"),
    ("The planned meeting in late November will focus on prisoners.", "2020-11-21"),
    ("The talks are planned for late November.", "2020-11-21"),
])
def test_the_verb_after_the_date_decides_when_none_comes_before(phrase: str, first: str) -> None:
    assert [d.first.isoformat() for d in find_dates(phrase, AUGUST)] == [first]
