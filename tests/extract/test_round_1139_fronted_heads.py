"""Round 1139: a gathering told first, with the heads of state as the sentence's subject, is a summit ("During a meeting in
Washington on Friday, the leaders of X, Y and Z signed …": the guideline's `summit` when heads of state or government
meet). The summit rules read the leaders after a meeting verb or after the gathering's noun ("talks between the leaders
of"), not a fronted "During / At a meeting …," whose subject they are. Ministers stay a meeting. Sentences of our own:
the pattern through `leaders_met`, and one through the rule stage (`learned=False`).
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events
from tracker.extract.candidate import Candidate
from tracker.extract.summits import leaders_met


def _typed(sentence: str) -> str:
    return leaders_met([Candidate("meeting", 0, 0, evidence=[sentence])])[0].event_type


@pytest.mark.parametrize("sentence", [
    "During a meeting in Geneva on Friday, the leaders of Kenya, Uganda and Tanzania signed a joint declaration.",
    "At their talks in Ankara on Monday, the presidents of Turkey and Iran agreed to expand trade.",
])
def test_a_fronted_meeting_of_leaders_is_a_summit(sentence: str) -> None:
    assert _typed(sentence) == "summit"


@pytest.mark.parametrize("sentence", [
    "At the meeting on Monday, the foreign ministers of Turkey and Iran agreed to expand trade.",
    "The ministers said that during a meeting in Paris, the envoys of the leaders of Kenya and Uganda agreed.",
    "During a meeting in Geneva on Friday, officials of Kenya and Uganda discussed the border.",
])
def test_ministers_or_officials_stay_a_meeting(sentence: str) -> None:
    assert _typed(sentence) == "meeting"


def test_the_rule_stage_types_the_summit(lexicon) -> None:
    body = "During a meeting in Geneva on Friday, the leaders of Kenya, Uganda and Tanzania signed a joint declaration."
    types = [kind for kind, _, _ in typed_events(body, lexicon, learned=False)]
    assert "summit" in types
    assert "meeting" not in types
