"""Round 240 (docs/extraction.md, "Dateline city and venue"): a trip that is the event's own verb places it.
"X flew to Quito on Tuesday for talks with Y" made a meeting from the trip but gave it no venue: a trip's end placed
only an event told after the trip. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_trip_for_talks_places_them(lexicon) -> None:
    body = ("The thaw began after Chilean President Gabriel Boric visited Bolivia, followed by Chilean Foreign Minister "
            "Alberto van Klaveren traveling to Quito on March 4 for talks with the Peruvians.")
    assert ("meeting", "Quito") in _venues(body, lexicon)


def test_a_trip_for_something_else_places_nothing(lexicon) -> None:
    """A guard: a trip made for no event told in it gives the meeting of the sentence no place."""
    body = ("Peruvian Foreign Minister Ana Gervasi, traveling to Quito on March 4 to watch a football match, "
            "met Chilean Foreign Minister Alberto van Klaveren on Monday.")
    assert ("meeting", None) in _venues(body, lexicon)
