"""Round 578: a state's own council named as its possessive ("Peru's Transitional Sovereignty Council said") speaks with
its state; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_states_council_speaks_with_the_state(lexicon) -> None:
    events = _events("Peru's Transitional Sovereignty Council said in a statement on Monday that the talks would resume in "
                     "June.", lexicon)
    assert ("announcement", ["Peru", "Transitional Sovereignty Council"]) in events


def test_a_body_of_no_state_speaks_alone(lexicon) -> None:
    """The guard: a body named with no state is no state's."""
    events = _events("The Andean Reunification Committee said on Monday that the talks would resume in June.", lexicon)
    assert ("announcement", ["Andean Reunification Committee"]) in events
