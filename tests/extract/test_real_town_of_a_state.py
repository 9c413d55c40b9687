"""A town no table knows, placed by its state (round 152): "met … on Saturday in Putre, Chile" is in Putre, however far
the town stands from the verb, since the state after its comma says it is a place; the state must end its phrase ("in
Putre, Chile will …" starts a new clause). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue for c in extract_own(body, lexicon).events]


def test_a_small_town_and_its_state_far_from_the_verb(lexicon) -> None:
    text = ("Ana Soto, the UN envoy for the border talks, met with members of the Aymara council on Saturday in Putre, "
            "Chile, as part of a regional tour.")
    assert _venues(text, lexicon) == [("Putre", "CHL")]


def test_a_state_that_starts_the_next_clause_places_nothing(lexicon) -> None:
    """A guard: "in Tarata, Peru will …" is no town of Peru, and the far town alone is still too far."""
    text = ("The envoys of Bolivia and Chile met on Saturday with the farmers' council of the valley in Tarata, Peru will "
            "send observers.")
    assert _venues(text, lexicon) == [None]
