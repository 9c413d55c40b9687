"""Round 248 (docs/extraction.md, "Dateline city and venue"): "in this city", "in our city", "in this town" under a
dateline say the event happened there, as "here" does; the dateline alone still places nothing. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_text


def _venues(text: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_text(text, lexicon).events]


def test_in_this_city_under_a_dateline(lexicon) -> None:
    text = ("published: 2023-05-12\n\nTalks\n\nLIMA, May 11 (Reuters) - Chilean and Peruvian negotiators held talks "
            "in this city on Tuesday.")
    assert _venues(text, lexicon) == [("meeting", "Lima")]


def test_the_dateline_alone_places_nothing(lexicon) -> None:
    """A guard: the dateline city is never the venue by itself."""
    text = ("published: 2023-05-12\n\nTalks\n\nLIMA, May 11 (Reuters) - Chilean and Peruvian negotiators held talks "
            "on Tuesday.")
    assert _venues(text, lexicon) == [("meeting", None)]
