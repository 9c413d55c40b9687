"""Venues that are no venue, and hosts (round 46): a town after "the ceasefire in", "the fighting in" is the topic; "in
Doha or Cairo" and "might be Astana" name no venue yet; "hosted by <a state>" gives the host country when nothing finer
is said, and "<state> hosted by" is no host; sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _venues(text: str, lexicon: Lexicon) -> list[str | None]:
    extraction = extract_own(text, lexicon)
    return [c.venue[0] if c.venue else None for c in extraction.events if c.event_type in ("meeting", "talk_round", "summit")]


@pytest.mark.parametrize("sentence", [
    "The foreign ministers of Chile and Peru met on Tuesday to discuss the ceasefire in Arica.",
    "The foreign ministers of Chile and Peru met on Tuesday to discuss the fighting in Arica.",
    "The foreign ministers of Chile and Peru will meet on June 20 in Quito or Lima.",
])
def test_a_topic_town_or_an_open_choice_is_no_venue(sentence: str, lexicon) -> None:
    assert _venues(sentence, lexicon) == [None]


def test_talks_hosted_by_a_state_are_held_there(lexicon) -> None:
    assert _venues("Talks between Chile and Peru hosted by Ecuador took place on Tuesday.", lexicon) == ["Ecuador"]


def test_the_town_the_text_names_beats_the_host_state(lexicon) -> None:
    """A guard: the host country only when the text names no town."""
    assert _venues("Talks between Chile and Peru hosted by Ecuador took place in Quito on Tuesday.", lexicon) == ["Quito"]


def test_a_state_that_hosted_talks_is_the_venue(lexicon) -> None:
    """A guard: the active "Peru hosted talks" still gives Peru."""
    assert _venues("Peru hosted talks with Chile on Tuesday.", lexicon) == ["Peru"]
