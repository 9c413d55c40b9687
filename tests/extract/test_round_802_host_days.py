"""Round 802: a host told with its day as wires write it between the host and "hosted" ("Qatar on Monday, April 10,
hosted", "Norway on 6 April hosted", "Oman last Thursday hosted") is the venue, as "Qatar on Monday hosted" was.
Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import venues_of


def _venues(body: str, lexicon) -> list[str | None]:
    return venues_of(body, lexicon, published="2023-04-11")


@pytest.mark.parametrize("body, venue", [
    ("Qatar on Monday, April 10, hosted a new round of talks between the two sides.", "Qatar"),
    ("Egypt yesterday, April 10, 2023, hosted a signing ceremony for the agreement between the two factions.", "Egypt"),
    ("Norway on 6 April hosted a meeting of the two delegations.", "Norway"),
    ("Oman last Thursday hosted indirect talks between the two sides.", "Oman"),
    ("Kenya on Sunday 9 April hosted the leaders of the two states for talks.", "Kenya"),
])
def test_the_host_behind_its_day(body: str, venue: str, lexicon) -> None:
    assert _venues(body, lexicon) == [venue]


def test_guard_the_town_of_the_hosted_talks(lexicon) -> None:
    """The guard: a town the sentence gives the talks stays their venue."""
    assert _venues("Oman on Saturday, April 8, hosted the fourth round of indirect talks in Muscat.", lexicon) == ["Muscat"]
