"""Counted intervals back from the day of writing (round 620): "a roadmap agreed four years ago" gave no date, since
`dates.py` read "ago" only after days and weeks, so the background accord it tells was dropped as undated. A count of
years is now that whole year before the publication's, a count of months that whole month; a hedged count ("more than
a year ago", "almost two years ago") stays no date. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 12)


@pytest.mark.parametrize("sentence, first, last, precision", [
    ("The two governments signed the accord two years ago.", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year"),
    ("A framework they agreed a year ago has yet to be applied.", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
    ("Talks collapsed 3 years ago over the border line.", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "year"),
    ("Mediators had tabled the plan six months ago, officials recalled.", dt.date(2022, 11, 1), dt.date(2022, 11, 30), "month"),
    ("The envoys last met a month ago in Vienna.", dt.date(2023, 4, 1), dt.date(2023, 4, 30), "month"),
])
def test_a_count_of_years_or_months_back_is_that_year_or_month(sentence, first, last, precision) -> None:
    [m] = find_dates(sentence, PUBLISHED)
    assert (m.first, m.last, m.precision, m.future) == (first, last, precision, False)


def test_a_background_accord_told_by_years_ago_is_dated(lexicon) -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Thursday. Little has come of a roadmap for the border "
            "the two countries agreed four years ago, the ministers admitted.")
    accord = next(c for c in extract_own(body, lexicon).events if c.event_type == "agreement")
    assert (accord.first, accord.last, accord.precision) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")


@pytest.mark.parametrize("sentence", [
    "The last round was held more than a year ago in Rome.",
    "The sides agreed almost two years ago to resume the talks.",
    "They have met several times over the years.",
])
def test_a_hedged_count_names_no_year(sentence) -> None:
    """A guard: "more than a year ago" bounds the time and "almost" blurs it; neither names a year."""
    assert find_dates(sentence, PUBLISHED) == []


def test_days_and_weeks_ago_keep_their_reading() -> None:
    """A guard: "two weeks ago" is still the day `dates.py` reads."""
    [m] = find_dates("The envoys met two weeks ago.", PUBLISHED)
    assert (m.first, m.precision) == (dt.date(2023, 4, 28), "day")
