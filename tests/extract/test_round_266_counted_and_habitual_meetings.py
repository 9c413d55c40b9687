"""Round 266: a meeting counted or told as a habit by its own verb ("have met several times this year", "the sides have
met regularly in Vienna", "visited Moscow three times") is an aggregate, no event (docs/extraction.md, "What counts as an
event": aggregates); the tally of nouns ("eight rounds have been held") was already read. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_met_several_times_this_year(lexicon) -> None:
    assert typed_days("The foreign ministers of Greece and Turkey have met several times this year.", lexicon) == []


def test_have_met_regularly(lexicon) -> None:
    assert typed_days("Since 2021 the negotiators have met regularly in Vienna.", lexicon) == []


def test_visited_three_times(lexicon) -> None:
    assert typed_days("Chinese envoy Li Hui visited Moscow three times in 2023.", lexicon) == []


def test_guard_met_for_the_second_time(lexicon) -> None:
    days = typed_days("The foreign ministers of Greece and Turkey met for the second time in Athens on Monday.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 8))]
