"""Round 965: a gathering named again inside a sentence by its noun and placed there, in the tense of the event.

News English often tells a gathering in one sentence and its place in the next, by the gathering's noun alone behind
"the": "A spokesman said that the meeting took place at X", "According to mediators, the talks are to be held in X".
The retelling places a held gathering when it is in the past, a planned one when it tells the plan, either when it is
in the present; "the next/previous meeting" names another gathering and places nothing. Sentences of our own;
published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venue", [
    ("The foreign ministers of Egypt and Ethiopia met on Thursday to discuss the dam. A spokesman said that the meeting "
     "took place at Khartoum.", "Khartoum"),
    ("Government and rebel negotiators are expected to sit down next week for a new round.\n\nAccording to mediators, "
     "the talks are to be held in Nairobi.", "Nairobi"),
    ("Chile's and Bolivia's foreign ministers held a meeting on Wednesday, their ministries said. Officials added that "
     "the meeting was held in Lima.", "Lima"),
    ("Officials of Sudan and South Sudan met on Tuesday. The ministry said that the two-day meeting, held in Juba, "
     "ended with a joint communique.", "Juba"),
])
def test_the_gathering_placed_again(body: str, venue: str, lexicon) -> None:
    assert venue in gathering_venues(body, lexicon)


@pytest.mark.parametrize("body", [
    "Delegations of the two Koreas will hold talks on Wednesday. Officials said that the previous meeting was held in "
    "Kaesong.",
    "Delegations of Sudan and South Sudan will meet on Tuesday. Officials said that the last meeting was held in Juba.",
])
def test_another_gathering_places_nothing(body: str, lexicon) -> None:
    assert gathering_venues(body, lexicon) == [None]
