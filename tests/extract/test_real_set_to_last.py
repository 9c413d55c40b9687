"""A gathering "set to last" some days (round 160): "began in Geneva on Saturday and is expected to last three days" runs
Saturday to Monday, and so does a round whose next sentence says "The negotiations, reportedly set to last eleven days,
are being overseen by …"; "lasted" after an end ("ended on Friday") and a "closed-door" that ends nothing are read apart.
Sentences of our own (published Sunday 2023-05-14)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last) for c in extract_own(body, lexicon, published="2023-05-14").events]


def test_expected_to_last_three_days(lexicon) -> None:
    body = "A new round of talks between Chile and Peru began in Geneva on Saturday and is expected to last three days."
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 13), dt.date(2023, 5, 15))]


def test_set_to_last_in_the_next_sentence(lexicon) -> None:
    body = ("A new round of talks between Chile and Peru on the border began in Geneva on Saturday.\n\n"
            "The closed-door negotiations, reportedly set to last 11 days, are being overseen by the United Nations.")
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 13), dt.date(2023, 5, 23))]


def test_a_round_that_ended_keeps_its_day(lexicon) -> None:
    """A guard: a duration said of talks that ended is not counted ahead of the day they ended."""
    body = "The talks between Chile and Peru, expected to last three days, ended in Geneva on Saturday."
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 13), dt.date(2023, 5, 13))]
