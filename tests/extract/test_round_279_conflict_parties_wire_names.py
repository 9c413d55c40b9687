"""Parties of a conflict by the names wire copy gives them (round 279): "Tigrayan forces" and "the Tigray authorities"
are the TPLF, Fatah, Palestinian Islamic Jihad and the Syrian Democratic Forces are groups of their own
(docs/extraction.md, "Actors": armed groups and movements by their own names). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_tigrayan_forces_are_the_tplf(lexicon) -> None:
    body = "Tigrayan forces and the Ethiopian government held talks in Nairobi on Tuesday."
    assert {"Tigray People's Liberation Front", "Ethiopia"} <= set(_actors(body, lexicon)[0])


def test_fatah_and_hamas_meet(lexicon) -> None:
    body = "Fatah and Hamas held talks in Cairo on Tuesday."
    assert {"Fatah", "Hamas"} <= set(_actors(body, lexicon)[0])


def test_guard_tigray_region_is_no_party(lexicon) -> None:
    """A guard: the region named as a place is no party."""
    body = "Ethiopian and Eritrean officials met in Addis Ababa on Tuesday to discuss aid to Tigray."
    assert all("Tigray People's Liberation Front" not in a for a in _actors(body, lexicon))
