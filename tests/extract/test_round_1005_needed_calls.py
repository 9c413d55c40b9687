"""Round 1005: a call to act told as a need ("stressed the need for a ceasefire", "there needs to be another meeting")
is a proposal, when what is needed is a diplomatic act (a halt to fighting, talks, a meeting, or holding or resuming
them).

The guideline makes speech a `proposal` when it calls on someone to act; round 118 read "it is necessary to hold
talks", and the noun of the same call was read as nothing. A need of anything else stays a statement (readouts and
welcomes state such positions), and so do "no need" and the normative modals round 561 dropped. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.needed_calls import calls_as_need


@pytest.mark.parametrize("body", [
    "Turkish Defence Minister Hulusi Akar on Tuesday reiterated the need for an immediate truce in the region.",
    "The Norwegian foreign minister said on Monday that there needs to be another meeting between the two sides.",
    "The UN envoy stressed on Friday the urgent need to resume direct talks between the parties.",
    "Egypt's foreign minister said on Sunday there was a pressing need for a lasting ceasefire in Gaza.",
    "The Kenyan president told reporters on Wednesday that there is a need to hold a new round of negotiations soon.",
])
def test_a_need_of_a_diplomatic_act_is_a_proposal(body: str, lexicon) -> None:
    assert "proposal" in event_types(body, lexicon)
    assert "statement" not in event_types(body, lexicon)


@pytest.mark.parametrize("body", [
    "The UN envoy stressed on Friday the need to build on the progress made so far.",
    "Egypt's foreign minister said on Sunday there was no need for new talks.",
    "The Norwegian foreign minister said on Monday that the needs of the displaced are growing.",
    "Turkish officials said on Tuesday they stressed the need to restart grain exports quickly.",
])
def test_a_need_of_anything_else_stays_a_statement(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["statement"]


def test_the_need_and_its_object() -> None:
    assert calls_as_need("He underlined the need for dialogue.")
    assert calls_as_need("They stressed a clear need to meet again.")
    assert not calls_as_need("He underlined the need for the Council to act on facts.")
    assert not calls_as_need("There needs to be more trust.")
