"""The head of a named delegation, team or mission told in an apposition (round 154): "said Ana Soto, head of the
Peruvian government delegation" is Peru's as well as hers, and "Head of the OSCE Mission to Moldova" the OSCE's (not
Moldova's, where the mission serves). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def _actors(body: str, lexicon) -> list[list[str]]:
    return [actors for _, _, actors in typed_events(body, lexicon)]


def test_the_head_of_a_states_delegation_speaks_for_it(lexicon) -> None:
    body = "“We are ready,” said Ana Soto, head of the Peruvian government delegation, on Tuesday."
    assert _actors(body, lexicon) == [["Ana Soto", "Peru"]]


def test_the_head_of_a_bodys_mission_speaks_for_it(lexicon) -> None:
    body = "Ambassador Ana Soto, Head of the OSCE Mission to Moldova, said on Tuesday that the talks were useful."
    assert _actors(body, lexicon) == [["Ana Soto", "Organization for Security and Co-operation in Europe"]]


def test_a_head_of_something_else_is_still_hers_alone(lexicon) -> None:
    """A guard: a desk is no delegation."""
    body = "“We are ready,” said Ana Soto, head of the Peruvian desk at the bank, on Tuesday."
    assert _actors(body, lexicon) == [["Ana Soto"]]
