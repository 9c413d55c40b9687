"""Round 457 (docs/extraction.md, open questions of articles 400-438, 10): a meeting of two states "held at the border
between the two countries" had no venue; its venue is the two states' border, named in alphabetical order. Sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, headline="Border talks").events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_a_meeting_at_the_border_of_its_two_states(lexicon) -> None:
    body = ("Thailand and Cambodia held a meeting of their border committee on Tuesday at the border between the two "
            "countries, officials said.")
    assert _venues(body, lexicon) == ["Cambodia-Thailand border"]


def test_guard_a_border_post_or_a_town_keeps_its_place(lexicon) -> None:
    """A guard: a meeting in a town near the border keeps the town."""
    body = "Thailand and Cambodia held a meeting of their border committee in Bangkok on Tuesday, officials said."
    assert _venues(body, lexicon) == ["Bangkok"]
