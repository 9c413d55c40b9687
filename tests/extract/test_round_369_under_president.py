"""A head of state named after "under" is the time of their government, not a party (round 369): "Peru offered talks
with Chile, its first overture under President Ana Soto" made Soto an actor of the offer. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_under_president_is_no_party(lexicon) -> None:
    body = "Peru on Thursday offered talks with Chile on the border, in its first overture under President Ana Soto."
    actors = _actors(body, lexicon)
    assert actors and all("Ana Soto" not in a for a in actors)


def test_guard_talks_held_under_an_envoy_keep_him(lexicon) -> None:
    body = "The border talks were held under UN Special Envoy Luis Vera on Thursday in Geneva."
    assert any("Luis Vera" in a for a in _actors(body, lexicon))
