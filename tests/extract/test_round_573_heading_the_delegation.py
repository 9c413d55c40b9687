"""Round 573: "heading the X delegation" and "heads of the delegations, A and B" make heads of delegation too; sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_an_aide_heading_the_delegation_joins_the_round(lexicon) -> None:
    events = _events("The second round of talks between Russia and Ukraine was held in Istanbul on May 2. Vladimir Medinsky, "
                     "the presidential aide heading the Russian delegation, said that the talks were useful.", lexicon)
    assert ("talk_round", ["Russia", "Ukraine", "Vladimir Medinsky"]) in events


def test_the_heads_of_the_delegations_both_join_the_round(lexicon) -> None:
    events = _events("The third round of talks between Chile and Peru took place on May 3 in Quito. Before the full meeting, "
                     "heads of the delegations, Chilean Deputy Foreign Minister Ana Cruz and Peruvian Deputy Foreign "
                     "Minister Luis Soto, spoke in private.", lexicon)
    assert ("talk_round", ["Ana Cruz", "Chile", "Luis Soto", "Peru"]) in events


def test_a_delegation_headed_by_still_joins(lexicon) -> None:
    """The guard: the older form keeps working."""
    events = _events("The second round of talks between Chile and Peru was held in Quito on May 2. The Chilean delegation was "
                     "headed by Ana Cruz.", lexicon)
    assert ("talk_round", ["Ana Cruz", "Chile", "Peru"]) in events
