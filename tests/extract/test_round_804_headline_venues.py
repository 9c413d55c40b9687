"""Round 804: the place a short headline gives the story's gathering ("Fishing talks resume in Oslo") places the body's
first gathering when the body tells it with no place. Texts of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_text


def _venues(text: str, lexicon) -> list[str | None]:
    extraction = extract_text("published: 2023-04-11\n\n" + text, lexicon)
    return [c.venue[0] if c.venue else None for c in extraction.events
            if c.event_type in ("talk_round", "meeting", "summit")]


@pytest.mark.parametrize("text, venue", [
    ("Fishing talks resume in Oslo\n\nThe delegations of Norway and Russia resumed talks on fishing quotas on Monday.",
     "Oslo"),
    ("Leaders to meet in Hanoi next week\n\nThe leaders of the two countries will hold a summit next Tuesday, "
     "officials said.", "Hanoi"),
    ("Border commission convenes in Tbilisi\n\nThe joint border commission of the two states held its fifth meeting "
     "on Monday.", "Tbilisi"),
    ("Ministers meet in Cairo over water dispute\n\nThe foreign ministers of the three countries met on Sunday to "
     "discuss the dam.", "Cairo"),
])
def test_the_headline_place(text: str, venue: str, lexicon) -> None:
    assert _venues(text, lexicon)[:1] == [venue]


def test_guard_a_place_the_body_gives(lexicon) -> None:
    """The guard: the body's own place stays, and a place that is the talks' topic is none."""
    text = "Talks on the war in Sudan open\n\nThe delegations of the army and the RSF began talks in Jeddah on Monday."
    assert _venues(text, lexicon) == ["Jeddah"]
    text = "Talks on the war in Sudan open\n\nThe delegations of the army and the RSF began talks on Monday."
    assert _venues(text, lexicon) == [None]
