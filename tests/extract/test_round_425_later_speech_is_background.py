"""Round 425: speech introduced by "Later," or "Soon afterwards," with no day of its own is undated background and not
recorded (docs/extraction.md, "Undated events": "earlier", "previously", "later"); with its own day it stays
(`clauses._BACKGROUND_SPEECH`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_soon_afterwards_speech_is_background(lexicon) -> None:
    body = "Soon afterwards, Prime Minister Ahmet Yilmaz said that the border format had ceased to exist."
    assert [t for t, _ in typed_days(body, lexicon) if t == "statement"] == []


def test_guard_later_with_a_day_is_a_statement(lexicon) -> None:
    body = "Later, on May 10, Prime Minister Ahmet Yilmaz said that the border format had ceased to exist."
    assert ("statement", dt.date(2023, 5, 10)) in typed_days(body, lexicon)
