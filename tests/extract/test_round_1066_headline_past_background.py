"""Round 1066: a headline's place ("Sudan, South Sudan ministers meet in Oslo") goes to the story's gathering even when
an older gathering in that town opens the page (a file photo's caption, an earlier round weeks before): a held
gathering more than a week older than the story's latest held one is background, not the headline's event.

Guards: a gathering of the same week already in that town is the headline's, so no other takes the place; a planned
gathering is never background. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

HEADLINE = "Sudan, South Sudan ministers meet in Oslo as border deadline nears"


def _venues(body: str, lexicon, headline: str = HEADLINE) -> list[tuple]:
    return [(c.first.isoformat() if c.first else None, c.venue[0] if c.venue else None)
            for c in extract_own(body, lexicon, headline=headline).events
            if c.event_type in ("meeting", "talk_round", "summit")]


@pytest.mark.parametrize("body", [
    "Norway's foreign minister met with Sudan's foreign minister in Oslo on March 20. "
    "The foreign ministers of Sudan and South Sudan met on Tuesday in a bid to settle the border dispute.",
    "Sudanese and South Sudanese officials held talks in Oslo on April 3 on the oil fees. "
    "The foreign ministers of Sudan and South Sudan met on Tuesday in a bid to settle the border dispute.",
])
def test_the_story_gathering_takes_the_headline_place(body: str, lexicon) -> None:
    assert ("2023-05-09", "Oslo") in _venues(body, lexicon)


def test_a_gathering_of_the_same_week_keeps_the_place_its_own(lexicon) -> None:
    body = ("The foreign ministers of Sudan and South Sudan met in Oslo on Monday. "
            "Their deputies met on Wednesday in a bid to settle the border dispute.")
    assert ("2023-05-10", "Oslo") not in _venues(body, lexicon)


def test_a_planned_gathering_is_never_background(lexicon) -> None:
    body = ("The foreign ministers of Sudan and South Sudan met on Tuesday in a bid to settle the border dispute. "
            "They will hold a new round of talks in Oslo on June 20.")
    assert ("2023-05-09", "Oslo") not in _venues(body, lexicon)
