"""Round 831: talks described by the month or year they began ("the dialogue, which began in 2019, …", "the two
sets of talks launched in 2021") are the start of a series, no event (docs/extraction.md, "What counts as an event").
A session that begins on a day, a numbered round that began in a month, and a start told as the clause's own act
("since the talks started in August 2020", which the synthetic corpus labels as the first session) stay events.
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import days_of

_GATHERINGS = ("talk_round", "meeting", "summit")


def _gatherings(body: str, lexicon) -> list[tuple]:
    return days_of(body, lexicon, _GATHERINGS)


@pytest.mark.parametrize("body", [
    "The border dialogue between Peru and Ecuador, which began in 2019, has produced few results so far.",
    "The negotiations between Chile and Bolivia, which started in March, are now stalling.",
    "The Lima talks and the Quito consultations are the two sets of talks launched in 2021 to settle the dispute.",
    "Progress has been slow in the consultations that first began in early 2020 between Peru and Chile.",
    "The peace process that was launched in mid-June 2022 has stalled, diplomats in Lima say.",
])
def test_talks_told_by_the_month_or_year_they_began_are_no_event(body: str, lexicon) -> None:
    assert _gatherings(body, lexicon) == []


@pytest.mark.parametrize("body", [
    "Talks between Peru and Chile began in Lima on Tuesday.",
    "The fifth round of talks between Peru and Chile began in April, officials said on Friday.",
    "It is the first breakthrough since the talks between Peru and Chile started in August 2020.",
])
def test_guard_a_session_that_began_stays_an_event(body: str, lexicon) -> None:
    assert _gatherings(body, lexicon) != []
