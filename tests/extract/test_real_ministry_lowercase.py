"""A ministry named in small letters after its state (round 163): "the Peruvian ministry of foreign affairs said" and
"Peru's ministry of foreign affairs said" gave Peru alone; "the Peruvian foreign ministry" was already the ministry.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_adjective_ministry_of_foreign_affairs(lexicon) -> None:
    body = "Peru is involved in the talks, the Peruvian ministry of foreign affairs said in a tweet on Wednesday."
    assert [actors for _, _, actors in typed_events(body, lexicon)] == [["Ministry of Foreign Affairs of Peru", "Peru"]]


def test_the_possessive_ministry_of_foreign_affairs(lexicon) -> None:
    body = "Peru is involved in the talks, Peru's ministry of foreign affairs said in a tweet on Wednesday."
    assert [actors for _, _, actors in typed_events(body, lexicon)] == [["Ministry of Foreign Affairs of Peru", "Peru"]]


def test_a_ministry_of_no_state_is_none(lexicon) -> None:
    """A guard: "a ministry of foreign affairs" names no state."""
    body = "Peru is involved in the talks, a spokesman of a ministry of foreign affairs said in a tweet on Wednesday."
    assert all("Ministry of Foreign Affairs of Peru" not in actors for _, _, actors in typed_events(body, lexicon))
