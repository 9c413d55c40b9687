"""Round 1167: a leader of one people's community in a divided state ("the Turkish Cypriot leader"), of the opposition or
of a party or movement is no head of state or government, so a head meeting one (or two of them meeting under a
mediator) is a meeting, not a summit; a state's leader ("North Korean leader X") still is a head. Sentences of our own,
read at the rule stage (`learned=False`) and through `community_leader`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.community_leaders import community_leader


@pytest.mark.parametrize("body", [
    "Mozambican President Daniel Chapo met on Tuesday in Maputo with Venancio Mondlane, leader of the largest opposition "
    "party, to discuss the post-election crisis.",
    "The Secretary-General hosted a working lunch in Geneva on Friday with the Greek Cypriot leader, Nikos "
    "Christodoulides, and the Turkish Cypriot leader, Tufan Erhurman.",
    "Opposition leader Raila Odinga met President William Ruto at State House in Nairobi on Monday.",
])
def test_a_community_or_party_leader_meeting_is_no_summit(body: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["meeting"]  # a summit on 1273f20c


def test_a_state_leader_is_still_a_head(lexicon) -> None:
    body = "North Korean leader Kim Jong Un met South Korean President Moon Jae-in at Panmunjom on Friday."
    assert rule_types(body, lexicon) == ["summit"]


@pytest.mark.parametrize("name, texts, expected", [
    ("Tufan Erhurman", ["talks with the Turkish Cypriot leader Tufan Erhurman resumed"], True),
    ("Venancio Mondlane", ["Venancio Mondlane, the leader of the main opposition movement, said"], True),
    ("Hama Amadou", ["Rebel leader Hama Amadou signed the truce."], True),
    ("Kim Jong Un", ["North Korean leader Kim Jong Un said"], False),
    ("Kim Jong Un", ["rebel leader Kim Jong Un", "North Korean leader Kim Jong Un"], False),  # a state's leader anywhere
    ("Xi Jinping", ["Xi Jinping met the leader of the opposition party"], False),  # another person leads it
    ("Li", ["leader of the opposition Li"], False),  # a name too short to read
])
def test_community_leader(name: str, texts: list[str], expected: bool, lexicon) -> None:
    assert community_leader(name, texts, lexicon) is expected
