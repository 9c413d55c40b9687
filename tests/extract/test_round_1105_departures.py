"""Round 1105: a departure told with its day before "for" ("left on Sunday for a visit to Peru", "departed late
Tuesday for Lima") or by "headed to" ("on Monday headed to Arica") is a visit (`departures.py`). Sentences of our own;
published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _visits(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "visit"]


def test_left_on_a_day_for_a_visit_to() -> None:
    assert _visits("Chilean Foreign Minister Ana Rojas left on Sunday for an official visit to Peru.")


def test_departed_late_on_a_day_for_a_town() -> None:
    assert _visits("The Chilean envoy departed late Tuesday for Lima.")


def test_headed_to_a_place() -> None:
    assert _visits("A delegation of Chilean government officials on Monday headed to Arica.")


def test_the_departure_is_a_dated_visit_with_its_host(lexicon) -> None:
    events = typed_events("Chilean Foreign Minister Ana Rojas left on Sunday for Peru.", lexicon)
    assert [(kind, day) for kind, day, _ in events] == [("visit", dt.date(2023, 5, 7))]
    assert "Peru" in events[0][2]


def test_guard_a_trip_for_talks_is_no_visit() -> None:
    """A guard: a trip for talks belongs to the talks (read elsewhere), never a visit of this rule."""
    assert not _visits("The Chilean delegation headed to Lima on Monday for talks with Peru.")
    assert not _visits("The delegation left on Sunday for talks with Peru in Lima.")


def test_guard_the_progressive_and_no_place() -> None:
    """A guard: "was headed to" tells a journey under way; "headed to a deadlock" names no place."""
    assert not _visits("The minister was headed to Lima, officials said.")
    assert not _visits("The talks headed to a deadlock on Monday.")
