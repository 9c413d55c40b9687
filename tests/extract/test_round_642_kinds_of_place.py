"""Round 642: a place named after its kind ("the rebel stronghold of", "the Greek island of", "the Gulf emirate of", "the
semi-autonomous region of") is the venue, also a town no table knows ("the northern Malian town of Kidal"); "on the
island of" is a place as "in" is. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue for c in extract_own(body, lexicon).events]


def test_a_stronghold_of_a_known_town(lexicon) -> None:
    assert _venues("The envoy met the rebel commanders on Tuesday in the rebel stronghold of Idlib.", lexicon) \
        == [("Idlib", "SYR")]


def test_an_emirate_and_a_region(lexicon) -> None:
    assert _venues("The two leaders held talks on Monday in the Gulf emirate of Dubai.", lexicon)[0][0] == "Dubai"
    assert _venues("Negotiators met on Wednesday in the semi-autonomous region of Zanzibar.", lexicon)[0][0] == "Zanzibar"


def test_an_unknown_island_with_on_and_its_state(lexicon) -> None:
    assert _venues("The foreign ministers met on Thursday on the Greek island of Rhodes.", lexicon) == [("Rhodes", "GRC")]


def test_an_unknown_town_named_as_a_town(lexicon) -> None:
    assert _venues("The UN envoy met rebel leaders on Friday in the northern Malian town of Kidal.", lexicon)[0][0] == "Kidal"


def test_guard_the_island_as_a_topic(lexicon) -> None:
    assert _venues("The ministers met on Tuesday to discuss the situation on the island of Cyprus.", lexicon) == [None]
