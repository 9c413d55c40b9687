"""Round 1315 (branch actors30): the parties a group phrase of the event's own sentence stands for ("the two sides
signed", "Both sides signed") stay the event's through the learned actor step, as its speaker does: the rules resolve the
group to the parties of the event told before, which the sentence does not name, and the learned step dropped one of
them (a one-sided accord). Guards: parties the rules took only from which states the article names most are not held;
nor is a state that is where the event took place. Sentences of our own; the rule stage records the parties
(`Candidate.as_group`) and `actor_choice.decide` keeps them whatever the model's probability."""
from __future__ import annotations

import dataclasses

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.actor_choice import Pooled, decide

TALKS_THEN_ACCORD = [
    ("Chile and Bolivia held talks on water rights in La Paz on Monday, May 8. The two sides signed a memorandum on the "
     "river on Wednesday, May 10.", {"Bolivia", "Chile"}),
    ("Colombia and the ELN held a new round of talks in Havana on Monday, May 8. Both sides signed a ceasefire accord "
     "in Havana on Wednesday, May 10.", {"Colombia", "ELN"}),
]


def _accord(body, lexicon):
    extraction = extract_own(body, lexicon, learned=False)
    accords = [c for c in extraction.events if c.event_type == "agreement"]
    assert accords
    return extraction, accords[0]


@pytest.mark.parametrize("body, parties", TALKS_THEN_ACCORD)
def test_the_group_of_the_accord_is_recorded(body, parties, lexicon):
    extraction, accord = _accord(body, lexicon)
    assert {extraction.roster.name(k) for k in accord.as_group} == parties


@pytest.mark.parametrize("body, parties", TALKS_THEN_ACCORD)
def test_the_learned_step_keeps_the_group_it_would_drop(body, parties, lexicon):
    extraction, accord = _accord(body, lexicon)
    pooled = {k: Pooled(k, role, {"rules"}) for k, role in accord.actors.items()}
    decide(accord, pooled, {k: 0.05 for k in pooled}, extraction.roster)  # the model sure of none of them
    assert {extraction.roster.name(k) for k in accord.actors} >= parties


def test_guard_without_a_group_the_learned_step_drops_as_before(lexicon):
    extraction, accord = _accord(TALKS_THEN_ACCORD[0][0], lexicon)
    plain = dataclasses.replace(accord, actors=dict(accord.actors), as_group=set())
    pooled = {k: Pooled(k, role, {"rules"}) for k, role in plain.actors.items()}
    decide(plain, pooled, {k: 0.05 for k in pooled}, extraction.roster)
    assert not plain.actors


def test_guard_the_state_where_the_accord_was_signed_is_not_held(lexicon):
    extraction, accord = _accord(TALKS_THEN_ACCORD[0][0], lexicon)
    bolivia = next(k for k in accord.actors if extraction.roster.name(k) == "Bolivia")
    accord.venue = ("La Paz", extraction.roster.entry(bolivia).country)
    pooled = {k: Pooled(k, role, {"rules"}) for k, role in accord.actors.items()}
    decide(accord, pooled, {k: 0.05 for k in pooled}, extraction.roster)
    assert {extraction.roster.name(k) for k in accord.actors} == {"Chile"}


def test_guard_states_the_article_names_most_are_not_held(lexicon):
    body = ("Chile said on Monday that Bolivia had closed the river. Chile and Bolivia have quarrelled over water for "
            "decades, Chile said. The two sides signed a memorandum on the river on Wednesday, May 10.")
    extraction, accord = _accord(body, lexicon)
    assert {extraction.roster.name(k) for k in accord.actors} == {"Bolivia", "Chile"}  # the rules still give them
    assert not accord.as_group  # but only from the article's counts: the learned step may drop them
