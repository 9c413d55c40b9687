"""Round 952: "the Afghan Taliban" is one name of the Taliban (as against Tehreek-i-Taliban Pakistan), so the whole
phrase is the Taliban's mention (docs/extraction.md, round 952).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract.mentions import Roster, find_actors


@pytest.mark.parametrize("body", [
    "Pakistani officials held a second round of talks with the Afghan Taliban in Istanbul on Thursday.",
    "The Afghan Taliban and Pakistan met in Doha on Saturday under Qatari mediation.",
    "Negotiators of the Afghan Taliban will meet a Pakistani delegation in Istanbul next week, a mediator said.",
    "A third round between Islamabad and the Afghan Taliban ended in Istanbul on Friday without an agreement.",
])
def test_the_afghan_taliban_are_one_mention_of_the_taliban(body: str, lexicon) -> None:
    spans = [body[m.start:m.end] for m in find_actors(body, Roster(lexicon)) if m.key == "new:taliban"]
    assert spans == ["Afghan Taliban"]
    actors = {name for _, names in typed_actors(body, lexicon) for name in names}
    assert "Afghanistan" not in actors


def test_the_afghan_government_stays_afghanistan(lexicon) -> None:  # guard
    actors = {name for _, names in typed_actors("The Afghan government and the Taliban met in Doha on Saturday.", lexicon)
              for name in names}
    assert {"Afghanistan", "Taliban"} <= actors
