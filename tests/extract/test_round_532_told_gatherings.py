"""Round 532 (docs/extraction.md, "Rounds on the real corpus"): a gathering of some days that a dated speech act reports,
with no day of its own ("Norway said on Friday that its informal meeting with Sweden, held over two days in Oslo, had
made good progress"; "On Friday, Norway and Sweden announced the conclusion of two days of discussions in Oslo") was
left undated or not read at all. It now runs the days its sentence tells, ending on the day of the words
(`told_gatherings.py`). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _gatherings(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, headline="Talks")
    return [(c.first, c.last, c.venue[0] if c.venue else None) for c in extraction.events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_a_meeting_held_over_two_days_ends_on_the_day_of_the_words(lexicon) -> None:
    body = "Norway said on Friday that its informal meeting with Sweden, held over two days in Oslo, had made good progress."
    assert _gatherings(body, lexicon) == [(dt.date(2023, 5, 11), dt.date(2023, 5, 12), "Oslo")]


def test_the_conclusion_of_two_days_of_discussions_is_a_gathering(lexicon) -> None:
    body = "On Friday, Norway and Sweden announced the conclusion of two days of discussions in Oslo on the fishing dispute."
    assert _gatherings(body, lexicon) == [(dt.date(2023, 5, 11), dt.date(2023, 5, 12), "Oslo")]


def test_a_meeting_to_come_is_not_dated_by_the_words(lexicon) -> None:
    """A guard: a gathering still to be held over two days takes no day from the words that announce it."""
    body = "Norway said on Friday that its informal meeting with Sweden, to be held over two days in Oslo, would settle the dispute."
    assert all(first is None or first > dt.date(2023, 5, 12) for first, _, _ in _gatherings(body, lexicon))


def test_a_meeting_told_without_its_length_stays_undated(lexicon) -> None:
    """A guard: "said on Friday that the meeting had made progress" gives no day to a meeting that may be weeks old."""
    body = "Norway said on Friday that its informal meeting with Sweden in Oslo had made good progress."
    assert all(first is None for first, _, _ in _gatherings(body, lexicon))
