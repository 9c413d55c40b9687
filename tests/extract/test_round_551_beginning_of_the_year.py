"""The beginning of the year, and the end of a period (round 551). "At the beginning of the year, the two sides agreed to a
truce that would last until June" was dated June of the next year: "the beginning of the year" was no date `dates.py`
read, and "until June", the end of the period the accord set, took the verb. Now "at the beginning / start of the year"
is the year's first third (as "in early 2023"), and a date after "until" never takes the place of the date told before
the verb; "postponed until June 5" still moves the event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 9, 20)


def test_the_beginning_of_the_year_is_its_first_third() -> None:
    [m] = find_dates("At the beginning of the year, the sides met.", PUBLISHED)
    assert (m.first, m.last, m.precision) == (dt.date(2023, 1, 1), dt.date(2023, 4, 30), "month")


def test_the_start_of_the_year_to_come_is_next_year() -> None:
    [m] = find_dates("The sides will meet again at the start of the year.", PUBLISHED)
    assert (m.first, m.last) == (dt.date(2024, 1, 1), dt.date(2024, 4, 30))


def test_an_accord_told_at_the_beginning_of_the_year_is_not_dated_by_where_it_ends(lexicon) -> None:
    body = ("At the beginning of the year, the government of Peru and the rebels agreed to a truce that would last until "
            "June, but it did not hold.")
    extraction = extract_own(body, lexicon, published="2023-09-20", today=dt.date(2023, 10, 1))
    accord = next(c for c in extraction.events if c.event_type == "agreement")
    assert (accord.first, accord.last, accord.precision) == (dt.date(2023, 1, 1), dt.date(2023, 4, 30), "month")


def test_the_end_of_the_year_keeps_its_reading() -> None:
    """A guard: "by the end of the year" is still the whole year, this one."""
    [m] = find_dates("They will finish the text by the end of the year.", PUBLISHED)
    assert (m.first, m.last, m.precision) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")


def test_a_meeting_put_off_until_a_day_takes_that_day(lexicon) -> None:
    """A guard: "postponed until" gives the new day, not the end of a period."""
    body = "On Monday, the meeting of the foreign ministers of Chile and Peru was postponed until June 5."
    extraction = extract_own(body, lexicon, published="2023-05-12")
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert meeting.first == dt.date(2023, 6, 5)


def test_since_the_start_of_the_year_is_a_period_not_a_date() -> None:
    """A guard: "since the start of the year" tells where a tally begins, no time of an act."""
    assert find_dates("They have met twice since the start of the year.", PUBLISHED) == []
