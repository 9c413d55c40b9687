"""An event told "a month later", "two months later" or "a year later" than the one before it (round 189; docs/
extraction.md, "Dates": background events keep the month or year the text gives). "Chile and Peru signed a border accord
in March 2019. Two months later, their foreign ministers met in Lima" lost the meeting (undated, so dropped). It is now
dated by the month (month precision) or year (year precision) after the latest event the text dated before it.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

ACCORD = "Chile and Peru signed a border accord in March 2019. "


def _spans(body: str, lexicon) -> list:
    return [(c.event_type, c.first, c.last, c.precision) for c in extract_own(body, lexicon).events]


def test_months_later(lexicon) -> None:
    body = ACCORD + "Two months later, their foreign ministers met in Lima."
    assert _spans(body, lexicon)[1] == ("meeting", dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month")


def test_a_year_later(lexicon) -> None:
    body = ACCORD + "A year later, their foreign ministers met in Lima."
    assert _spans(body, lexicon)[1] == ("meeting", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "year")


def test_nothing_dated_before(lexicon) -> None:
    """A guard: with no dated event before it, "a month later" dates nothing (and the undated meeting is dropped)."""
    body = "A month later, their foreign ministers met in Lima."
    assert [t for t, *_ in _spans(body, lexicon)] in ([], ["meeting"])
    assert all(first is None for _, first, _, _ in _spans(body, lexicon))
