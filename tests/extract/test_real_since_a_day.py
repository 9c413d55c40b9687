"""A day after "since" dates no event (round 151): "since 1 August" is the start of a span that runs to now, so the
words of "…, according to X" keep the publication day. Round 89 dropped "since April" and "since 2019", whose matches
carry the word; a day matched without it ("1 August") slipped through. Sentences of our own (published 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_statement_is_not_dated_by_since_a_day(lexicon) -> None:
    text = "Peru has sent 200 observers since 3 March, Chile's foreign ministry said."
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("statement", dt.date(2023, 5, 12))]


def test_according_to_is_not_dated_by_since_a_day(lexicon) -> None:
    text = "More than ten million tons of grain have left the ports since 1 August, according to the UN."
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("statement", dt.date(2023, 5, 12))]


def test_talks_going_on_since_a_day_keep_it(lexicon) -> None:
    """A guard: "have been meeting … since Monday" still dates the talks (round 89); delegations of the
    Belgrade-Pristina dialogue meeting are a session of its standing talks (round 645)."""
    text = "Delegations of Serbia and Kosovo have been meeting in Geneva since Monday, 8 May, the EU said."
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("talk_round", dt.date(2023, 5, 8))]
