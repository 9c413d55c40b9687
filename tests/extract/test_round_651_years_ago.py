"""Round 651: "three years ago", "six months ago" date a background act (that whole year, or that month), which was
undated and so no event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_agreed_years_ago(lexicon) -> None:
    body = "The roadmap, which the three foreign ministers agreed four years ago, has never been carried out."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2019, 1, 1))]


def test_met_a_year_ago(lexicon) -> None:
    body = "The two foreign ministers last met a year ago in Vienna."
    assert [day for _, day in typed_days(body, lexicon)] == [dt.date(2022, 1, 1)]


def test_restored_ties_months_ago(lexicon) -> None:
    body = "Chad and Sudan restored diplomatic ties six months ago."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2022, 11, 1))]


def test_guard_more_than_a_year_ago(lexicon) -> None:
    """The guard: "more than a year ago" fixes no year, and an undated accord stays no event."""
    assert typed_days("The treaty was signed more than a year ago.", lexicon) == []


def test_guard_days_ago(lexicon) -> None:
    """The guard: "two days ago" keeps its day."""
    body = "The two foreign ministers met in Vienna two days ago."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]
