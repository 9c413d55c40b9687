"""Round 1165: a standing format's session told by its two sides' delegations, negotiating teams or chief negotiators,
or held "to hold a round of talks", is a session (`talk_round`) though the sentence names who leads or chairs it (a
minister, a mediating president): those words are the session's own, so the guards that keep a meeting of named
persons or of ministers a meeting give way. One party receiving or meeting the delegations stays a meeting.
Sentences of our own, read at the rule stage (`learned=False`) and through `sides_session`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.delegation_sessions import sides_session


@pytest.mark.parametrize("body", [
    "The delegations of Thailand and Cambodia on the General Border Committee met in Bangkok on Wednesday under the "
    "chairmanship of Defence Minister Somchai Rattanakul.",
    "A working meeting took place in Tiraspol on Thursday between the chief negotiator of Chisinau, Ion Rusu, and the "
    "Tiraspol representative in the 5+2 format, Pavel Lungu.",
    "The negotiating teams of Somalia and Somaliland met in Djibouti on Monday for the Somalia-Somaliland dialogue, with "
    "President Ahmed Farah presiding.",
])
def test_the_two_sides_delegations_meeting_is_a_session(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)  # a meeting on 1273f20c (a person or a minister named)
    assert "talk_round" in types
    assert "meeting" not in types


@pytest.mark.parametrize("body", [
    "President Ahmed Farah received the delegations of Somalia and Somaliland in Djibouti on Monday as part of the "
    "Somalia-Somaliland dialogue.",
    "In Chisinau on Tuesday the OSCE envoy met with the deputy prime minister and chief negotiator of Moldova, Ion Rusu, "
    "to discuss the 5+2 format.",
    "The foreign ministers of Greece and Turkey held a meeting in Ankara on Wednesday with delegations from both "
    "countries.",
])
def test_a_party_receiving_delegations_stays_a_meeting(body: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["meeting"]


@pytest.mark.parametrize("clause, expected", [
    ("Delegations from the two governments met behind closed doors in Geneva", True),
    ("a meeting of the government delegations of both states was held in Osh", True),
    ("the two delegations gathered again on Friday", True),
    ("their negotiation teams sat down in Nairobi", True),
    ("the chief negotiators of both sides met in Rome", True),
    ("the two deputy ministers met in Bender to begin a new round of negotiations", True),
    ("the president received the delegations of both sides", False),
    ("he met with the deputy prime minister and chief negotiator", False),
    ("the minister hosted a delegation of the rebels", False),
    ("the ministers met in Osh on Friday", False),
    ("a chief negotiator said the round was useful", False),
])
def test_sides_session(clause: str, expected: bool) -> None:
    assert sides_session(clause) is expected
