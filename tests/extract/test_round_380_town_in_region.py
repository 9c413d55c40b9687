"""Round 380 (docs/extraction.md, "Dateline city and venue"): a town no table knows, told far from the event's verb
and followed by the region of its state ("a meeting of the border committee in Naqoura in southern Lebanon"), gave no
venue; it is now the venue, in that state. A topic ("the fighting in X in northern Y") is none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_town_placed_by_its_region(lexicon) -> None:
    body = ("Chilean and Peruvian delegations held a meeting of the joint border monitoring committee in Tarata in "
            "southern Peru on Tuesday.")
    assert _venues(body, lexicon) == [("talk_round", ("Tarata", "PER"))]  # a joint border body's session (round 1281)


def test_a_topic_is_no_place(lexicon) -> None:
    """A guard: the fighting in a town is what the talks are about."""
    body = "Chilean and Peruvian ministers met on Tuesday to discuss the fighting in Tarata in southern Peru."
    assert _venues(body, lexicon) == [("meeting", None)]
