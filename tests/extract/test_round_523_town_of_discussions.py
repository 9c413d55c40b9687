"""Round 523 (docs/extraction.md, "Venues"): a gathering placed in a country takes the one town of that country the
article names as the place of talks (`venues.refine_venues`, round 210), read from "the Riyadh talks", "negotiations in
Riyadh" and the like, not from "discussions". "The truce discussions in Muscat" now names Muscat too. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def test_discussions_in_a_town_refine_the_country(lexicon) -> None:
    body = ("The rebel delegation met officials in Oman on Monday. Details of the truce discussions in Muscat were not "
            "made public.")
    extraction = extract_own(body, lexicon, headline="Rebels in Oman")
    meetings = [c for c in extraction.events if c.event_type in ("meeting", "talk_round")]
    assert meetings and {c.venue[0] for c in meetings if c.venue} == {"Muscat"}


def test_discussions_on_a_town_give_no_town(lexicon) -> None:
    """A guard: discussions about another country's town do not move a meeting out of its own country."""
    body = ("The rebel delegation met officials in Oman on Monday. They held discussions on the port of Hodeidah.")
    extraction = extract_own(body, lexicon, headline="Rebels in Oman")
    meetings = [c for c in extraction.events if c.event_type in ("meeting", "talk_round")]
    assert meetings and meetings[0].venue and meetings[0].venue[0] == "Oman"
