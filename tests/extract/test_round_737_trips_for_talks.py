"""Round 737: a trip told with its start ("travelled from X to Y") and a trip whose purpose is to resume or continue the
talks place the talks at its end; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_trip_from_a_town_to_resume_talks_places_them(lexicon) -> None:
    assert _venues("The Peruvian delegation traveled from Lima to Havana on Sunday in order to resume talks with the "
                   "rebels.", lexicon) == [("meeting", "Havana")]


def test_a_trip_from_a_town_to_meet_places_the_meeting(lexicon) -> None:
    assert _venues("Chilean Foreign Minister Ana Soto flew from Santiago to Quito on Monday to meet Ecuadorian President "
                   "Luis Mora.", lexicon) == [("meeting", "Quito")]


def test_a_place_of_the_meeting_itself_wins(lexicon) -> None:
    """A guard: the meeting told with its own town is there, not at the trip's end."""
    assert _venues("Chilean Foreign Minister Ana Soto travelled from Santiago to Lima on Monday and met Peruvian Foreign "
                   "Minister Luis Mora on Tuesday in Cusco to discuss trade.", lexicon) == [("meeting", "Cusco")]
