"""Round 990: a trip whose purpose is a gathering named in full places that gathering at the trip's end.

"go to X for the informal meeting", "flew to X for the extraordinary summit", "headed to X for the new round of
negotiations": the purpose phrase "for" + a determiner + a few modifiers + the gathering's noun says the gathering is
where the traveller goes. Round 882 read only bare purposes ("for talks", "for a meeting"). "for the first time since
the talks" names no purpose. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venue", [
    ("He will go to Geneva for the informal 5+1 meeting on the Cyprus issue, which will be held from 27 to 29 May.",
     "Geneva"),
    ("The two foreign ministers are due to travel to Tashkent for the annual ministerial meeting of the group, which "
     "opens on Thursday.", "Tashkent"),
    ("The President flew to Addis Ababa on Sunday for the extraordinary summit of the regional bloc, which was held on "
     "Monday.", "Addis Ababa"),
    ("The envoy headed to Oslo for the new round of peace negotiations, which will open on Wednesday.", "Oslo"),
    ("The Sudanese delegation returned to Jeddah for the resumed round of talks with the RSF on Tuesday.", "Jeddah"),
])
def test_the_trip_places_its_gathering(body: str, venue: str, lexicon) -> None:
    assert venue in gathering_venues(body, lexicon)


def test_for_the_first_time_is_no_purpose(lexicon) -> None:
    body = "The minister went to Moscow for the first time since the talks collapsed, and met Lavrov on Tuesday."
    assert "Moscow" not in gathering_venues(body, lexicon)
