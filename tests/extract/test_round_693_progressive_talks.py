"""Round 693: talks told in the past progressive over "the past N days" are talks over those days. Sentences of our
own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

_PUBLISHED = dt.date(2023, 5, 12)


def _gatherings(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.first, c.last) for c in extraction.events if c.event_type in ("talk_round", "meeting")]


def test_for_the_past_days_parties_were_negotiating(lexicon) -> None:
    body = "For the past four days, Chile and Peru were negotiating in Lima."
    assert _gatherings(body, lexicon) == [(dt.date(2023, 5, 9), _PUBLISHED)]


def test_were_holding_talks_over_the_last_days(lexicon) -> None:
    body = "Chile and Peru were holding talks in Lima over the last three days, officials in Santiago confirmed."
    assert [first for first, _ in _gatherings(body, lexicon)] == [dt.date(2023, 5, 10)]


def test_commanders_had_been_discussing_in_a_town(lexicon) -> None:
    body = "Over the last three days, Peruvian and Chilean commanders had been discussing the border plan in Quito."
    assert _gatherings(body, lexicon) == [(dt.date(2023, 5, 10), _PUBLISHED)]


def test_guard_a_progressive_without_the_days_gone_is_background(lexicon) -> None:
    """The guard: "were discussing" alone tells what was going on, no talks."""
    assert _gatherings("Chile and Peru were discussing the border when the clashes began.", lexicon) == []
