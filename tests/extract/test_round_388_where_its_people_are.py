"""Round 388 (docs/extraction.md, "Dateline city and venue"): a gathering placed in a country kept the country when the
article tells the one town of it where its people are ("after a meeting with the UN chief in Peru" + "Both men are in
Lima for the session"); it now takes that town, the most specific place given. Two towns of the country give none.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _meetings(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "meeting"]


def test_the_town_where_both_are(lexicon) -> None:
    body = ("Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Rogelio Mayta in Peru on "
            "Tuesday.\n\nBoth men are in Lima for the annual assembly of the Andean Community.")
    assert _meetings(body, lexicon) == ["Lima"]


def test_two_towns_of_the_country(lexicon) -> None:
    """A guard: with two towns of Peru told, the meeting keeps the country."""
    body = ("Chilean Foreign Minister Alberto van Klaveren met Bolivian Foreign Minister Rogelio Mayta in Peru on "
            "Tuesday.\n\nVan Klaveren is in Lima this week, and Mayta was in Cusco on Monday.")
    assert _meetings(body, lexicon) == ["Peru"]
