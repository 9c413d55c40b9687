"""Round 572: the formula of an unnamed source between it and its verb ("who spoke on condition of anonymity", "who asked
not to be named") is no part of the subject; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_an_official_who_spoke_on_condition_of_anonymity_speaks_for_the_state(lexicon) -> None:
    events = _events("President Ana Cruz of Peru and Chilean President Luis Soto spoke on Thursday. A senior Chilean official "
                     "who spoke to reporters on condition of anonymity to discuss the mediator's proposals said there were "
                     "only four areas of disagreement left.", lexicon)
    assert ("statement", ["Chile"]) in events


def test_an_official_who_asked_not_to_be_named_speaks(lexicon) -> None:
    events = _events("A senior Chilean official, who asked not to be named, said on Thursday there was no deal between the "
                     "two countries.", lexicon)
    assert events == [("statement", ["Chile"])]


def test_a_diplomat_not_authorized_to_speak_publicly(lexicon) -> None:
    events = _events("A Peruvian diplomat who was not authorized to speak publicly told reporters on Thursday that the talks "
                     "would resume in June.", lexicon)
    assert ("announcement", ["Peru"]) in events


def test_another_relative_clause_still_leaves_the_named_speaker(lexicon) -> None:
    """The guard: a named speaker with an aside of another kind keeps speaking."""
    events = _events("Peruvian Foreign Minister Ana Cruz, who asked for a meeting, said on Thursday there was no deal between "
                     "the two countries.", lexicon)
    assert events == [("statement", ["Ana Cruz", "Peru"])]
