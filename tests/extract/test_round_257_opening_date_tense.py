"""The tense of a sentence's opening date (round 257): "In October, Chile and Peru signed a truce", published in May,
gave October of this year, still to come (no verb before the date, and the comma after it stopped the search for one, so
the month took the nearest year). An opening date followed by a comma now takes the tense of the main clause's verb.
Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates


def test_an_opening_month_of_a_past_clause_is_the_last_one(lexicon) -> None:
    events = extract_own("In October, Chile and Peru signed a truce in Arica.", lexicon).events
    assert [(c.event_type, c.first, c.last, c.future) for c in events] == [
        ("agreement", dt.date(2022, 10, 1), dt.date(2022, 10, 31), False)]


def test_an_opening_day_of_a_past_clause(lexicon) -> None:
    [d] = find_dates("On November 20, the two foreign ministers met in Arica.", dt.date(2023, 5, 12))
    assert d.first == dt.date(2022, 11, 20)


def test_a_future_clause_and_a_month_near_publication_stay(lexicon) -> None:
    """A guard: a future main clause keeps the month ahead, and a month near publication is read as before."""
    [d] = find_dates("In October, the two foreign ministers will meet in Arica.", dt.date(2023, 5, 12))
    assert d.first == dt.date(2023, 10, 1)
    [d] = find_dates("In April, the two foreign ministers met in Arica.", dt.date(2023, 5, 12))
    assert d.first == dt.date(2023, 4, 1)
