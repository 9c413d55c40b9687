"""Ministries named in full with other words (round 138): "the Chilean Ministry of National Defence in its statement said"
and "Peru's Ministry of External Relations said" name a ministry of that state (defence; foreign, as India's Ministry of
External Affairs is), so their words are a statement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own, typed_events


def test_ministry_of_national_defence(lexicon) -> None:
    text = "Also, the Chilean Ministry of National Defence in its statement said that the two armies talked in depth."
    events = typed_events(text, lexicon)
    assert [(t, day) for t, day, _ in events] == [("statement", dt.date(2023, 5, 12))]
    assert "Chile" in events[0][2]


def test_ministry_of_external_relations(lexicon) -> None:
    text = "Peru's Ministry of External Relations said on Monday that the talks with Chile were useful."
    extraction = extract_own(text, lexicon)
    [event] = extraction.events
    assert event.event_type == "statement" and event.first == dt.date(2023, 5, 8)
    assert sorted(extraction.roster.name(k) for k in event.actors) == ["Ministry of Foreign Affairs of Peru", "Peru"]


def test_defence_ministry_unchanged(lexicon) -> None:
    """A guard: the short form still names the defence ministry."""
    extraction = extract_own("Peru's Defence Ministry said on Monday that the talks with Chile were useful.", lexicon)
    [event] = extraction.events
    assert sorted(extraction.roster.name(k) for k in event.actors) == ["Ministry of Defence of Peru", "Peru"]
