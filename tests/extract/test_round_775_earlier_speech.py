"""Round 775: words said "earlier" or "previously" with no day of their own ("Chile said earlier it expects …") are
background, no statement of the day. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of

_SPEECH = ("statement", "proposal", "announcement")


def _speech(body: str, lexicon) -> list[tuple]:
    return days_of(body, lexicon, _SPEECH, published="2023-04-11")


@pytest.mark.parametrize("body", [
    "Chile said earlier it expects Peru and Bolivia to resume talks on the border.",
    "The Peruvian foreign ministry said previously it would not attend the meeting in Quito.",
    "Peruvian Foreign Minister Ana Gervasi stated earlier the border would stay open.",
    "Bolivia's foreign minister told Reuters earlier the border would stay open.",
])
def test_words_said_earlier_are_background(body: str, lexicon) -> None:
    assert _speech(body, lexicon) == []


def test_guard_earlier_with_a_day_keeps_the_words(lexicon) -> None:
    """The guard: "earlier on Monday" gives the words their day."""
    body = "Chile said earlier on Monday it expects Peru to resume talks on the border."
    assert _speech(body, lexicon) == [("statement", dt.date(2023, 4, 10))]
