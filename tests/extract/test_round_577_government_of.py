"""Round 577: "between the Government of Chile and the Government of the Republic of Peru": the states are the parties
of the accord; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_governments_of_an_accord_are_its_parties(lexicon) -> None:
    events = _events("Qatar on Saturday hosted a signing ceremony for a declaration between the Government of Chile and the "
                     "Government of the Republic of Peru.", lexicon)
    assert events == [("agreement", ["Chile", "Peru", "Qatar"])]


def test_talks_with_the_government_of(lexicon) -> None:
    events = _events("Ecuador held talks with the government of Peru on Saturday.", lexicon)
    assert events == [("meeting", ["Ecuador", "Peru"])]


def test_the_people_of_a_state_stay_a_topic(lexicon) -> None:
    """The guard: a state owning another noun after "of" takes no part."""
    events = _events("Ecuador discussed the situation of the people of Peru on Saturday with Chile.", lexicon)
    assert events == [("meeting", ["Chile", "Ecuador"])]
