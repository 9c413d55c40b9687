"""Round 453 (docs/extraction.md, "Dateline city and venue"): "in the Saudi Red Sea city of Jeddah" named no venue,
since a kind of place ("city of", "resort of") took at most two words before it; wire copy gives three ("the Egyptian
Red Sea resort of", "the Turkish Black Sea port of"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_three_words_before_the_kind_of_place(lexicon) -> None:
    body = "The foreign ministers met on Tuesday in the Russian Black Sea resort of Sochi, officials said."
    assert _venues(body, lexicon) == ["Sochi"]


def test_guard_two_words_still_read(lexicon) -> None:
    """A guard: the two-word shape of earlier rounds."""
    body = "The foreign ministers met on Tuesday in the Black Sea resort of Sochi, officials said."
    assert _venues(body, lexicon) == ["Sochi"]
