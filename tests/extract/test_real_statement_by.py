"""A statement told by its noun and the one who gave it (round 139): "A statement shared by the Peruvian Ministry of
Foreign Affairs via X on Saturday lauded the teams" and "In a statement released by Peru's Foreign Ministry on Tuesday,
…" are the ministry's statements of that day; a statement named with no "by" names nobody. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_statement_shared_by(lexicon) -> None:
    text = "A statement shared by the Peruvian Ministry of Foreign Affairs via X on Saturday, May 6, lauded the teams of both countries."
    events = typed_events(text, lexicon)
    assert [(t, day) for t, day, _ in events] == [("statement", dt.date(2023, 5, 6))]
    assert "Peru" in events[0][2]


def test_in_a_statement_released_by(lexicon) -> None:
    text = "In a statement released by Peru's Foreign Ministry on Tuesday, the talks with Chile were called useful."
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("statement", dt.date(2023, 5, 9))]


def test_a_statement_without_its_author(lexicon) -> None:
    """A guard: "a statement released on Tuesday" says nobody's words."""
    text = "A statement released on Tuesday called the talks with Chile useful."
    assert typed_events(text, lexicon) == []
