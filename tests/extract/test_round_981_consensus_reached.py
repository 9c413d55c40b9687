"""Round 981: parties that "reached (a, broad) consensus" agreed; news English, Chinese and ASEAN copy above all, uses the
phrase for an agreement as it uses "reached a deal"."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text, day", [
    ("In March 2020 the presidents of Kenya and Somalia reached a consensus on the border.", dt.date(2020, 3, 1)),
    ("Last year the foreign ministers of Chile and Peru reached consensus on fishing rights in Lima.", dt.date(2022, 1, 1)),
    ("The two premiers reached broad consensus on trade at their meeting in Hanoi on Tuesday.", dt.date(2023, 5, 9)),
    ("After reaching consensus on the prisoner list in January, the delegations turned to the ceasefire.", dt.date(2023, 1, 1)),
])
def test_a_consensus_reached_is_an_agreement(text: str, day: dt.date, lexicon: Lexicon) -> None:
    assert ("agreement", day) in days_of(text, lexicon, ("agreement",))


@pytest.mark.parametrize("text", [
    "The parties failed to reach a consensus on the agenda on Tuesday.",
    "The talks aim at reaching consensus on a new constitution.",
    "The two sides will strive to reach consensus on the border.",
])
def test_a_consensus_sought_or_missed_is_none(text: str, lexicon: Lexicon) -> None:
    """Guards: a consensus that failed, or that is the talks' goal, is no agreement."""
    assert days_of(text, lexicon, ("agreement",)) == []
