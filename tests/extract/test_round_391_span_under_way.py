"""A year-less span under way at publication (round 391): "Lima is hosting the border conference on May 11-13",
published on 12 May, gave the conference of next year (a present or future verb put the span's FIRST day on or after
publication, and 11 May had passed). A span told in the future or present tense must END on or after publication; it
may have begun before. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)


def _span(sentence: str) -> tuple:
    (found,) = find_dates(sentence, ANCHOR)
    return found.first, found.last


def test_present_span_under_way() -> None:
    assert _span("Lima is hosting the border conference on May 11-13.") == (dt.date(2023, 5, 11), dt.date(2023, 5, 13))


def test_future_span_under_way_day_first() -> None:
    assert _span("The talks, which will run on 10-14 May, are closed to the press.") == (dt.date(2023, 5, 10), dt.date(2023, 5, 14))


def test_future_span_over_new_year() -> None:
    found = find_dates("The envoys will meet on Dec. 30-Jan. 2 in Quito.", dt.date(2023, 12, 31))
    assert (found[0].first, found[0].last) == (dt.date(2023, 12, 30), dt.date(2024, 1, 2))


def test_past_future_span_goes_to_next_year() -> None:
    """A guard: a future span wholly past at publication is next year's."""
    assert _span("The commission will meet on May 2-4 in Arica.") == (dt.date(2024, 5, 2), dt.date(2024, 5, 4))


def test_past_tense_span_stays() -> None:
    """A guard: a past span keeps the year of its first day on or before publication."""
    assert _span("The commission met on May 11-13 in Arica.") == (dt.date(2023, 5, 11), dt.date(2023, 5, 13))
