"""Officials titled "<body> chief" (round 361): "talks with Peru's intelligence chief, Ana Soto," and "met junta chief
Luis Vera" named no person, since only "foreign policy chief" was a title. Intelligence, military, army, junta and spy
chiefs are now titles, so the person is an actor with the state before the title. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_intelligence_chief_after_a_comma(lexicon) -> None:
    body = "A Chilean delegation held talks in Lima on Tuesday with Peru's intelligence chief, Ana Soto, on the border."
    assert ["Ana Soto", "Chile", "Peru"] in _actors(body, lexicon)


def test_military_chief_before_the_name(lexicon) -> None:
    body = "The Chilean foreign minister met Peru's military chief Luis Vera in Lima on Tuesday."
    assert any({"Luis Vera", "Peru"} <= set(a) for a in _actors(body, lexicon))


def test_guard_an_unnamed_chief_is_no_person(lexicon) -> None:
    body = "The Chilean foreign minister met Peru's army chief in Lima on Tuesday."
    assert all(len(a) <= 3 and "Lima" not in a for a in _actors(body, lexicon))
