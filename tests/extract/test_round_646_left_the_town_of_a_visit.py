"""Round 646: a visit to a country told with the town its visitor left ("left Baku on Wednesday after a two-day visit to
Azerbaijan", "departed Pyongyang following his visit to North Korea") was in that town. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _visit_venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "visit"]


def test_left_the_town_after_a_visit_to_its_country(lexicon) -> None:
    assert _visit_venues("The Kenyan president left Baku on Wednesday after a two-day visit to Azerbaijan.", lexicon) \
        == ["Baku"]


def test_departed_the_town_following_a_trip(lexicon) -> None:
    assert _visit_venues("The Chinese delegation departed Kabul on Monday at the end of a three-day trip to "
                         "Afghanistan.", lexicon) == ["Kabul"]


def test_guard_a_town_of_another_country_left(lexicon) -> None:
    assert _visit_venues("The Kenyan president paid a visit to Azerbaijan on Wednesday, and left Nairobi for Baku.",
                         lexicon) == ["Azerbaijan"]
