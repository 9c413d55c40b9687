"""Round 1012 (helper b20): a person named after a former office ("former Tanzanian President X", "former President of
Ghana X") holds no state through it: the guideline gives a former head of state acting as facilitator no state, and the
state a former title names is not a party. Sentences of our own; guards: a sitting official keeps the state, the person
is still found."""
from __future__ import annotations

import pytest

from tests.extract.own_text import actor_lists
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text, state, person", [
    ("The Burundi talks in Arusha on Monday were opened by former Tanzanian President Amani Mrisho, the facilitator.",
     "Tanzania", "Amani Mrisho"),
    ("Former Ghanaian President Kofi Mensah said on Tuesday that the talks in Addis Ababa would resume in May.",
     "Ghana", "Kofi Mensah"),
])
def test_a_former_office_gives_the_person_no_state(text: str, state: str, person: str, lexicon: Lexicon) -> None:
    events = actor_lists(text, lexicon)
    assert any(person in actors for actors in events)
    assert not any(state in actors for actors in events)


def test_a_sitting_official_keeps_the_state(lexicon: Lexicon) -> None:
    text = "Ghanaian President Kofi Mensah said on Tuesday that the talks in Addis Ababa would resume in May."
    assert any("Ghana" in actors and "Kofi Mensah" in actors for actors in actor_lists(text, lexicon))
