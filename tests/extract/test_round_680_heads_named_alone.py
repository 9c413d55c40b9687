"""Round 680: heads of delegation named as the subject of "led the X delegation" with no title the lists know, as the
person by whom "the X side was represented", and delegations named by a dotted abbreviation ("the U.S. delegation was
led by"); sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events

_ROUND = "The second round of talks between Chile and Peru was held in Quito on May 2. "


def test_a_head_with_no_known_title_leading_the_delegation_joins(lexicon) -> None:
    events = _events(_ROUND + "Ana Cruz, joint secretary (Americas) at the ministry, led the Chilean delegation.", lexicon, learned=False)
    assert ("talk_round", ["Ana Cruz", "Chile", "Peru"]) in events


def test_a_bare_name_heading_the_delegation_joins(lexicon) -> None:
    events = _events(_ROUND + "Luis Soto headed the Peruvian team, while Ana Cruz leads the Chilean delegation.", lexicon, learned=False)
    assert ("talk_round", ["Ana Cruz", "Chile", "Luis Soto", "Peru"]) in events


def test_the_side_represented_by_a_person_joins(lexicon) -> None:
    events = _events(_ROUND + "The Peruvian side was represented by Luis Soto, director of the ministry's Americas "
                              "department.", lexicon)
    assert ("talk_round", ["Chile", "Luis Soto", "Peru"]) in events


def test_a_delegation_named_by_a_dotted_abbreviation(lexicon) -> None:
    events = _events("Officials of Russia and the United States held a second round of talks in Istanbul on May 2. The U.S. "
                     "delegation was led by Deputy Assistant Secretary of State Mary Holt, while the Russian delegation was "
                     "headed by Ivan Petrov, a department head at the ministry.", lexicon, learned=False)
    assert ("talk_round", ["Ivan Petrov", "Mary Holt", "Russia", "United States"]) in events


def test_a_state_or_the_article_leading_is_no_head(lexicon) -> None:
    """The guard: a state, a pronoun or a body "leading the delegation" of a sentence adds no person."""
    events = _events(_ROUND + "The Foreign Ministry led the Chilean delegation, and Chile will host the next round.", lexicon)
    assert ("talk_round", ["Chile", "Peru"]) in events
    events = _events(_ROUND + "Earlier This Year, she led the Chilean delegation.", lexicon)
    assert all("Earlier This Year" not in actors for _, actors in events)


def test_each_clause_of_while_keeps_its_own_head(lexicon) -> None:
    events = _events(_ROUND + "Ana Cruz, joint secretary for the Americas, led the Chilean team, whereas the Peruvian "
                              "delegation was represented by Director General Luis Soto.", lexicon, learned=False)
    assert ("talk_round", ["Ana Cruz", "Chile", "Luis Soto", "Peru"]) in events
