"""Round 1095: a vague span followed at once by its exact day ("next week, on Nov. 22-23") is that day.

The week or month and the day after it name one time; the event took the first mention, the week's seven days. A bare
weekday after a week is that week's weekday. Sentences of our own. Guards: a day outside the span is another time, a
span and a day in clauses of their own stay two mentions, and a year with a day in brackets is left (an aside).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

MONDAY = dt.date(2022, 11, 14)
WEDNESDAY = dt.date(2022, 11, 16)


def _spans(text: str, anchor: dt.date) -> list[tuple]:
    return [(d.first, d.last) for d in find_dates(text, anchor)]


@pytest.mark.parametrize("text, anchor, spans", [
    ("The border commission will convene in Strelsau next week, on Nov. 22-23, the ministry said.", MONDAY,
     [(dt.date(2022, 11, 22), dt.date(2022, 11, 23))]),
    ("The two foreign ministers will meet later this month, on November 28.", MONDAY,
     [(dt.date(2022, 11, 28), dt.date(2022, 11, 28))]),
    ("The envoys of Ruritania and Freedonia will meet next week, on Tuesday, in Vienna.", MONDAY,
     [(dt.date(2022, 11, 22), dt.date(2022, 11, 22))]),
    ("The envoys of Ruritania and Freedonia met in Vienna last week, on Monday.", WEDNESDAY,
     [(dt.date(2022, 11, 7), dt.date(2022, 11, 7))]),
    ("The third round is due to open next week (November 24) in Geneva.", MONDAY,
     [(dt.date(2022, 11, 24), dt.date(2022, 11, 24))]),
])
def test_the_span_gives_way_to_its_day(text: str, anchor: dt.date, spans: list) -> None:
    assert _spans(text, anchor) == spans


def test_a_round_takes_the_day_not_the_week(lexicon) -> None:
    body = ("The foreign ministers of Ruritania and Freedonia will hold the third round of talks in Vienna next week, "
            "on Nov. 22-23, the Ruritanian foreign ministry said.")
    events = [c for c in extract_own(body, lexicon, published="2022-11-14").events if c.event_type == "talk_round"]
    assert [(c.first, c.last) for c in events] == [(dt.date(2022, 11, 22), dt.date(2022, 11, 23))]


@pytest.mark.parametrize("text, anchor, spans", [
    ("The two foreign ministers will meet later this month, on 3 December they will sign the accord.", MONDAY,
     [(dt.date(2022, 11, 15), dt.date(2022, 11, 30)), (dt.date(2022, 12, 3), dt.date(2022, 12, 3))]),
    ("The envoys met last week and will meet again on Tuesday.", MONDAY,
     [(dt.date(2022, 11, 7), dt.date(2022, 11, 13)), (dt.date(2022, 11, 15), dt.date(2022, 11, 15))]),
    ("The families met before the harvest festival of this year (September 27).", MONDAY,
     [(dt.date(2022, 1, 1), dt.date(2022, 12, 31)), (dt.date(2022, 9, 27), dt.date(2022, 9, 27))]),
    ("The envoys will meet next week. On Tuesday the ministers spoke by phone.", WEDNESDAY,
     [(dt.date(2022, 11, 21), dt.date(2022, 11, 27)), (dt.date(2022, 11, 15), dt.date(2022, 11, 15))]),
])
def test_guards(text: str, anchor: dt.date, spans: list) -> None:
    assert _spans(text, anchor) == spans
