"""Round 574: "X, the <state> <title>, said": X speaks, not the state or body inside the apposition; sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_known_minister_in_apposition_speaks(lexicon) -> None:
    events = _events("Rustem Umerov, the Ukrainian defence minister, said on Monday that the talks were useful.", lexicon)
    assert events == [("statement", ["Rustem Umerov", "Ukraine"])]


def test_an_unknown_head_of_delegation_in_apposition_speaks(lexicon) -> None:
    events = _events("Ana Cruz, who leads the Peruvian delegation, said on Monday that the talks were useful.", lexicon)
    assert events == [("statement", ["Ana Cruz", "Peru"])]


def test_a_met_person_in_apposition_is_no_speaker(lexicon) -> None:
    """The guard: an apposition of the one met, with no speech verb, is read as before."""
    events = _events("Peruvian Foreign Minister Ana Cruz met Luis Soto, the Chilean minister, on Monday.", lexicon)
    assert events == [("meeting", ["Ana Cruz", "Chile", "Luis Soto", "Peru"])]


def test_a_state_subject_stays_the_speaker(lexicon) -> None:
    """The guard: with no person before the comma, the state itself speaks."""
    events = _events("Peru, the host of the talks, said on Monday that the talks were useful.", lexicon)
    assert events and events[0][1] == ["Peru"]
