"""Round 995: "this weekend" on a weekday is the coming Saturday and Sunday unless a simple past tells it.

Copy written from Monday to Friday says "this weekend" of the weekend ahead ("has been invited to talks this weekend",
"are due in Geneva this weekend", "meet this weekend"); a present perfect tells the present, not the past, so it does not
turn the weekend back. Only a simple past ("met this weekend", written on a Monday) reads the weekend just gone. On a
Saturday or a Sunday "this weekend" is the one under way. Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates


def _span(text: str, published: str) -> tuple:
    (found,) = [d for d in find_dates(text, dt.date.fromisoformat(published)) if "weekend" in text[d.start:d.end]]
    return found.first, found.last


SAT, SUN = dt.date(2023, 5, 13), dt.date(2023, 5, 14)


@pytest.mark.parametrize("text, published", [
    ("The rebel leader has been invited to peace talks in Pretoria this weekend, according to a letter.", "2023-05-10"),
    ("Both delegations have been summoned to consultations in Doha this weekend.", "2023-05-11"),
    ("The foreign ministers meet in Oslo this weekend, diplomats said.", "2023-05-09"),
    ("Mediators have already arrived in Jeddah for a new round of talks this weekend.", "2023-05-12"),
])
def test_this_weekend_on_a_weekday_is_ahead(text: str, published: str) -> None:
    assert _span(text, published) == (SAT, SUN)


@pytest.mark.parametrize("published", ["2023-05-13", "2023-05-14"])
def test_this_weekend_on_the_weekend_is_the_one_under_way(published: str) -> None:
    assert _span("Delegates gather in Geneva this weekend for a new round.", published) == (SAT, SUN)


def test_a_simple_past_reads_the_weekend_gone() -> None:  # guard: "met … this weekend" written on a Monday
    assert _span("The envoys met in Doha this weekend to discuss a truce.", "2023-05-15") == (SAT, SUN)


def test_other_weekend_phrases_keep_their_tense() -> None:  # guard: "over the weekend" in the past is the last one
    assert _span("The two sides held talks over the weekend in Nairobi.", "2023-05-17") == (SAT, SUN)
