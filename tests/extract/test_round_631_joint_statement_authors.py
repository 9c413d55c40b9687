"""The authors of a joint statement named with it speak (round 631): "read out the joint Chilean, Peruvian and Bolivian
statement" gave the announcement its reader's state alone. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


@pytest.mark.parametrize("body, authors", [
    ("Peru's deputy foreign minister read out the joint Chilean, Peruvian and Bolivian statement after the talks in Lima "
     "on Wednesday, saying the next round will be held in La Paz in June.", {"Bolivia", "Chile", "Peru"}),
    ("In a joint U.S.-Saudi statement issued on Thursday, the mediators said the talks would resume in Jeddah next week.",
     {"Saudi Arabia", "United States"}),
    ("Peru's deputy foreign minister read out a joint declaration of Chile, Peru and Bolivia on Wednesday, saying the "
     "next round will be held in La Paz in June.", {"Bolivia", "Chile", "Peru"}),
    ("The spokesman of the Bolivian foreign ministry announced on Wednesday, in a joint Bolivian-Chilean press release, "
     "that the talks would resume in La Paz in June.", {"Bolivia", "Chile"}),
])
def test_the_authors_of_a_joint_statement_speak(lexicon, body: str, authors: set[str]) -> None:
    speech = [names for t, names in typed_actors(body, lexicon, learned=False) if t in ("announcement", "statement", "proposal")]
    assert speech and authors <= set(speech[0])


def test_a_joint_statement_with_one_party_names_no_authors(lexicon) -> None:
    """A guard: "a joint statement with Peru" makes Peru a party to the text, not a speaker of the minister's words."""
    body = "Chile's foreign minister said in a joint statement with Peru on Monday that the talks would resume in Lima in July."
    speech = [names for t, names in typed_actors(body, lexicon) if t in ("announcement", "statement", "proposal")]
    assert speech == [["Chile"]]
