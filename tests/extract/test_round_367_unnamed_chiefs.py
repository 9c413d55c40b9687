"""An unnamed chief of a state's junta, army or intelligence is that state (round 367): "An OAS envoy met with Peru's
junta chief on Monday" gave the OAS alone, since a possessive state counts as a party only before a word of its
government ("Peru's foreign minister"), and "junta chief" was none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_a_states_junta_chief_is_the_state(lexicon) -> None:
    body = "A Chilean envoy met with Peru's junta chief on Monday in Lima."
    assert any({"Chile", "Peru"} <= set(a) for a in _actors(body, lexicon))


def test_guard_a_states_army_as_a_topic_stays_out(lexicon) -> None:
    body = "A Chilean envoy met Bolivian officials on Monday to discuss Peru's army in the border region."
    assert all("Peru" not in a for a in _actors(body, lexicon))
