"""Habitual speech (round 65): "has repeatedly said", "has time and again said", "has long called for" report no act of
one day, so they are background, as "earlier" and "previously" already were (docs/extraction.md, "Undated events").
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_time_and_again_said_is_background(lexicon) -> None:
    text = "Peru has time and again said it is ready for a fair deal on fishing rights."
    assert typed_events(text, lexicon) == []


def test_has_long_called_for_is_background(lexicon) -> None:
    text = "Chile has on several occasions called for a joint fishing commission."
    assert typed_events(text, lexicon) == []


def test_a_dated_statement_stays(lexicon) -> None:
    """A guard: "has said on Tuesday" is an act of that day."""
    text = "Peru's foreign minister Luis Vera said on Tuesday that Peru is ready for a fair deal."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Luis Vera", "Peru"])]
