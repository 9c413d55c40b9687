"""Heads of delegation and officials told in appositions (round 98): "X, the rebels' main negotiator", "Y, the group's
permanent representative to the UN" (the body she serves at is not hers), and a head who "chaired the delegation" in
the sentence after the session. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon, learned: bool = True) -> list[list[str]]:
    extraction = extract_own(body, lexicon, learned=learned)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_an_apposition_with_a_possessive_and_an_adjective(lexicon) -> None:
    body = "Marta Ruiz, the Polisario's main negotiator, met the UN envoy in Algiers on Tuesday."
    assert "Marta Ruiz" in _actors(body, lexicon)[0]


def test_serving_at_a_body_is_not_belonging_to_it(lexicon) -> None:
    body = ("Paul Okoro, the movement's permanent representative to the UN, said on Tuesday that the group was ready "
            "for talks.")
    extraction = extract_own(body, lexicon)
    names = sorted(extraction.roster.name(k) for k in extraction.events[0].actors)
    assert names == ["Paul Okoro"]


def test_a_head_who_chaired_the_delegation(lexicon) -> None:
    body = ("Delegations of Nepal and Bhutan held the fifth round of boundary talks in Kathmandu on Tuesday. "
            "Ram Thapa, director-general of the boundary department, chaired the Nepali delegation.")
    assert "Ram Thapa" in _actors(body, lexicon, learned=False)[0]
