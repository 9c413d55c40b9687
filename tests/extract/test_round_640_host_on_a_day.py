"""Round 640: a host named before its verb with the day between them ("Egypt on Thursday hosted talks", "Qatar yesterday
hosted the signing", "Saudi Arabia last week hosted") is still the place of the gathering. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


def test_a_host_with_the_day_before_its_verb(lexicon) -> None:
    assert _venues("Egypt on Thursday hosted a round of talks between the two factions.", lexicon) == ["Egypt"]


def test_a_host_with_yesterday_and_a_two_word_name(lexicon) -> None:
    assert _venues("Saudi Arabia last week hosted talks between the army and the paramilitary group.", lexicon) \
        == ["Saudi Arabia"]


def test_a_town_host_with_the_day(lexicon) -> None:
    assert _venues("Cairo on Sunday hosted a meeting of the rival factions.", lexicon) == ["Cairo"]


def test_guard_a_person_hosting_is_no_place(lexicon) -> None:
    assert _venues("Foreign Minister Mevlut Cavusoglu on Monday hosted his Iranian counterpart for talks.", lexicon) == [None]
