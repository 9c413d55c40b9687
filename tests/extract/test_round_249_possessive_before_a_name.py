"""Round 249 (docs/extraction.md, "Dateline city and venue"): a place's possessive before capitalised words gave no
venue ("met at Lima's Foreign Ministry", "met in Russia's Sochi"): the town named after its state is now the venue, and
a town's possessive before a name that is no place gives the town. A named building keeps its name (round 184).
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_town_named_after_its_state(lexicon) -> None:
    body = "Chilean and Peruvian foreign ministers met in Russia's Sochi on Tuesday."
    assert _venues(body, lexicon) == [("meeting", "Sochi")]


def test_a_towns_ministry(lexicon) -> None:
    body = "Chilean and Peruvian negotiators met on Tuesday at Lima's Foreign Ministry."
    assert _venues(body, lexicon) == [("meeting", "Lima")]


def test_a_named_building_keeps_its_name(lexicon) -> None:
    """A guard: "at Lima's Torre Tagle Palace" is the palace (round 184)."""
    body = "Chilean and Peruvian foreign ministers met at Lima's Torre Tagle Palace on Tuesday."
    assert _venues(body, lexicon) == [("meeting", "Torre Tagle Palace")]
