"""Leaders named in a gathering that talks only discuss are no parties of the talks (round 402): "Chile and Peru launched
border talks on Monday to discuss the date and venue for a second summit between President Ana Soto and President Luis
Vera" made both presidents participants of the talks. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple[str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_leaders_of_a_discussed_summit_are_no_parties_of_the_talks(lexicon) -> None:
    body = ("Chilean and Peruvian delegations held border talks in Lima on Monday to discuss the date and venue for a second "
            "summit between President Ana Soto and President Luis Vera.")
    talks = [a for t, a in _events(body, lexicon) if t in ("talk_round", "meeting")]
    assert talks and all("Ana Soto" not in a and "Luis Vera" not in a for a in talks)
    assert any("Chile" in a and "Peru" in a for a in talks)


def test_guard_a_leader_who_also_holds_the_talks_stays(lexicon) -> None:
    body = ("President Ana Soto of Chile held talks with Peruvian Foreign Minister Marta Quispe in Lima on Monday on a summit "
            "between President Ana Soto and President Luis Vera.")
    talks = [a for t, a in _events(body, lexicon) if t in ("talk_round", "meeting", "summit")]
    assert any("Ana Soto" in a for a in talks)
