"""An envoy "to" a place named right before the name (round 366): "UN Special Envoy to Bolivia Ana Soto took part" gave
no Soto, since "to X" was read only before a comma. She is the official of the body before the title. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_un_envoy_to_a_state_takes_part(lexicon) -> None:
    body = ("Chilean and Peruvian delegations met in Arica on Tuesday. UN Special Envoy to Bolivia Ana Soto took part.")
    assert any("Ana Soto" in a for a in _actors(body, lexicon))


def test_ambassador_to_a_state_speaks_for_her_own(lexicon) -> None:
    body = "Chilean Ambassador to Peru Ana Soto said on Tuesday that the border talks would resume in May."
    actors = _actors(body, lexicon)
    assert any({"Ana Soto", "Chile"} <= set(a) for a in actors) and all("Peru" not in a for a in actors)


def test_guard_an_unnamed_envoy_names_nobody(lexicon) -> None:
    body = "Chilean and Peruvian delegations met in Arica on Tuesday. The UN envoy to Bolivia took part."
    assert all("Bolivia" not in a for a in _actors(body, lexicon))
