"""Round 960: "on 16/17 April 2018", "May 5/6": two days joined by a slash are one two-day span, not its last day.

European, UN and foreign-ministry copy writes a two-day gathering as two day numbers joined by a slash before or after
the month ("met in Berlin on 16/17 April", "the summit of 28/29 June", "talks on May 5/6"); the span runs from the first
day to the second (docs/extraction.md, "Dates": a range is read by both its ends). Sentences of our own; published
Friday 12 May 2023. A day-first numeric date ("13/04/2023") and a fraction of a month are no day pair.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates


def _spans(body: str, lexicon) -> list:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events if c.event_type in ("meeting", "talk_round", "summit")]


@pytest.mark.parametrize("body, span", [
    ("The delegations of the two movements met in Berlin on 16/17 April 2023 to discuss a framework agreement.",
     (dt.date(2023, 4, 16), dt.date(2023, 4, 17))),
    ("Government and rebel negotiators held a new round of talks in Addis Ababa on 2/3 May.",
     (dt.date(2023, 5, 2), dt.date(2023, 5, 3))),
    ("The foreign ministers will meet in Vienna on June 5/6 to review the ceasefire.",
     (dt.date(2023, 6, 5), dt.date(2023, 6, 6))),
    ("The leaders are expected to hold a summit in Brussels on 29/30 June 2023.",
     (dt.date(2023, 6, 29), dt.date(2023, 6, 30))),
])
def test_a_slashed_day_pair_is_a_span(body: str, span: tuple, lexicon) -> None:
    assert _spans(body, lexicon) == [span]


def test_numeric_dates_are_no_day_pair() -> None:  # guard: a day-first numeric date stays one day
    (found,) = find_dates("The ministers met on 13/04/2023 in Ankara.", dt.date(2023, 5, 12))
    assert (found.first, found.last) == (dt.date(2023, 4, 13), dt.date(2023, 4, 13))


def test_a_single_day_stays_a_day(lexicon) -> None:  # guard: one day number before the month
    assert _spans("The delegations met in Berlin on 17 April 2023 to discuss a framework agreement.", lexicon) == \
        [(dt.date(2023, 4, 17), dt.date(2023, 4, 17))]
