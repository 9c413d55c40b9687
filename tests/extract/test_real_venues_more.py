"""Venues told in other shapes (round 34): kinds of place with modifiers, buildings, tours, and the sentence after the
event that says where it took place; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _venues(text: str, lexicon: Lexicon, kind: str) -> list[str | None]:
    extraction = extract_own(text, lexicon)
    return [c.venue[0] if c.venue else None for c in extraction.events if c.event_type == kind]


def test_a_kind_of_place_with_a_lower_case_modifier_names_the_town(lexicon) -> None:
    text = "The foreign ministers of Chile and Peru met on Monday in the coastal city of Arica."
    assert _venues(text, lexicon, "meeting") == ["Arica"]


def test_a_capital_city_named_after_its_state(lexicon) -> None:
    """A guard: the capital named after "capital city of" (read before this round too)."""
    text = "The foreign ministers of Chile and Peru met on Monday in the Peruvian capital city of Lima."
    assert _venues(text, lexicon, "meeting") == ["Lima"]


def test_a_named_building_is_the_venue(lexicon) -> None:
    text = "Chilean President Ana Ruiz met Peruvian President Luis Vera at the Blue Hall of the Republic on Monday."
    assert _venues(text, lexicon, "summit") == ["Blue Hall of the Republic"]


def test_a_building_whose_town_the_text_gives_takes_the_town(lexicon) -> None:
    """A guard: the building rule must not hide the town the text gives (as the guideline has it for Panmunjom)."""
    text = ("The foreign ministers of Chile and Peru met on Monday at Harbour House, a building on the waterfront in "
            "Valparaiso.")
    assert _venues(text, lexicon, "meeting") == ["Valparaíso"]


def test_a_tour_of_a_country_is_a_visit_there(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Ruiz started her Peru tour on Monday."
    assert _venues(text, lexicon, "visit") == ["Peru"]


def test_the_sentence_after_the_event_gives_its_venue_and_attendees(lexicon) -> None:
    extraction = extract_own("Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Vera met on Monday.\n\n"
                             "The meeting took place in Arica. It was attended by Bolivian Foreign Minister Pedro Soto.",
                             lexicon)
    meetings = [c for c in extraction.events if c.event_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].venue and meetings[0].venue[0] == "Arica"
    assert "Pedro Soto" in {extraction.roster.name(k) for k in meetings[0].actors}


def test_a_place_after_terrorism_is_the_topic_not_the_venue(lexicon) -> None:
    text = "The foreign ministers of Chile and Peru met on Monday to discuss the fight against terrorism in Bolivia."
    assert _venues(text, lexicon, "meeting") == [None]
