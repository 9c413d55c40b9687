"""Round 852: a capitalised phrase that ends in a common noun of titles, documents, gatherings or institutions
("External Trade", "Implementing Panel", "Border Troops", "Joint Statement", "Committee Meeting") names no person: no
one's surname is such a noun. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, chunk", [
    ("The Minister of Foreign Affairs and External Trade of Bhutan led the delegation to the talks in Beijing on Tuesday.",
     "External Trade"),
    ("The chair of the Peace Implementing Panel met the MILF negotiators in Davao on Friday.", "Implementing Panel"),
    ("The commander of the Border Troops met Tajik officials at the checkpoint on Saturday.", "Border Troops"),
    ("The Deputy Minister of Industry and Trade of Vietnam met Chinese officials in Hanoi on Monday.", "Industry and Trade"),
    ("The head of the Joint Staff met the Turkish delegation in Ankara on Wednesday.", "Joint Staff"),
])
def test_a_phrase_ending_in_a_common_noun_is_no_actor(body: str, chunk: str, lexicon) -> None:
    assert not any(chunk in actor or actor in chunk.split() for actor in _actors(body, lexicon))


def test_guard_a_named_person_after_the_title_stays(lexicon) -> None:
    """The guard: the person the title hands over is still read, with the state."""
    body = "Minister of Foreign Affairs and External Trade Tandi Dorji met Chinese officials in Beijing on Tuesday."
    assert "Tandi Dorji" in _actors(body, lexicon)
