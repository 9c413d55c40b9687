"""Negotiators who started or resumed (round 52): "Negotiators had started in Doha in September" reports the talks
starting even with no talk noun; "the war started" does not; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon):
    extraction = extract_own(text, lexicon)  # published Friday 2023-05-12
    return [(c.event_type, c.first, c.last, c.venue[0] if c.venue else None) for c in extraction.events]


def test_negotiators_who_started_somewhere_started_talks(lexicon) -> None:
    assert _events("Negotiators had started in Doha in September.", lexicon) == \
        [("meeting", dt.date(2022, 9, 1), dt.date(2022, 9, 30), "Doha")]


def test_delegations_that_resumed_resumed_talks(lexicon) -> None:
    assert _events("The delegations of Chile and Peru resumed in Geneva on Tuesday.", lexicon) == \
        [("meeting", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "Geneva")]


def test_a_war_that_started_is_no_talks(lexicon) -> None:
    """A guard: only negotiators' starting is their talks."""
    assert _events("The war started in 2014.", lexicon) == []
