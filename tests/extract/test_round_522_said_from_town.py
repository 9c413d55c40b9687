"""Round 522 (docs/extraction.md, "Venues"): "the two sides have agreed to a truce, their negotiators said Friday from
Oslo at the close of the fourth round" placed neither the agreement nor the round: an event's own clause ends at a later
speech verb, and the place came after it. A gathering or an agreement with no place whose sentence says its parties
spoke from a town was there. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> dict[str, str | None]:
    extraction = extract_own(body, lexicon, headline="Truce agreed")
    return {c.event_type: c.venue[0] if c.venue else None for c in extraction.events}


def test_spoken_from_a_town_places_the_agreement_and_the_round(lexicon) -> None:
    body = ("The government and the rebels have agreed to a truce, their negotiators said Friday from Oslo at the close "
            "of the fourth round of peace talks.")
    venues = _venues(body, lexicon)
    assert venues.get("agreement") == "Oslo" and venues.get("talk_round") == "Oslo"


def test_a_place_of_its_own_stays(lexicon) -> None:
    """A guard: an event told with its own place keeps it, whatever town the words came from."""
    body = "The two ministers met in Lisbon on Thursday, their spokesmen said Friday from Madrid."
    assert _venues(body, lexicon).get("meeting") == "Lisbon"
