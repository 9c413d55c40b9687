"""Two meetings of one day in two towns are two events (round 114): "X met Chilean and Bolivian officials in Santiago on
Tuesday. Y also met Bolivian officials on Tuesday on the sidelines of a summit in Panama City" gave one meeting (same type,
same day, a shared actor); events whose venues are two different places, neither inside the other, are no longer merged.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _places(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_two_towns_two_meetings(lexicon) -> None:
    body = ("UN envoy Jean Arnault met Chilean and Bolivian officials in Santiago on Tuesday to discuss the border. "
            "UN Secretary-General Antonio Guterres also met Bolivian officials on Tuesday on the sidelines of a summit in Panama City.")
    assert _places(body, lexicon) == [("meeting", "Santiago"), ("meeting", "Panama City")]


def test_a_town_inside_the_country_named_is_one_meeting(lexicon) -> None:
    """A guard: "in Chile" and then "in Santiago" on the same day are one meeting, in the town."""
    body = ("The ministers of Peru and Chile met in Chile on Tuesday. "
            "Peru and Chile held talks in Santiago on Tuesday on the border.")
    assert _places(body, lexicon) == [("meeting", "Santiago")]
