"""Round 1153: a journey told with its day between the verb and "to" ("travelled on Thursday to Peru, an official told
reporters", "flew yesterday to Lima") is a visit (`departures.py`, read by `find_triggers`); a trip for talks stays the
talks' and a journey with no place named is none. Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _visits(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "visit"]


def test_travelled_on_a_day_to() -> None:
    assert _visits("The Chilean foreign minister travelled on Thursday to Peru, a Peruvian official told reporters.")


def test_flew_yesterday_to() -> None:
    assert _visits("Chile's trade minister flew yesterday to Lima with a delegation of business leaders.")


def test_the_journey_is_a_dated_visit(lexicon) -> None:
    events = typed_events("The Chilean foreign minister travelled on Thursday to Peru, a Peruvian official told reporters.",
                          lexicon, learned=False)
    assert ("visit", dt.date(2023, 5, 11)) in [(kind, day) for kind, day, _ in events]


def test_guard_a_trip_for_talks_or_no_place() -> None:
    """A guard: a trip for talks is the talks' (not this rule's visit); "travelled on Thursday to meet" names no place."""
    assert not _visits("The Chilean envoy flew on Thursday to Lima for talks with Peruvian officials.")
    assert not _visits("The Chilean envoy travelled on Thursday to meet the Peruvian delegation.")
