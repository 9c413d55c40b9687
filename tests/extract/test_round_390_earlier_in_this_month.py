""""Earlier in <the month of publication>" (round 390): "Earlier in May, the Chilean and Peruvian ministers met in
Arica", published on 12 May, gave the whole of May, though the meeting can only be before publication. The guideline
dates "earlier this month" from the 1st to the day before publication; "earlier in May" written in May is the same
phrase, and now takes that span (month precision). Another month keeps its whole span. Sentences of our own, published
Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last, c.precision) for c in extract_own(body, lexicon).events]


def test_earlier_in_the_month_of_publication(lexicon) -> None:
    body = "Earlier in May, the foreign ministers of Chile and Peru met in Arica to discuss the border."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 1), dt.date(2023, 5, 11), "month")]


def test_abbreviated_month() -> None:
    (found,) = find_dates("The envoys had met earlier in Oct. to prepare the round.", dt.date(2021, 10, 20))
    assert (found.first, found.last, found.precision) == (dt.date(2021, 10, 1), dt.date(2021, 10, 19), "month")


def test_another_month_stays_whole(lexicon) -> None:
    """A guard: "earlier in March" written in May is March itself."""
    body = "Earlier in March, the foreign ministers of Chile and Peru met in Arica to discuss the border."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 3, 1), dt.date(2023, 3, 31), "month")]


def test_a_year_named_stays_whole() -> None:
    """A guard: "earlier in May 2021" is that May."""
    (found,) = find_dates("They met earlier in May 2021 in Arica.", ANCHOR)
    assert (found.first, found.last) == (dt.date(2021, 5, 1), dt.date(2021, 5, 31))
