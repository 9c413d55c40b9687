"""Round 1152: accords told by their number ("struck more than 20 deals", "reached two agreements") and an accord
"initialed by" its parties in the passive are agreements (`counted_accords.py`, read by `find_triggers`); a count of
accords still sought is not. Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _accords(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "agreement"]


def test_struck_a_count_of_deals() -> None:
    assert _accords("Chile and Peru yesterday struck more than 20 deals in various fields.")
    assert _accords("The two governments clinched a dozen trade agreements in Lima.")


def test_reached_two_agreements() -> None:
    assert _accords("The delegations held talks from May 3 to 6, during which they reached two agreements on trade.")


def test_initialed_in_the_passive() -> None:
    assert _accords("The accord, which was initialed by the two technical teams on May 3, sets up a border commission.")


def test_the_counted_deals_are_a_dated_agreement(lexicon) -> None:
    events = typed_events("Chile and Peru on Thursday struck more than 20 deals in various fields.", lexicon, learned=False)
    assert [(kind, day) for kind, day, _ in events] == [("agreement", dt.date(2023, 5, 11))]


def test_guard_accords_sought_or_talks_counted() -> None:
    """A guard: accords still sought, and a count of rounds, are no accord reached."""
    assert not _accords("Chile and Peru hope to conclude more accords, and seek twenty deals in all.")
    assert not _accords("Chile and Peru have held more than 20 rounds of talks since 2019.")
    assert not _accords("The memorandum was initialled in pencil.")
