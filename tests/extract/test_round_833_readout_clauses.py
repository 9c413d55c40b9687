"""Round 833: a readout told inside someone's words belongs to the gathering it reads out (docs/extraction.md, "Types":
what a readout says a participant stressed during a meeting belongs to that meeting): "The spokesman said that during
the meeting, X expressed …", "The talks also discussed …". Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

_OPENING = ("The foreign ministers of Peru and Chile met in Lima on Thursday to discuss the border. ")


def _types(body: str, lexicon) -> list[str]:
    return [c.event_type for c in extract_own(_OPENING + body, lexicon).events]


@pytest.mark.parametrize("body", [
    "A Peruvian spokesman said that during the meeting, the Chilean minister expressed his hope for a quick settlement.",
    "Peru’s foreign ministry also said that during the talks the two ministers stressed the need for calm on the border.",
    "The meeting also discussed the reopening of two crossings, and the Peruvian side expressed concern over delays.",
    "The talks also examined a plan for joint patrols, according to the Chilean foreign ministry.",
])
def test_a_readout_inside_words_belongs_to_the_meeting(body: str, lexicon) -> None:
    assert _types(body, lexicon) == ["meeting"]


def test_guard_words_of_their_own_after_the_meeting_stay(lexicon) -> None:
    """The guard: words a participant gave the press after the meeting are a statement of their own."""
    body = "After the meeting, the Chilean minister told reporters that the border would stay open."
    assert _types(body, lexicon) == ["meeting", "statement"]
