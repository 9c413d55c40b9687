"""Venues told with "where" or a town's possessive (round 184; docs/extraction.md, "Dateline city and venue": the most
specific place the text says the event happened in). "X visited Lima on Monday, where he met Y" gave the meeting no
venue, "met … in Lima's presidential palace" none, and "at Lima's Torre Tagle Palace" the possessive with the
building. The place a "where" clause refers back to is now the venue of the event told in it, a town's possessive
before a common noun gives the town, and before a named building the building alone. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_where_clause(lexicon) -> None:
    body = "Chilean Foreign Minister Alberto van Klaveren visited Lima on Monday, where he met Peruvian Foreign Minister Ana Gervasi."
    # the meeting held during the visit, that day, is the visit's (docs/extraction.md, "Types"; round 442): one event, in Lima
    assert _venues(body, lexicon) == [("visit", "Lima")]


def test_a_towns_possessive(lexicon) -> None:
    body = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi on Monday in Lima's presidential palace."
    assert _venues(body, lexicon) == [("meeting", "Lima")]
    body = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi on Monday at Lima's Torre Tagle Palace."
    assert _venues(body, lexicon) == [("meeting", "Torre Tagle Palace")]


def test_where_after_the_event_is_not_its_place(lexicon) -> None:
    """A guard: a "where" clause told after the event names the place of what it tells, not of the event before it."""
    body = ("Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi on Monday "
            "before flying to Quito, where talks on trade are planned.")
    assert _venues(body, lexicon)[0] == ("meeting", None)
