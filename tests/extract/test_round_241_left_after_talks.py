"""Round 241 (docs/extraction.md, "Dateline city and venue"): a place left after the event is where it happened.
"The delegation departed Quito on Sunday following talks with Ecuadorian officials" gave the talks no venue. Sentences
of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_departed_after_talks(lexicon) -> None:
    body = ("A Peruvian delegation departed Quito late Wednesday following talks with Ecuadorian officials "
            "on the border dispute.")
    assert ("meeting", "Quito") in _venues(body, lexicon)


def test_left_a_town_before_the_talks_places_nothing(lexicon) -> None:
    """A guard: a town left for talks held elsewhere is not their place."""
    body = "Peruvian Foreign Minister Ana Gervasi left Quito on Wednesday and met Chilean Foreign Minister Alberto van Klaveren on Thursday."
    assert ("meeting", "Quito") not in _venues(body, lexicon)
