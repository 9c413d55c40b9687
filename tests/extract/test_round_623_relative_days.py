"""Days and weeks told relative to the day of writing (round 623): "on the 20th of this month" gave the whole month,
"by the end of the week" and "in a fortnight" no date. A numbered day of this, next or last month is now that day; "the
end of this / next / last week" that week, Monday to Sunday (as the guideline's "this week", and its open question 1
for "towards the end of this week"); "a fortnight ago" the day two weeks back and "in a fortnight" the week two weeks on,
as "two weeks ago" and "in two weeks". Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 9)  # a Tuesday


@pytest.mark.parametrize("sentence, first, last, precision", [
    ("The ministers will meet on the 20th of this month.", dt.date(2023, 5, 20), dt.date(2023, 5, 20), "day"),
    ("The envoys had met on the 3rd of last month in Quito.", dt.date(2023, 4, 3), dt.date(2023, 4, 3), "day"),
    ("A summit is planned for the 2nd of next month.", dt.date(2023, 6, 2), dt.date(2023, 6, 2), "day"),
    ("The draft should be ready by the end of the week.", dt.date(2023, 5, 8), dt.date(2023, 5, 14), "day"),
    ("The delegations are to reconvene towards the end of next week.", dt.date(2023, 5, 15), dt.date(2023, 5, 21), "day"),
    ("The mediators will return in a fortnight.", dt.date(2023, 5, 22), dt.date(2023, 5, 28), "day"),
    ("The mediators left Lima a fortnight ago.", dt.date(2023, 4, 25), dt.date(2023, 4, 25), "day"),
])
def test_a_day_or_week_told_relative_to_the_writing(sentence, first, last, precision) -> None:
    [m] = find_dates(sentence, PUBLISHED)
    assert (m.first, m.last, m.precision) == (first, last, precision)


def test_a_meeting_on_the_20th_of_this_month_is_that_day(lexicon) -> None:
    body = "The foreign ministers of Chile and Peru will meet in Lima on the 20th of this month, officials said."
    meeting = next(c for c in extract_own(body, lexicon, published="2023-05-09").events if c.event_type == "meeting")
    assert (meeting.first, meeting.precision, meeting.status) == (dt.date(2023, 5, 20), "day", "scheduled")


def test_the_end_of_the_month_keeps_its_last_third() -> None:
    """A guard: "at the end of the month" is still days 21 to the last."""
    [m] = find_dates("The talks will be held at the end of the month.", PUBLISHED)
    assert (m.first, m.last, m.precision) == (dt.date(2023, 5, 21), dt.date(2023, 5, 31), "month")


def test_a_day_the_month_lacks_is_no_day() -> None:
    """A guard: June has no 31st; the phrase falls back to the month it names."""
    [m] = find_dates("The round is planned for the 31st of next month.", PUBLISHED)
    assert (m.first, m.last, m.precision) == (dt.date(2023, 6, 1), dt.date(2023, 6, 30), "month")
