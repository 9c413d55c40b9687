"""The week of a day (round 627): "will meet in Lima the week of May 22" was dated May 22 alone, the day read inside the
phrase. "The week of <day>" is now that day's week, Monday to Sunday, with day precision as the guideline keeps for
"next week"; "the first week of June" keeps its reading. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 9)


@pytest.mark.parametrize("sentence, first, last", [
    ("A summit is planned for the week of May 24.", dt.date(2023, 5, 22), dt.date(2023, 5, 28)),
    ("Talks are planned for the week of 22 May.", dt.date(2023, 5, 22), dt.date(2023, 5, 28)),
    ("The envoys met during the week of April 12, 2023.", dt.date(2023, 4, 10), dt.date(2023, 4, 16)),
])
def test_the_week_of_a_day_is_that_week(sentence, first, last) -> None:
    [m] = find_dates(sentence, PUBLISHED)
    assert (m.first, m.last, m.precision) == (first, last, "day")


def test_a_meeting_the_week_of_a_day(lexicon) -> None:
    body = "The foreign ministers of Chile and Peru will meet in Lima the week of May 22."
    [meeting] = extract_own(body, lexicon, published="2023-05-09").events
    assert (meeting.first, meeting.last) == (dt.date(2023, 5, 22), dt.date(2023, 5, 28))


def test_the_first_week_of_a_month_keeps_its_reading() -> None:
    """A guard: "the first week of June" is still its first seven days."""
    [m] = find_dates("They will meet in the first week of June.", PUBLISHED)
    assert (m.first, m.last) == (dt.date(2023, 6, 1), dt.date(2023, 6, 7))
