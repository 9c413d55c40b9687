"""Round 682: titles of secretaries the title list lacked ("Undersecretary", "Deputy Assistant Secretary", "Treasury
Secretary", "Trade Representative") named no person, or a title word as one; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events

_ROUND = "The third round of talks between Chile and Peru was held in Quito on May 2. "


def test_an_undersecretary_with_a_long_title_heads_the_delegation(lexicon) -> None:
    events = _events(_ROUND + "The Chilean delegation was led by Foreign Affairs Undersecretary for Policy Ana M. Cruz and "
                              "the Peruvian delegation was led by Vice Foreign Minister Luis Soto.", lexicon, learned=False)
    assert ("talk_round", ["Ana M. Cruz", "Chile", "Luis Soto", "Peru"]) in events


def test_a_deputy_assistant_secretary_is_named_in_full(lexicon) -> None:
    events = _events(_ROUND + "The Chilean delegation was led by Deputy Assistant Secretary Mary Holt.", lexicon)
    assert ("talk_round", ["Chile", "Mary Holt", "Peru"]) in events


def test_cabinet_secretaries_named_by_surname_take_part(lexicon) -> None:
    events = _events("On May 2, Chilean Deputy Minister Ana Cruz held talks in Quito with U.S. Treasury Secretary Holt and "
                     "U.S. Trade Representative Greer.", lexicon)
    assert ("meeting", ["Ana Cruz", "Chile", "Greer", "Holt", "United States"]) in events


def test_a_minister_keeps_working(lexicon) -> None:
    """The guard: the titles known before still name their holders."""
    events = _events(_ROUND + "The Peruvian delegation was led by Vice Foreign Minister Luis Soto.", lexicon)
    assert ("talk_round", ["Chile", "Luis Soto", "Peru"]) in events
