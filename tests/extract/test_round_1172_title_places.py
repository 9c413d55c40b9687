"""Round 1172: a place inside a person's title, with its holder ("Sudan's ambassador in Oslo", "the head of the UN
press office at Vienna", "take up his post in Madrid"), says where that person is posted, not where the event happened,
so it gives the event no venue.

Guards: a title with no holder ("met with the UN envoy in Geneva": where they met), a title before another verb's "in"
("The envoy met the foreign minister in Oslo"), a post holder who meets in a town ("the ambassador met in Oslo"), and
premises ("at the Sudanese embassy in Oslo") keep their places. Sentences of
our own, read through the rule's own function and at the rule stage (`learned=False`); published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.title_places import posted_at


def _places(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, learned=False).events
            if c.event_type not in ("statement", "announcement")]


@pytest.mark.parametrize("text, word, posted", [
    ("Sudan's ambassador in Oslo, Ali Osman, spoke.", "in Oslo", True),
    ("Sudan's chargé d'affaires at Vienna said", "at Vienna", True),
    ("the new Colombian Ambassador in Madrid said", "in Madrid", True),
    ("the head of the UN press office at Vienna, Maria Lopez, said", "at Vienna", True),
    ("before he takes up his post in Madrid", "in Madrid", True),
    ("The envoy met the minister in Oslo.", "in Oslo", False),
    ("The ambassadors met in Oslo.", "in Oslo", False),
    ("a meeting at the embassy in Oslo", "in Oslo", False),
    ("They met with the UN envoy in Oslo.", "in Oslo", False),
])
def test_the_rule_s_own_function(text: str, word: str, posted: bool, lexicon: Lexicon) -> None:
    def adjective(word: str) -> bool:
        return any(x.role == "adjective" for x in lexicon.scan(word))
    assert posted_at(text, text.index(word), adjective) is posted


@pytest.mark.parametrize("body", [
    "Norway's foreign minister and Sudan's ambassador in Oslo, Ali Osman, held a meeting on Tuesday to discuss the talks.",
    "The third round of the peace talks will open on May 20, the head of the UN press office at Vienna, Maria Lopez, "
    "said on Tuesday.",
    "On Tuesday the president appointed Pedro Ruiz as the new ambassador, without saying when he would take up his post "
    "in Madrid.",
])
def test_a_post_s_place_is_no_venue(body: str, lexicon) -> None:
    assert _places(body, lexicon) == [None]


@pytest.mark.parametrize("body, place", [
    ("The envoy met the foreign minister in Oslo on Tuesday to discuss the talks.", "Oslo"),
    ("Norway's foreign minister and Sudan's ambassador met in Oslo on Tuesday to discuss the talks.", "Oslo"),
    ("The delegations held a meeting at the Sudanese embassy in Oslo on Tuesday.", "Sudanese embassy in Oslo"),
    ("The rebel delegation met on Monday with the UN envoy in Oslo to discuss the talks.", "Oslo"),
])
def test_guards_places_that_stay(body: str, place: str, lexicon) -> None:
    assert _places(body, lexicon) == [place]
