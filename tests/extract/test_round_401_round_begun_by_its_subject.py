"""A numbered round told with a verb the triggers do not read takes its sentence's subject (round 401): "Delegations from
Chile and Peru have begun a third round of indirect talks in Quito, mediated by Ecuadorian officials" gave a round with
no actors. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events if c.event_type == "talk_round"]


def test_delegations_that_began_a_round_take_part(lexicon) -> None:
    body = ("Delegations from Chile and Peru have begun a third round of indirect talks in Quito, mediated by Ecuadorian "
            "officials.")
    rounds = _rounds(body, lexicon)
    assert rounds and "Chile" in rounds[0] and "Peru" in rounds[0] and "Ecuador" in rounds[0]


def test_states_that_concluded_a_session_take_part(lexicon) -> None:
    rounds = _rounds("Chile and Peru concluded the fourth session of their border talks, officials in Lima said.", lexicon)
    assert rounds and "Chile" in rounds[0] and "Peru" in rounds[0]


def test_guard_a_round_the_subject_only_reports_gets_none(lexicon) -> None:
    rounds = _rounds("A source in Lima told reporters that a third round of the border talks was possible.", lexicon)
    assert all("Peru" not in r for r in rounds)
