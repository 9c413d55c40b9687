"""Round 243 (docs/extraction.md, "Dateline city and venue"): a planned round with no place in its own sentence takes
the one town the article gives the process's talks ahead ("the upcoming border negotiations … in Lima"); the town of
the last round says nothing of the next one, so a sentence about talks held does not place it. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _planned(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events
            if c.event_type == "talk_round" and c.future]


def test_the_town_of_the_talks_ahead(lexicon) -> None:
    body = ("Peru's foreign ministry said on Wednesday that the upcoming border negotiations with Chile in Lima "
            "would focus on fishing rights.\n\n"
            "The next round of the Chile-Peru border talks will take place on June 20-21, a Peruvian diplomat said on Thursday.")
    assert _planned(body, lexicon) == ["Lima"]


def test_the_town_of_the_last_round_places_nothing(lexicon) -> None:
    """A guard: the round held in Lima does not place the next one."""
    body = ("The fourth round of the Chile-Peru border talks ended in Lima on Wednesday.\n\n"
            "The next round of the Chile-Peru border talks will take place on June 20-21, a Peruvian diplomat said on Thursday.")
    assert _planned(body, lexicon) == [None]
