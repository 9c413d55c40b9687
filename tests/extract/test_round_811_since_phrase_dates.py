"""Round 811: a date that closes a "since" phrase ("her first visit since her appointment last year", "the first talks
since the ceasefire collapsed in March") is the date of the act the phrase names, never of the main act; "since early
March" and "since the end of 2019" stay periods. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def _days_of(kind: str, body: str, lexicon) -> list:
    return [d for t, d in typed_days(body, lexicon) if t == kind]


def test_first_visit_since_an_appointment(lexicon) -> None:
    days = _days_of("visit", "The UN envoy for Sudan made her first visit to Port Sudan since her appointment last year, "
                             "meeting Wednesday with the foreign minister.", lexicon)
    assert days == [dt.date(2023, 5, 10)]


def test_first_trip_since_an_election(lexicon) -> None:
    days = _days_of("visit", "Chile's president paid his first visit to Peru since the disputed election in March, holding "
                             "talks on Thursday with the Peruvian leader.", lexicon)
    assert dt.date(2023, 3, 1) not in days


def test_since_a_possessive_noun(lexicon) -> None:
    days = _days_of("visit", "The Kenyan minister arrived in Addis Ababa on Monday on a visit, the first since Ethiopia's "
                             "new government took office in April.", lexicon)
    assert days == [dt.date(2023, 5, 8)]


def test_first_talks_since_a_collapse(lexicon) -> None:
    events = typed_days("Negotiators of Armenia and Azerbaijan met in Geneva on Tuesday for the first time since the "
                        "ceasefire talks collapsed in February.", lexicon)
    assert ("meeting", dt.date(2023, 5, 9)) in events


def test_guard_since_a_period_stays_a_period(lexicon) -> None:
    """The guards: "since early March" and "since the end of 2022" are periods, not acts; a date before "since" stays."""
    from tracker.extract.date_owner import date_owner
    from tracker.extract.dates import find_dates
    text = "Talks in Doha have been under way since the end of April."
    date = find_dates(text, dt.date(2023, 5, 12))[0]
    assert date_owner(date, [(0, 5)], text, set()) == 0
    text = "Talks in Doha have been under way since early March."
    date = find_dates(text, dt.date(2023, 5, 12))[0]
    assert date_owner(date, [(0, 5)], text, set()) == 0
    assert _days_of("visit", "The Kenyan minister began a visit to Addis Ababa on Monday, the first since the war.", lexicon) \
        == [dt.date(2023, 5, 8)]
