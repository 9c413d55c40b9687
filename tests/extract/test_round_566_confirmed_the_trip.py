"""Round 566: words that confirm an act the article reports as still to come ("X also confirmed the trip on Twitter" of a
visit on Saturday) make it known, an announcement; a confirmed act whose planned day is past leaves them a statement.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_confirmed_the_trip_of_a_visit_to_come(lexicon) -> None:
    events = typed_events("Chile's President Ana Soto will make an official visit on Saturday to Lima. Peruvian Foreign "
                          "Minister Luis Mora also confirmed the trip on Twitter, saying the visit would bring the two "
                          "countries closer.", lexicon)
    assert any(kind == "announcement" and "Luis Mora" in actors for kind, _, actors in events)


def test_guard_confirmed_the_meeting_planned_for_a_past_day(lexicon) -> None:
    """The guard: a meeting once scheduled for last Monday is no plan any more."""
    events = typed_events("A meeting of the two sides scheduled for Monday, May 8 was called off. Peruvian Foreign "
                          "Minister Luis Mora confirmed the meeting in a statement, saying it aimed at peace.", lexicon)
    assert not any(kind == "announcement" for kind, _, _ in events)
