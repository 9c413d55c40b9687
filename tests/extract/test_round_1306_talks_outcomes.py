"""Round 1306: a sentence that opens on the gathering its parties agreed at ("At talks in X last month, A and B agreed
to …", "During the third X-Y ministers' meeting in June 2022, all parties agreed to …", "As a result of negotiations
from 3 to 8 October, …") tells that gathering and, when what was agreed commits the parties beyond it (an exchange, a
body to set up, a border section), an accord of its own of the same days (`agreed_gatherings.outcome_of_talks`; the
guideline's twenty-ninth stop, decision 2). What they agreed about the talks themselves stays the gathering alone.
Sentences of our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types


@pytest.mark.parametrize("sentence", [
    "At talks in Quito last month, Chile and Peru agreed to swap 40 detained fishermen.",
    "During the second Andean-Pacific Fisheries Ministers' Meeting in March 2023, all parties agreed to set up a "
    "joint patrol office in Tacna.",
    "As a result of negotiations from 3 to 7 April 2023, the survey teams of Chile and Peru agreed on 12.5 km of the "
    "Chile-Peru land border.",
])
def test_the_gathering_and_its_accord(sentence: str, lexicon) -> None:
    assert sorted(rule_types(sentence, lexicon)) in (["agreement", "meeting"], ["agreement", "talk_round"])


@pytest.mark.parametrize("sentence", [
    "At talks in Quito last month, Chile and Peru agreed to continue the dialogue in June.",  # the talks' own course
    "At talks in Quito last month, Chile and Peru agreed to strengthen cooperation on fishing.",  # a general intention
])
def test_the_gathering_alone(sentence: str, lexicon) -> None:
    assert rule_types(sentence, lexicon) in (["meeting"], ["talk_round"])
