"""Round 951: one person or a team acting for a body, told with "of" ("a delegation of the X met", "officers of X and Y
held talks", "the chairperson of the X received"), makes the body a party of the meeting, as "the ministers of X and Y
met" did already (docs/extraction.md, round 951). The speaker of "the head of the X mission said" stays the person.

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _gathering_actors(body: str, lexicon) -> list[str]:
    return next(names for kind, names in typed_actors(body, lexicon) if kind in ("meeting", "talk_round", "summit"))


@pytest.mark.parametrize("body, party", [
    ("A delegation of the Taliban met Pakistani officials in Istanbul on Thursday.", "Taliban"),
    ("Officers of the Houthis and the government held a second round of military talks in Amman on Wednesday.",
     "Houthis"),
    ("The chairperson of the African Union Commission held talks with both delegations in Addis Ababa on Wednesday.",
     "African Union Commission"),
    ("Commanders of the SAF and the RSF met in Jeddah on Monday under Saudi mediation.", "Rapid Support Forces"),
    ("A team of the Intergovernmental Authority on Development held talks with both parties in Juba on Tuesday.",
     "Intergovernmental Authority on Development"),
])
def test_a_body_behind_its_agent_takes_part(body: str, party: str, lexicon) -> None:
    assert party in _gathering_actors(body, lexicon)


def test_the_topic_of_a_meeting_takes_no_part(lexicon) -> None:  # guard
    actors = _gathering_actors("The two ministers met in Amman on Monday and discussed the fate of the Houthis.", lexicon)
    assert "Houthis" not in actors
