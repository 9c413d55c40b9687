"""A month abbreviation glued to its day or year (round 181): "adopted on Dec.11, 2022", "signed on Sept.11", "in
Feb.2021" gave no day (or only the month of the anchor's year), as the patterns of `dates.py` wanted a space after the
abbreviation's dot. The dot now serves as the gap. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days
from tracker.extract.dates import find_dates


def _spans(text: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.first, d.last) for d in find_dates(text, dt.date(2023, 5, 12))]


def test_a_glued_day_and_year(lexicon) -> None:
    assert typed_days("Chile and Peru signed the Lima Declaration on Dec.11, 2022.", lexicon) == [("agreement", dt.date(2022, 12, 11))]
    assert _spans("The envoys met on Oct.3-4 in Quito.") == [(dt.date(2022, 10, 3), dt.date(2022, 10, 4))]


def test_a_glued_month_and_year() -> None:
    assert _spans("The envoys first met in Feb.2021 in Quito.") == [(dt.date(2021, 2, 1), dt.date(2021, 2, 28))]


def test_a_number_sign_is_no_month() -> None:
    """A guard: "No.11" is no date, and the spaced form reads as before."""
    assert _spans("Resolution No.11 was adopted on Dec. 5.") == [(dt.date(2022, 12, 5), dt.date(2022, 12, 5))]
