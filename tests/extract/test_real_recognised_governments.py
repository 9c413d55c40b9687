"""A government named with a qualifier is its state (round 108): "Yemen's UN-recognized government", "Libya's
internationally recognized government", "Sudan's military-led government" are Yemen, Libya and Sudan, as the guideline
has it for an unnamed government. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_a_recognised_government(lexicon) -> None:
    assert _actors("Talks between Yemen's UN-recognized government and the Houthis continued in Riyadh on Tuesday.", lexicon) \
        == [["Houthis", "Yemen"]]


def test_a_military_led_government_speaks(lexicon) -> None:
    assert _actors("Sudan's military-led government said on Monday it would not attend the talks.", lexicon) == [["Sudan"]]
