"""A weekday followed by the day it names (round 150): "On Wednesday, May 17" and "Monday (May 8)" are that day, not
the weekday nearest the publication day, and a year-less day takes the year in which it falls on that weekday.
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.dates import find_dates


def test_a_planned_meeting_on_a_weekday_and_its_day(lexicon) -> None:
    text = "On Wednesday, May 17, the EU foreign policy chief will host a meeting of Serbia and Kosovo in Brussels."
    # a session of the Belgrade-Pristina dialogue's standing talks since round 645
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("talk_round", dt.date(2023, 5, 17))]


def test_a_scheduled_day_in_the_past_keeps_the_year_of_its_weekday(lexicon) -> None:
    """"scheduled for" looks ahead, but Monday, May 8 fell four days before publication."""
    text = "A meeting of Serbia and Kosovo scheduled for Monday, May 8 was called off."
    assert [day for _, day, _ in typed_events(text, lexicon)] == [dt.date(2023, 5, 8)]


def test_a_weekday_with_its_day_in_brackets() -> None:
    dates = find_dates("The envoys met on Monday (May 8) in Geneva.", dt.date(2023, 5, 12))
    assert [(d.text, d.first) for d in dates] == [("on Monday (May 8", dt.date(2023, 5, 8))]


def test_a_weekday_alone_is_still_the_nearest_one() -> None:
    """A guard: a weekday with no day after it, or with one further on, is read as before."""
    dates = find_dates("The envoys met on Tuesday, and agreed to meet again on May 30.", dt.date(2023, 5, 12))
    assert [(d.text, d.first) for d in dates] == [("on Tuesday", dt.date(2023, 5, 9)), ("May 30", dt.date(2023, 5, 30))]
