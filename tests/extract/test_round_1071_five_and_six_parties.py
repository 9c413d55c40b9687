"""Round 1071: "the five countries", "the six nations" stand for the parties of the event told before that names that
many, as "the two sides" and "the three countries" did (formats of five or six: the Caspian states, the six-party talks,
the Cyprus 5+UN meetings); a count the article never fills stays unresolved (docs/extraction.md, round 1071).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors

CASPIAN = ["Azerbaijan", "Iran", "Kazakhstan", "Russia", "Turkmenistan"]
SIX = ["China", "Japan", "North Korea", "Russia", "South Korea", "United States"]


@pytest.mark.parametrize("body, actors", [
    ("Kazakhstan, Russia, Iran, Azerbaijan and Turkmenistan signed a convention on the sea in Aktau on Sunday. "
     "The five countries will meet again in Tehran next year, officials said.", CASPIAN),
    ("China, Russia, Japan, the United States and the two Koreas held talks in Beijing on Monday. "
     "The six nations will reconvene in March.", SIX),
])
def test_a_group_of_five_or_six_takes_the_parties_before(body: str, actors: list[str], lexicon) -> None:
    assert typed_actors(body, lexicon, learned=False)[1][1] == actors


def test_two_countries_as_before(lexicon) -> None:  # guard
    body = "Chile and Peru held talks in Quito on Tuesday. The two countries will meet again in Lima in June."
    assert typed_actors(body, lexicon)[1] == ("meeting", ["Chile", "Peru"])


def test_a_count_the_article_never_fills_takes_nobody(lexicon) -> None:  # guard
    body = "Chile and Peru held talks in Quito on Tuesday. The five countries of the region will meet in Lima in June."
    assert typed_actors(body, lexicon)[1] == ("meeting", [])
