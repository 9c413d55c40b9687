"""Round 584: "the peace talks in Tanzania" place the talks in Tanzania; the topic noun before them ("peace") does not make
the country their topic, as it does in "the peace process in Somalia". Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon, kind: str) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == kind]


def test_peace_talks_in_a_country_are_held_there(lexicon) -> None:
    venues = _venues("The AU envoy announced on Thursday that the peace talks in Tanzania have resulted in an agreement on "
                     "the cessation of hostilities between the government and the rebels.", lexicon, "agreement")
    assert venues == ["Tanzania"]


def test_guard_the_peace_process_in_a_country_is_its_topic(lexicon) -> None:
    venues = _venues("The AU envoy and the Kenyan foreign minister met on Thursday to discuss the peace process in Somalia.",
                     lexicon, "meeting")
    assert venues == [None]
