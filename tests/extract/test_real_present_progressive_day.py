"""A weekday after a present progressive (round 191; docs/extraction.md, "Dates": "on Wednesday" is the day before a
Thursday's story in the past tense, the next one in the future). "The foreign ministers are meeting in Lima on Tuesday"
and "the talks are being held on Tuesday", in a story published on a Friday, gave the Tuesday before it: the tense of
the clause was read as none (a present), so the day went back. A present progressive ("is / are …ing", "is / are being
held") is now read as an arrangement ahead, as English uses it with a day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days
from tracker.extract.dates import find_dates

ANCHOR = dt.date(2023, 5, 12)  # a Friday


def test_are_meeting_on_tuesday(lexicon) -> None:
    body = "The foreign ministers of Chile and Peru are meeting in Lima on Tuesday."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 16))]


def test_are_being_held_on_tuesday() -> None:
    assert [d.first for d in find_dates("The talks are being held in Lima on Tuesday.", ANCHOR)] == [dt.date(2023, 5, 16)]


def test_past_and_today_read_as_before() -> None:
    """A guard: "were held on Tuesday" is the Tuesday before, "are meeting today" the day itself."""
    assert [d.first for d in find_dates("The talks were held in Lima on Tuesday.", ANCHOR)] == [dt.date(2023, 5, 9)]
    assert [d.first for d in find_dates("The envoys are meeting in Lima today.", ANCHOR)] == [ANCHOR]
