"""Round 991: a sentence that opens on a gathering and its place ("During a summit in X on <day>, …") places the held
gathering its sentence reports.

The fronted adjunct names the gathering and where it was; the main clause tells what was done there. A planned
gathering of the main clause is not placed by it, nor is anything by a news conference. Sentences of our own;
published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venue", [
    ("During a trilateral summit in Brussels on April 6, the leaders of Armenia and Azerbaijan agreed to start work on "
     "a peace treaty.", "Brussels"),
    ("During talks in Geneva last week, Armenia and Azerbaijan agreed to open the border.", "Geneva"),
    ("At their meeting in Tashkent on Tuesday, the foreign ministers of Kyrgyzstan and Tajikistan signed a border "
     "protocol.", "Tashkent"),
    ("During the summit in Cairo on Sunday, the presidents of Egypt and Sudan endorsed a plan on the Nile waters.",
     "Cairo"),
])
def test_the_fronted_gathering_is_placed(body: str, venue: str, lexicon) -> None:
    assert gathering_venues(body, lexicon) and all(v == venue for v in gathering_venues(body, lexicon))


def test_a_news_conference_places_no_meeting(lexicon) -> None:
    body = "At a news conference in Kyiv on Monday, the president said he would meet his Russian counterpart."
    assert "Kyiv" not in gathering_venues(body, lexicon)
