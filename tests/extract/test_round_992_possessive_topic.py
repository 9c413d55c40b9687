"""Round 992: a state's possessive before its own affair ("in Libya's civil war", "in Sudan's political transition")
names a topic, not where the event happened; a town's possessive before a building ("in Lima's presidential palace")
is still a place. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


@pytest.mark.parametrize("body, topic", [
    ("Envoys who have a stake in Sudan's political transition met on Tuesday to discuss aid.", "Sudan"),
    ("The powers that meddle in Yemen's peace process signed a pledge on Monday to stop arming the factions.", "Yemen"),
    ("Donors involved in Somalia's fragile security agreed on Thursday to fund the army.", "Somalia"),
    ("Countries with interests in Libya‘s long-running civil war agreed on Sunday to respect the arms embargo.", "Libya"),
])
def test_the_states_own_affair_is_no_venue(body: str, topic: str, lexicon) -> None:
    assert topic not in _venues(body, lexicon)


@pytest.mark.parametrize("body, venue", [
    ("The ministers met on Tuesday in Lima's presidential palace.", "Lima"),
    ("Countries with interests in Libya's civil war agreed in Berlin on Sunday to respect the arms embargo.", "Berlin"),
])
def test_a_place_is_still_read(body: str, venue: str, lexicon) -> None:
    assert venue in _venues(body, lexicon)
