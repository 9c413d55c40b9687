"""Processes the gazetteer does not know, told with their parties (round 106): a process named from the text that spells
out two states ("the Thailand-Cambodia border talks resumed") has them as its parties, as a two-party process of the
gazetteer does (round 4); a joint body named by the states it joins ("The General Border Committee of Thailand and
Cambodia met") has them take part. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_a_named_process_spells_out_its_parties(lexicon) -> None:
    assert _events("The Peru-Ecuador boundary talks resumed in Quito on Monday after a two-year pause.", lexicon) == [
        ("talk_round", "Ecuador-Peru boundary talks", ["Ecuador", "Peru"])]  # alphabetical since round 1331


def test_a_joint_body_of_two_states(lexicon) -> None:
    assert _events("The Joint Border Commission of Peru and Ecuador met in Quito on Monday.", lexicon)[0][2] == ["Ecuador", "Peru"]


def test_a_gazetteer_process_with_mediators_is_no_pair(lexicon) -> None:
    body = "The previous session of the Jeddah talks was suspended on December 3."
    assert all(actors == [] for _, _, actors in _events(body, lexicon))
