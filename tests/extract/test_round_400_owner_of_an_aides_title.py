"""A leader named as the owner of an aide's title is no party (round 400): "Chilean President Ana Soto's Deputy Chief of
Staff Luis Vera met …" made Soto a participant, and "Soto's Chief" a person of its own. The aide takes part, the
leader's state stands for the leader. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_owner_of_the_aides_title_is_no_party(lexicon) -> None:
    body = ("In Lima, Peruvian adviser Marta Quispe met with Chilean President Ana Soto's Deputy Chief of Staff Luis Vera "
            "on Tuesday to discuss the border.")
    actors = _actors(body, lexicon)
    assert actors and any("Luis Vera" in a for a in actors)
    assert all("Ana Soto" not in a and not any("Chief" in x for x in a) for a in actors)


def test_owner_of_a_spokesman_is_no_party(lexicon) -> None:
    body = "Chilean President Ana Soto's spokesman Luis Vera said on Monday that the talks with Peru would resume."
    actors = _actors(body, lexicon)
    assert actors and any("Luis Vera" in a for a in actors) and all("Ana Soto" not in a for a in actors)


def test_guard_a_leader_who_meets_keeps_her_place(lexicon) -> None:
    body = "Chilean President Ana Soto met Peruvian President Luis Vera in Lima on Tuesday to discuss the border."
    assert any("Ana Soto" in a and "Luis Vera" in a for a in _actors(body, lexicon))


def test_guard_an_official_apposed_to_a_leaders_title_stays(lexicon) -> None:
    body = "Luis Vera, the Chilean president's special envoy for the border, met Peruvian officials in Lima on Tuesday."
    assert any("Luis Vera" in a for a in _actors(body, lexicon))
