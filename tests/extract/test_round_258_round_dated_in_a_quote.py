"""A numbered round dated inside a quote (round 258): "X said, “This was the first meeting since the 9th round of the
border talks held on 4 April 2023.”" recorded the 9th round (guideline 5) undated, where the quote gives its day in full.
A numbered round that a quote says was held on a full past date (with its year) now takes it; a weekday or a year-less
day inside a quote still dates nothing. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    return [(c.round_number, c.first, c.precision) for c in extract_own(body, lexicon).events if c.event_type == "talk_round"]


def test_a_quoted_round_held_on_a_full_date(lexicon) -> None:
    body = ("The Chilean Foreign Ministry on Thursday said, “This was the first contact since the 9th round of the border "
            "talks held on 4 April 2023.”")
    assert (9, dt.date(2023, 4, 4), "day") in _rounds(body, lexicon)


def test_a_quoted_round_held_in_a_month(lexicon) -> None:
    body = ("The Chilean Foreign Ministry on Thursday said, “The two sides noted the progress made since the 8th round of "
            "the border talks, which took place in Arica in November 2022.”")
    assert (8, dt.date(2022, 11, 1), "month") in _rounds(body, lexicon)


def test_a_quoted_weekday_dates_no_round(lexicon) -> None:
    """A guard: a weekday inside the quote is read against a day the quote does not give."""
    body = ("The Chilean Foreign Ministry on Thursday said, “This was the first contact since the 9th round of the border "
            "talks held on Tuesday.”")
    assert (9, None, None) in _rounds(body, lexicon)
