"""A numbered round named by its ordinal alone after another (round 136): "The first round of talks took place in March
and the second in early April" names the second round too, and "…, the second in Lima and the third on May 5" a third (the second in Lima);
"the second half of the year" after a round is no round. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return sorted((c.round_number, c.first.isoformat() if c.first else None) for c in extraction.events if c.event_type == "talk_round")


def test_the_second_after_the_first(lexicon) -> None:
    text = "The first round of talks between Peru and Chile took place in March and the second in early April, also in Lima."
    assert _rounds(text, lexicon) == [(1, "2023-03-01"), (2, "2023-04-01")]


def test_a_chain_of_ordinals(lexicon) -> None:
    text = "The first round of talks between Peru and Chile was held in Quito in January, the second in Lima and the third on May 5."
    assert [n for n, _ in _rounds(text, lexicon)] == [1, 2, 3]
    venues = {c.round_number: c.venue[0] if c.venue else None for c in extract_own(text, lexicon).events}
    assert venues == {1: "Quito", 2: "Lima", 3: None}


def test_an_ordinal_of_something_else(lexicon) -> None:
    """A guard: "the second half of the year" names no round."""
    text = "The fifth round of talks between Peru and Chile ended in Lima on May 5, and the second half of the year will see more."
    assert [n for n, _ in _rounds(text, lexicon)] == [5]
