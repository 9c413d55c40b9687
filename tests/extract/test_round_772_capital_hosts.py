"""Round 772: a capital named by its state as the subject of "host" ("The Omani capital will host the next round",
"Peru's capital hosted the talks") is the venue, as "in the Omani capital" is. Sentences of our own (published Tuesday
2023-04-11)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[str | None]:
    extraction = extract_own(body, lexicon, published="2023-04-11")
    return [c.venue[0] if c.venue else None for c in extraction.events if c.event_type in ("talk_round", "meeting")]


@pytest.mark.parametrize("body, town", [
    ("The Kazakh capital is hosting the 20th round of the talks on Syria.", "Astana"),
    ("The Omani capital will host the next round of indirect talks on Saturday.", "Muscat"),
    ("Peru's capital hosted the fourth round of talks between the two sides on Monday.", "Lima"),
    ("The capital of Kenya is set to host the seventh round of talks next week.", "Nairobi"),
])
def test_the_capital_as_host(body: str, town: str, lexicon) -> None:
    assert _venues(body, lexicon) == [town]


def test_guard_the_town_named_as_host(lexicon) -> None:
    """The guard: a host named by its own name reads as it did."""
    assert _venues("Muscat, the Omani capital, will host the next round of indirect talks on Saturday.", lexicon) == ["Muscat"]
