"""Round 1281: a meeting of a joint, border or bilateral commission, committee or mechanism of two sides is a
session of their standing talks (a `talk_round`), also when a spokesperson or a chair reports it or no standing
process is named.
Sentences of our own, read at the rule stage (`rule_types`) and through `commission_meetings.commission_meeting`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.candidate import Candidate
from tracker.extract.commission_meetings import commission_meeting


@pytest.mark.parametrize("body", [
    # reported by a spokesperson, the body's name with its abbreviation before "Meeting" (a meeting on the base)
    "Sofia Mendez, the government spokesperson, has presented the outcomes of the Extraordinary Chile-Peru General "
    "Border Committee (GBC) Meeting held on 3 March 2021 in Arica.",
    # the body after "a meeting of", chaired by a named official (a meeting on the base)
    "A meeting of the Joint Commission of the Andean Water Accord, chaired by Deputy Minister Paula Rios, was held in "
    "Quito on 4 March 2021.",
    # a lower-case mechanism meeting (a meeting on the base)
    "During the latest bilateral consultative mechanism meeting in Lima on Wednesday, officials of Chile and Peru "
    "agreed to set up a fishing hotline.",
])
def test_a_joint_bodys_meeting_is_a_session(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)
    assert "talk_round" in types and "meeting" not in types


@pytest.mark.parametrize("body", [
    "The Chilean foreign minister met members of the joint border commission in Quito on 4 March 2021.",
    "The parliament's joint committee on the border met in Lima on 4 March 2021 to hear the defence minister.",
])
def test_other_meetings_stay_meetings(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)
    assert "meeting" in types and "talk_round" not in types


@pytest.mark.parametrize("text, expected", [
    ("The next meeting of the bilateral commission on the river boundary will be held in October.", True),
    ("The 5th session of the Intergovernmental Commission on trade opened in Baku.", True),
    ("The Joint Border Mechanism meeting took place in Arica.", True),
    ("The European Commission met in Brussels on Monday.", False),  # no joint, border or bilateral body
    ("Representatives of the joint commission met the mayor.", False),  # its members, not the body
    ("The Senate's joint committee meeting on the budget was held on Monday.", False),  # a parliament's body
    ("The ministers met in Arica on Monday.", False),
])
def test_commission_meeting(text: str, expected: bool) -> None:
    assert commission_meeting(Candidate("meeting", 0, 0, evidence=[text])) is expected


def test_only_meetings_change() -> None:
    text = "A meeting of the Joint Commission of the accord was held in Quito."
    assert not commission_meeting(Candidate("agreement", 0, 0, evidence=[text]))
    assert not commission_meeting(Candidate("talk_round", 0, 0, evidence=[text]))
