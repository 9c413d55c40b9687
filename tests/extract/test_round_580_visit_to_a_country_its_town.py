"""Round 580: a visit placed only in a country takes the one town of that country the article names as the place of
its talks ("a visit to Ethiopia" + "the talks in Addis Ababa": Addis Ababa), as a gathering already does (round 388).
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _visit_venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "visit"]


def test_a_visit_to_a_country_takes_the_town_of_its_talks(lexicon) -> None:
    venues = _visit_venues("Kenyan Foreign Minister Jane Mwangi paid a visit to Ethiopia on Wednesday. Officials said the "
                           "talks in Addis Ababa focused on trade across the border.", lexicon)
    assert venues == ["Addis Ababa"]


def test_guard_two_towns_leave_the_country(lexicon) -> None:
    venues = _visit_venues("Kenyan Foreign Minister Jane Mwangi paid a visit to Ethiopia on Wednesday. Officials said the "
                           "talks in Addis Ababa and the talks in Dire Dawa focused on trade across the border.", lexicon)
    assert venues == ["Ethiopia"]
