"""Round 1310: a speaker's "should", "must", "need(s) to" or "it is (absolutely) necessary to" that asks another party,
the parties or everyone to act makes the speaker's words a proposal (decision 1 of the twenty-ninth stop); the speaker's
own side's duties, principles, states, hedges and forecasts stay statements. Sentences of our own, read at the rule
stage (`rule_types`) and through `modal_calls.asks_by_modal`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.candidate import Candidate
from tracker.extract.modal_calls import asks_by_modal, modal_proposals


@pytest.mark.parametrize("body", [
    # another party named as the subject, in the active
    "Peruvian Foreign Minister Lucia Vargas said on Monday that Ecuador should withdraw its patrols from the river.",
    # the act asked in the passive
    "Bolivian envoy Tomas Arce said on Monday that the border talks must be concluded before the rainy season.",
    # a refusal asked, the modal inside a quote after its subject
    "Chilean Foreign Minister Andres Solar said on Monday that Argentina “must not interfere” in the fishing "
    "dispute.",
    # "will also need to", a future duty put on another party
    "Bolivian envoy Tomas Arce said on Monday that Paraguay will also need to guarantee safe passage for the convoys.",
    # an intensified necessity
    "Bolivian envoy Tomas Arce said on Monday: “It is absolutely necessary to sign the river accord this month.”",
])
def test_a_modal_call_on_others_is_a_proposal(body: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["proposal"]


@pytest.mark.parametrize("body", [
    # a principle of manner
    "Peruvian Foreign Minister Lucia Vargas said on Monday that the river dispute should be resolved through dialogue.",
    # the speaker's own side
    "Peruvian Foreign Minister Lucia Vargas said on Monday: “We must stay patient with our neighbours.”",
    # an assessment
    "Peruvian Foreign Minister Lucia Vargas said on Monday that much work still must be done on the river accord.",
    # a forecast of a gathering
    "Peruvian Foreign Minister Lucia Vargas said on Monday that the border meeting should go very well.",
])
def test_principles_own_duties_and_forecasts_stay_statements(body: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["statement"]


@pytest.mark.parametrize("text, expected", [
    ("She said the two delegations should meet again before June.", True),
    ("He said that violence should be reduced at once.", True),
    ("“I told them we need both sides to stop the shelling,” he said.", True),
    ("He said it is all the more necessary to talk now.", True),
    ("He said relations should always be based on trust.", False),  # a principle
    ("He said the charter needs to be a guide for all.", False),  # a state
    ("He said the talks should continue next week.", False),  # the course going on
    ("He said the border talks must go on.", False),  # the same
    ("He said the river must never again become a front line.", False),  # a timeless principle
    ("He said the decision has to do with the weather.", False),  # an idiom
    ("He stressed the need to build trust.", False),  # the noun, read by `needed_calls` for acts only
    ("He said our forces must leave the valley.", False),  # the speaker's own side
    ("He said the meeting must take place in a calm atmosphere.", False),  # a forecast or condition of a gathering
    ("He said he would do whatever he needs to win.", False),  # a relative clause
])
def test_asks_by_modal(text: str, expected: bool) -> None:
    assert asks_by_modal(text) is expected


def test_only_statements_of_a_speaker_change() -> None:
    statement = Candidate("statement", 0, 0, evidence=["He said Ecuador should withdraw its patrols."],
                          speaker="vargas")
    announcement = Candidate("announcement", 0, 2, evidence=["She said Chile should host the talks on May 4."],
                             speaker="arce")
    nobody = Candidate("statement", 0, 1, evidence=["Officials said Ecuador should withdraw its patrols."])
    modal_proposals([statement, announcement, nobody])
    kinds = (statement.event_type, announcement.event_type, nobody.event_type)
    assert kinds == ("proposal", "announcement", "statement")
    assert statement.actors["vargas"] == "initiator"


def test_a_sentence_two_speakers_share_is_not_read() -> None:
    text = "Vargas said Ecuador should withdraw its patrols, while Arce said the talks went well."
    first = Candidate("statement", 0, 0, evidence=[text], speaker="vargas")
    second = Candidate("statement", 0, 0, evidence=[text], speaker="arce")
    modal_proposals([first, second])
    assert first.event_type == second.event_type == "statement"
