"""Parts of a year (round 60), as the guideline's table has them: "in early / mid / late 2022" are January-April,
May-August and September-December at month precision (the whole year had been given), also "early next year", "late last
year", "the middle of last year"; "by the end of the year" is the year of publication. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, ANCHOR)]


def test_early_mid_late_of_a_year_are_thirds() -> None:
    assert _spans("the first round was held in early 2021") == [(dt.date(2021, 1, 1), dt.date(2021, 4, 30), "month")]
    assert _spans("talks held in mid-2022") == [(dt.date(2022, 5, 1), dt.date(2022, 8, 31), "month")]
    assert _spans("the accord signed in late 2020") == [(dt.date(2020, 9, 1), dt.date(2020, 12, 31), "month")]


def test_parts_of_a_relative_year() -> None:
    assert _spans("a summit early next year") == [(dt.date(2024, 1, 1), dt.date(2024, 4, 30), "month")]
    assert _spans("talks that broke down late last year") == [(dt.date(2022, 9, 1), dt.date(2022, 12, 31), "month")]
    assert _spans("in the middle of last year") == [(dt.date(2022, 5, 1), dt.date(2022, 8, 31), "month")]


def test_by_the_end_of_the_year_is_the_year_of_publication() -> None:
    assert _spans("a deal by the end of the year") == [(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")]


def test_a_bare_year_stays_a_year() -> None:
    """A guard: "in 2019" keeps the whole year."""
    assert _spans("talks held in 2019") == [(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")]
