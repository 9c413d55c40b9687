"""Round 915: a state named by its formal name ("the Kingdom of Morocco", "the Republic of Kenya", "the Sultanate of
Oman", "the State of Qatar") is a venue as its short name is. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import venues_of


@pytest.mark.parametrize("body, place", [
    ("The UN envoy for Libya visited the Kingdom of Morocco on Tuesday and met the foreign minister.", "Morocco"),
    ("The Chinese foreign minister paid an official visit to the Republic of Kenya on Tuesday.", "Kenya"),
    ("Iranian and Saudi negotiators held a fifth round of talks in the Sultanate of Oman on Wednesday.", "Oman"),
    ("The Afghan delegations will meet in the State of Qatar next Tuesday to resume the negotiations.", "Qatar"),
    ("The special envoy visited the Hashemite Kingdom of Jordan on Monday for talks with King Abdullah.",
     "Jordan"),
])
def test_a_formal_state_name_is_the_venue(body: str, place: str, lexicon) -> None:
    assert place in venues_of(body, lexicon)


def test_guard_the_longer_formal_name_keeps_its_own_state(lexicon) -> None:
    body = "The Angolan president visited the Democratic Republic of the Congo on Tuesday and met Felix Tshisekedi."
    assert "Republic of the Congo" not in venues_of(body, lexicon)


def test_guard_a_formal_name_that_is_the_topic_is_no_venue(lexicon) -> None:
    body = "The foreign ministers discussed the situation in the Republic of Yemen during a phone call on Tuesday."
    assert [v for v in venues_of(body, lexicon) if v] == []
