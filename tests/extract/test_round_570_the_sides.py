"""Round 570: "the sides" and "the parties", with no count, are all the parties of the event told before them, however
many; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_sides_of_a_four_party_meeting_are_all_four(lexicon) -> None:
    events = _events("Envoys of Chile, Peru, Bolivia and Ecuador met in Quito on Monday. The sides agreed to meet again in "
                     "Lima in June.", lexicon, learned=False)
    assert events[-1] == ("meeting", ["Bolivia", "Chile", "Ecuador", "Peru"])


def test_the_parties_inside_a_report_are_the_three_parties(lexicon) -> None:
    events = _events("Leaders of Chile, Peru and Bolivia met in Quito on Monday. He also noted that the parties agreed to "
                     "convene another meeting in late July.", lexicon)
    assert events[-1] == ("meeting", ["Bolivia", "Chile", "Peru"])


def test_the_sides_of_two_still_two(lexicon) -> None:
    """The guard: two parties before, two parties after."""
    events = _events("Chile and Peru held talks in Quito on Monday. The sides agreed to meet again in Lima in June.", lexicon)
    assert events[-1] == ("meeting", ["Chile", "Peru"])


def test_the_parties_urged_are_not_actors(lexicon) -> None:
    """The guard: the parties a third state urges are not the speakers."""
    events = _events("Chile, Peru and Bolivia held talks in Quito on Monday. Ecuador urged the parties to meet again in Lima "
                     "in June.", lexicon)
    assert ("proposal", ["Ecuador"]) in events


def test_the_parties_never_told_name_no_one(lexicon) -> None:
    """The guard: "the parties" of talks the article never lists stay unnamed, not the states named most."""
    events = _events("The six parties issued a joint statement in Beijing on Monday, Chinese Vice Foreign Minister Li Wen "
                     "said. The parties agreed to hold the next round of talks in Beijing in early November.", lexicon)
    assert events[-1][1] == []
