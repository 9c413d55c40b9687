"""Round 655: aggregates told with numbers in words past twelve or "a dozen", and a series told by its start, are no
events (docs/extraction.md, "What counts as an event"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_dozen_times(lexicon) -> None:
    assert typed_days("The two foreign ministers have met more than a dozen times since 2019.", lexicon) == []


def test_rounds_counted_in_words(lexicon) -> None:
    body = "Since 2018, the mediators have convened fourteen rounds of talks in Nairobi."
    assert typed_days(body, lexicon) == []


def test_series_that_began(lexicon) -> None:
    body = "The talks, the fifth in a series that started in 2020, ended without a deal in Lima on Tuesday."
    assert [day for _, day in typed_days(body, lexicon)] == [dt.date(2023, 5, 9)]


def test_guard_a_round_that_began(lexicon) -> None:
    """The guard: talks that began on a day are an event."""
    body = "The talks, which began in Lima on Tuesday, ended without a deal."
    assert [day for _, day in typed_days(body, lexicon)] == [dt.date(2023, 5, 9)]
