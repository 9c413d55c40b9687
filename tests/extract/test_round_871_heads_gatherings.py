"""Round 871: a gathering named as one of heads of state or government is a summit (docs/extraction.md, "Types":
`summit` when heads of state or government meet), whether its name says so before the noun ("the ASEAN Leaders'
Meeting") or after it ("the meeting of the Council of Heads of State"), or names a council whose members are heads by
its charter ("the Supreme Eurasian Economic Council", "the European Council"). Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import event_types, typed_days

WEDNESDAY = dt.date(2023, 5, 10)


@pytest.mark.parametrize("body", [
    "The ASEAN Leaders' Meeting was held in Jakarta on Wednesday.",
    "A session of the European Council was held in Brussels on Wednesday.",
    "The presidents arrived in Minsk on Wednesday to take part in the meeting of the Supreme Eurasian Economic Council.",
])
def test_heads_gathering_is_a_summit(body: str, lexicon) -> None:
    assert typed_days(body, lexicon) == [("summit", WEDNESDAY)]


@pytest.mark.parametrize("body", [
    "The next meeting of the Supreme Eurasian Economic Council will be held in Minsk on 20 May.",
    "The bloc will hold its leaders' meeting in Lima on 20 May.",
    "The presidents will hold the next meeting of the Supreme Eurasian Economic Council on 20 May in Minsk.",
])
def test_heads_gathering_to_come_is_a_summit(body: str, lexicon) -> None:
    assert typed_days(body, lexicon) == [("summit", dt.date(2023, 5, 20))]


@pytest.mark.parametrize("body", [
    "The meeting of the foreign ministers of the Andean bloc took place in Lima on Wednesday.",
    "The opposition leaders' meeting took place in Caracas on Wednesday.",
    "The meeting of the heads of the two delegations took place in Geneva on Wednesday.",
    "European Council President Charles Michel met the Armenian foreign minister in Brussels on Wednesday.",
])
def test_guard_other_gatherings_stay_meetings(body: str, lexicon) -> None:
    """The guard: ministers, party leaders, heads of delegations, and a council's president meeting a minister."""
    assert event_types(body, lexicon) == ["meeting"]


def test_guard_leaders_meeting_as_a_verb(lexicon) -> None:
    """The guard: "leaders meeting in Berlin" is the leaders at a gathering (a participle), not the gathering's name."""
    body = "World leaders meeting in Berlin on Wednesday agreed to respect the embargo."
    assert "summit" not in event_types(body, lexicon)
