"""Round 245 (docs/extraction.md, "Dateline city and venue"): a planned round takes the one town of the process's talks
from any sentence that does not tell talks held (round 243 took only sentences about talks ahead), and a document or a
process named after a town ("the principles of the Lima Declaration", "the Quito Process") is no place. Sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_the_town_of_the_talks_in_a_plain_sentence(lexicon) -> None:
    body = ("Chile has long pushed for border negotiations with Peru in Lima rather than at the United Nations.\n\n"
            "The next round of the Chile-Peru border talks will take place on June 20-21, a Peruvian diplomat said on Thursday.")
    assert ("talk_round", "Lima") in _venues(body, lexicon)


def test_a_process_named_after_a_town_is_no_place(lexicon) -> None:
    body = "The Chilean and Peruvian negotiators held talks in the Lima Process on Tuesday."
    assert _venues(body, lexicon) == [("meeting", None)]


def test_the_town_of_the_talks_held_places_nothing(lexicon) -> None:
    """A guard: the round held in Lima does not place the next one."""
    body = ("The fourth round of the Chile-Peru border talks was held in Lima on Wednesday.\n\n"
            "The next round of the Chile-Peru border talks will take place on June 20-21, a Peruvian diplomat said on Thursday.")
    assert ("talk_round", None) in _venues(body, lexicon)
