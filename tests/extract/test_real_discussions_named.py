"""Talks named "discussions" (round 124): a noun phrase of discussions with a date of its own is an event, as talks
are ("at the discussions between X and Y on Tuesday"), and a standing process's "Discussions" hold rounds. Sentences of
our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_named_discussions_with_their_days_are_a_round(lexicon) -> None:
    text = "Refugee returns topped the agenda of the Geneva International Discussions on June 12-13."
    assert typed_events(text, lexicon) == [("talk_round", dt.date(2022, 6, 12), [])]


def test_discussions_between_two_states_on_a_day(lexicon) -> None:
    text = "Prisoner releases were raised at the discussions between Peru and Chile on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_discussions_without_a_day_are_no_event(lexicon) -> None:
    """A guard: "said the discussions were useful" is the speakers' statement, not a meeting of its own."""
    text = "Peru and Chile said the discussions were useful."
    assert [event_type for event_type, _, _ in typed_events(text, lexicon)] == ["statement"]
