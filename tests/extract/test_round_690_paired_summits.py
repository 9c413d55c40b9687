"""Round 690: two numbered summits named in one plural ("the 44th and 45th Summits") are one summit, dated and placed
by their sentence like a single one. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _summits(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.first, c.last) for c in extraction.events if c.event_type == "summit"]


def test_paired_summits_to_be_held_on_days(lexicon) -> None:
    body = "The 44th and 45th ASEAN Summits will be held in Vientiane from October 8 to 11."
    assert _summits(body, lexicon) == [(dt.date(2023, 10, 8), dt.date(2023, 10, 11))]


def test_paired_summits_with_related_meetings(lexicon) -> None:
    body = "The 30th and 31st Pacific summits and related meetings are scheduled to take place from 4 to 6 September."
    assert _summits(body, lexicon) == [(dt.date(2023, 9, 4), dt.date(2023, 9, 6))]


def test_paired_summits_named_with_a_month(lexicon) -> None:
    body = "Recommendations will go to the leaders at the 40th and 41st ASEAN Summits in November."
    assert _summits(body, lexicon) == [(dt.date(2023, 11, 1), dt.date(2023, 11, 30))]


def test_paired_summits_that_took_place(lexicon) -> None:
    body = "The 22nd and 23rd Arab League summits took place in Algiers in early November."
    assert [first for first, _ in _summits(body, lexicon)] == [dt.date(2022, 11, 1)]


def test_guard_a_count_of_summits_is_no_event(lexicon) -> None:
    """The guard: the plural without two ordinals names no one gathering."""
    assert _summits("The two leaders have held three summits since 2018.", lexicon) == []
    assert _summits("Their summits in June and July were useful, the minister said.", lexicon) == []
