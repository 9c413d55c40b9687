"""Round 583: a held gathering told without a place takes the place of the sentence just after it that tells it again
as talks "held" somewhere by its parties ("… said that its president held talks with a Kenyan minister in Kisumu").
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _gathering_venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_the_talks_told_again_give_their_place(lexicon) -> None:
    venues = _gathering_venues("Uganda and Kenya have held discussions on the resumption of talks to end the dispute over "
                               "their shared border."
                               "\n\nThe Ugandan presidency said in a statement that its chief of staff held talks with the "
                               "Kenyan interior minister in the western city of Kisumu.", lexicon)
    assert venues and venues[0] == "Kisumu"


def test_guard_talks_of_other_states_give_no_place(lexicon) -> None:
    venues = _gathering_venues("Uganda and Kenya have held discussions on the resumption of talks to end the dispute over "
                               "their shared border."
                               "\n\nSeparately, Peru's foreign minister held talks with Chilean officials in the city "
                               "of Arica.", lexicon)
    assert venues and venues[0] is None
