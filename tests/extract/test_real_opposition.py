"""A government and its opposition named together (round 81): "the delegations of the Syrian government and the armed
opposition", "Venezuela's government and opposition" name that state's opposition, which the lexicon knows as a group
("Syrian opposition" in the store, "Venezuelan opposition" in the built-in table); a state whose opposition the lexicon
does not know gets none. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_the_government_and_the_armed_opposition(lexicon) -> None:
    text = "Delegations of the Venezuelan government and the armed opposition met in Oslo on Tuesday."
    assert typed_events(text, lexicon, learned=False)[0][2] == ["Venezuela", "Venezuelan opposition"]  # the rule stage (round 1110's learned fill is judged on the corpora)


def test_a_possessive_government_and_opposition(lexicon) -> None:
    text = "Venezuela's government and opposition signed an accord in Mexico City on Tuesday."
    assert typed_events(text, lexicon) == [("agreement", dt.date(2023, 5, 9), ["Venezuela", "Venezuelan opposition"])]


def test_an_opposition_the_lexicon_does_not_know(lexicon) -> None:
    """A guard."""
    text = "The Chilean government and the opposition signed an accord in Santiago on Tuesday."
    assert typed_events(text, lexicon) == [("agreement", dt.date(2023, 5, 9), ["Chile"])]
