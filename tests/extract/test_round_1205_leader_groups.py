"""Round 1205: a gathering told by its heads as a group, with no state named after them ("the leaders of the three
states last met", "the Ninth Consultative Meeting of Heads of State"), is a summit; a numbered one only when its
ordinal stands before the heads' name. Sentences of our own, read at the rule stage (`learned=False`) and through
`leader_groups.leaders_group`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.candidate import Candidate
from tracker.extract.leader_groups import leaders_group


@pytest.mark.parametrize("body", [
    "The leaders of the three states last met in Lima in 2015.",  # a meeting on b7ee510f
    "Diplomats are finishing the draft declaration for the Ninth Consultative Meeting of Heads of State of the Andean "
    "nations, set for 20 June.",  # a numbered session on b7ee510f
])
def test_heads_named_as_a_group_make_a_summit(body: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["summit"]


@pytest.mark.parametrize("body", [
    "The foreign ministers met in Quito on Monday to prepare the leaders' summit.",  # the ministers' own meeting
    "Opposition party leaders met in Quito on Monday.",
    "Regional leaders meeting in Quito on Saturday agreed to reopen the border, the Ecuadorian president said.",
    "The leaders of the three countries will meet again in Lima next year, their advisers said.",
])
def test_other_gatherings_stay_meetings(body: str, lexicon) -> None:
    assert rule_types(body, lexicon)[0] == "meeting"


def test_a_ministers_numbered_session_beside_the_heads_meeting_keeps_its_type(lexicon) -> None:
    body = "The sixth ministerial meeting ahead of the Fifth Meeting of Heads of State opened in Quito on Monday."
    assert rule_types(body, lexicon)[1:] == ["talk_round", "summit"]  # talk_round, talk_round on b7ee510f


@pytest.mark.parametrize("event_type, number, text, expected", [
    ("meeting", None, "The Secretary-General welcomed the coming Pacific Leaders' Meeting on 9 June.", True),
    ("meeting", None, "Officials welcomed the coming Pacific Leaders' Meeting on 9 June.", False),  # officials named: the meeting may be theirs
    ("meeting", None, "Their leaders of the four nations have convened twice since 2015.", True),
    ("meeting", None, "A summit between state leaders was held in Accra.", True),
    ("meeting", None, "A meeting of the Council of Heads of Government opened in Minsk.", True),
    ("talk_round", 9, "the 9th Meeting of Heads of State of the Andean nations", True),
    ("talk_round", 8, "the 9th Meeting of Heads of State of the Andean nations", False),  # another number
    ("talk_round", None, "the Meeting of Heads of State of the Andean nations", False),  # a session needs its ordinal
    ("meeting", None, "The leaders' envoys met in Oslo to prepare a leaders' summit.", False),
    ("meeting", None, "Rebel leaders met in the capital on Monday.", False),
    ("meeting", None, "World leaders meeting in Quito agreed on a truce.", False),  # a participle, no gathering's name
    ("visit", None, "The leaders of the three states last met in Lima in 2015.", False),
])
def test_leaders_group(event_type: str, number: int | None, text: str, expected: bool) -> None:
    c = Candidate(event_type, 0, 0, round_number=number, evidence=[text])
    assert leaders_group(c) is expected
