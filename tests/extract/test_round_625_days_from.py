"""A length told with its first day by "from" or "for N days" (round 625): "will pay a three-day state visit to <country>
from Thursday" and "will hold talks … for two days beginning May 15" gave the first day alone. The length of a gathering
stretched its one day only when a verb said which end the day was ("began", "ended", "starting"), and "for N days" was
no length. "From <day>" with no end after it now tells the first day, and "for two / three … days" is a length, as
"two-day" and "two days of talks" were. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

PUBLISHED = "2023-05-09"  # a Tuesday


@pytest.mark.parametrize("body, first, last", [
    ("Peru's president will pay a three-day state visit to Chile from Thursday.", dt.date(2023, 5, 11), dt.date(2023, 5, 13)),
    ("The leaders of Chile and Peru will hold a two-day summit in Lima from 15 May.", dt.date(2023, 5, 15), dt.date(2023, 5, 16)),
    ("Chile and Peru will hold talks in Lima for two days beginning May 15.", dt.date(2023, 5, 15), dt.date(2023, 5, 16)),
    ("Peru's foreign minister will visit Chile for three days from Sunday.", dt.date(2023, 5, 14), dt.date(2023, 5, 16)),
])
def test_a_length_from_its_first_day(lexicon, body, first, last) -> None:
    [event] = extract_own(body, lexicon, published=PUBLISHED).events
    assert (event.first, event.last) == (first, last)


def test_a_span_told_to_its_end_keeps_its_days(lexicon) -> None:
    """A guard: "from May 15 to 17" is the span itself, whatever length is told beside it."""
    body = "Chile and Peru will hold three-day talks in Lima from May 15 to 17."
    [event] = extract_own(body, lexicon, published=PUBLISHED).events
    assert (event.first, event.last) == (dt.date(2023, 5, 15), dt.date(2023, 5, 17))


def test_a_length_of_something_else_stretches_nothing(lexicon) -> None:
    """A guard: "for three days" of fighting, with no first day told, leaves the meeting's day alone."""
    body = "The fighting went on for three days before the envoys of Chile and Peru met on Monday."
    meeting = next(c for c in extract_own(body, lexicon, published=PUBLISHED).events if c.event_type == "meeting")
    assert (meeting.first, meeting.last) == (dt.date(2023, 5, 8), dt.date(2023, 5, 8))
