"""Round 643: a host told in a participle that opens the sentence ("Hosted by Qatar, the talks began …") is the place,
as "talks hosted by Qatar" already was. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


def test_a_fronted_host(lexicon) -> None:
    assert _venues("Hosted by Qatar, the talks between the two sides began on Tuesday.", lexicon) == ["Qatar"]


def test_a_fronted_organiser(lexicon) -> None:
    assert _venues("Organised by Switzerland, the conference on the war opened on Saturday.", lexicon) == ["Switzerland"]


def test_guard_a_fronted_host_who_is_a_person(lexicon) -> None:
    assert _venues("Hosted by President Erdogan, the two sides met on Tuesday.", lexicon) == [None]
