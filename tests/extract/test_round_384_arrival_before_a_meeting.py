"""Round 384 (docs/extraction.md, "Dateline city and venue"): a gathering told right after its participant's arrival
or the start of his visit ("X arrived in Lima on Sunday. X and Y met on Sunday") had no venue; it now takes the place
of that arrival when the sentence before is of its paragraph and day and the visitor is at the gathering. Sentences
of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _meetings(body: str, lexicon) -> list:
    return [(c.first.isoformat(), c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events
            if c.event_type == "meeting"]


def test_a_meeting_after_the_arrival(lexicon) -> None:
    body = ("Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Sunday. Van Klaveren and Peruvian Foreign "
            "Minister Ana Cecilia Gervasi met on Sunday.")
    assert _meetings(body, lexicon) == [("2023-05-07", "Lima")]


def test_another_party_arrived(lexicon) -> None:
    """A guard: a delegation's arrival does not place a meeting it takes no part in."""
    body = ("A Bolivian opposition delegation arrived in Lima on Sunday. Chilean Foreign Minister Alberto van Klaveren "
            "met Peruvian Foreign Minister Ana Cecilia Gervasi on Sunday.")
    assert _meetings(body, lexicon) == [("2023-05-07", None)]
