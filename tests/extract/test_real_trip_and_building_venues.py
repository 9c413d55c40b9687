"""The place of a trip made for the event, and a building named by its town (round 185; docs/extraction.md,
"Dateline city and venue"). "X travelled to Lima on Monday to meet Y" gave the meeting no venue (only the visit had
Lima), and "met behind closed doors in a Doha hotel" none. A trip's end is now the place of the event it was made for
("to meet / to hold / to attend / for talks"), and "in a <Town> hotel / building / residence" gives the town.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_trip_to_meet(lexicon) -> None:
    body = "Chilean Foreign Minister Alberto van Klaveren travelled to Lima on Monday to meet Peruvian Foreign Minister Ana Gervasi."
    # amended at the twenty-fifth stop (decision 1, round 1185): a trip to meet the host's side is that meeting alone
    assert _venues(body, lexicon) == [("meeting", "Lima")]


def test_a_building_named_by_its_town(lexicon) -> None:
    body = "Chilean and Peruvian negotiators met behind closed doors in a Quito hotel on Monday."
    assert _venues(body, lexicon) == [("meeting", "Quito")]


def test_a_trip_for_something_else_places_nothing(lexicon) -> None:
    """A guard: a trip told beside a meeting it was not made for gives that meeting no place."""
    body = ("Chilean Foreign Minister Alberto van Klaveren, who travelled to Lima last year for a football match, "
            "met Peruvian Foreign Minister Ana Gervasi on Monday.")
    assert ("meeting", None) in _venues(body, lexicon)
