"""Round 1146: an agreement whose own sentence names the gathering it was made at, with the gathering's place, takes
that place (the guideline's decision 3): "the roadmap agreed at the Leaders' Summit held in Bali", "During a meeting in
Oslo on May 2, the ministers signed …", "a session held in Vienna on Monday, during which the parties reached an
accord".

Guards: a news conference is no gathering; a place that is not the gathering's ("agreed to meet again in Oslo"); an
unplaced gathering ("endorsed by the Leaders' Meeting on April 24"). (A joint statement adopted at a round the same
sentence places by its verb, "ended in Astana … with the adoption of a joint statement", was a guard here until the
synthetic corpus took decision 3 at the twenty-fourth stop: round 1160 places it.) Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.accord_venues import _own_sentence_place
from tracker.extract.mentions import Roster


@pytest.mark.parametrize("sentence, place", [
    ("Both governments remain committed to the roadmap agreed at the Leaders' Summit held in Bali in May 2022.", "Bali"),
    ("The charter was signed during their fourth trilateral meeting in Ankara on Tuesday.", "Ankara"),
    ("During a meeting in Oslo on May 2, the foreign ministers of Serbia and Kosovo signed a declaration.", "Oslo"),
    ("The round follows a session held in Vienna on Monday, during which the parties reached an accord on prisoners.",
     "Vienna"),
])
def test_the_gathering_s_place_in_the_accord_s_sentence(sentence: str, place: str, lexicon) -> None:
    venue = _own_sentence_place(sentence, Roster(lexicon))
    assert venue is not None and venue[0] == place


@pytest.mark.parametrize("sentence", [
    "The two sides agreed at a news conference in Kyiv to exchange prisoners.",
    "Serbia and Kosovo agreed to meet again in Oslo next month.",
    "The plan was endorsed by the Leaders' Meeting on April 24, 2021.",
])
def test_no_gathering_placed_for_the_accord(sentence: str, lexicon) -> None:
    assert _own_sentence_place(sentence, Roster(lexicon)) is None


def test_through_the_rule_stage(lexicon) -> None:
    body = ("During a meeting in Oslo on Tuesday, the foreign ministers of Serbia and Kosovo signed a declaration "
            "on missing persons.")
    accords = [c for c in extract_own(body, lexicon, learned=False).events if c.event_type == "agreement"]
    assert accords and all(c.venue and c.venue[0] == "Oslo" for c in accords)
