"""Counts of days and weeks from a day of the sentence (round 626): "opened … on May 3 and ended two days later" gave
the talks May 3 alone, and "met … on Monday, two weeks after their governments signed a ceasefire" gave the ceasefire
Monday (the date of the main clause), "… on May 1 and their envoys met … a week later" the meeting May 1. Round 621's
counts of years and months now take days and weeks too, counted only from a day the sentence gives (never from the day
of writing: "three days later" alone names no day); "two days ago" stays `dates.py`'s. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 9)  # a Tuesday


@pytest.mark.parametrize("sentence, text, day", [
    ("The talks opened on May 3 and ended two days later.", "two days later", dt.date(2023, 5, 5)),
    ("The dialogue resumed on Thursday after being broken off three days earlier.", "three days earlier", dt.date(2023, 5, 1)),
    ("The envoys met on Monday, two weeks after the ceasefire was signed.", "two weeks after", dt.date(2023, 4, 24)),
    ("The accord was initialled on 2 May 2023 and signed a week later.", "a week later", dt.date(2023, 5, 9)),
])
def test_a_count_of_days_or_weeks_from_a_day(sentence, text, day) -> None:
    [m] = [d for d in find_dates(sentence, PUBLISHED) if d.text == text]
    assert (m.first, m.last, m.precision) == (day, day, "day")


def test_talks_that_ended_days_later_run_to_that_day(lexicon) -> None:
    body = "The border talks between Chile and Peru opened in Lima on May 3 and ended two days later."
    [talks] = extract_own(body, lexicon, published="2023-05-09").events
    assert (talks.first, talks.last) == (dt.date(2023, 5, 3), dt.date(2023, 5, 5))


def test_a_meeting_a_week_after_a_signing(lexicon) -> None:
    body = "Chile and Peru signed a ceasefire on May 1 and their envoys met in Lima a week later."
    events = extract_own(body, lexicon, published="2023-05-09").events
    assert [(c.event_type, c.first) for c in events] == [("agreement", dt.date(2023, 5, 1)), ("meeting", dt.date(2023, 5, 8))]


@pytest.mark.parametrize("sentence", [
    "They met again three days later.",
    "In May 2022, two days after the deal, they met.",
])
def test_days_counted_from_no_day_name_none(sentence) -> None:
    """A guard: with no day in the sentence (none, or only a month), a count of days names nothing."""
    assert [d for d in find_dates(sentence, PUBLISHED) if "days" in d.text] == []
