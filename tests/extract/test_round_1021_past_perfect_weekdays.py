"""Round 1021: a weekday told in the past perfect lies before the story's own time.

"Fidan and Gerapetritis had last spoken in a phone call on Monday", in a story published on a Monday, is the Monday a
week before: the past perfect puts the act before the time the story tells of, so it cannot be the day of publication
(docs/extraction.md, "Dates": a weekday resolves against the publication date). Other weekdays of the past perfect
resolve as before; a plan told in the past perfect ("had been scheduled for Friday") names the planned day, and a
simple past on the publication's weekday is that day. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

FRIDAY = dt.date(2023, 5, 12)


def _day(sentence: str, weekday: str) -> dt.date:
    (found,) = [d for d in find_dates(sentence, FRIDAY) if weekday in d.text]
    return found.first


@pytest.mark.parametrize("sentence", [
    "The two foreign ministers had last spoken by phone on Friday, when they discussed the ceasefire.",
    "The envoys had met in Geneva on Friday to prepare the next round.",
    "The negotiators had already agreed on Friday to exchange prisoners.",
    "A first session had been held on Friday behind closed doors.",
])
def test_the_past_perfect_on_the_day_of_publication_is_a_week_before(sentence: str) -> None:
    assert _day(sentence, "Friday") == dt.date(2023, 5, 5)


def test_a_call_in_the_past_perfect_is_dated_a_week_before(lexicon) -> None:
    events = extract_own("Fidan and Gerapetritis had last spoken in a phone call on Friday, when they discussed the "
                         "High-Level Cooperation Council.", lexicon).events
    assert [(c.event_type, c.first) for c in events] == [("call", dt.date(2023, 5, 5))]


@pytest.mark.parametrize("sentence, weekday, day", [
    ("The two foreign ministers had spoken by phone on Tuesday.", "Tuesday", dt.date(2023, 5, 9)),
    ("The talks had been scheduled to begin on Friday in Geneva.", "Friday", dt.date(2023, 5, 12)),
    ("The two foreign ministers spoke by phone on Friday.", "Friday", dt.date(2023, 5, 12)),
    ("The envoy said on Friday that the parties had agreed to meet again.", "Friday", dt.date(2023, 5, 12)),
])
def test_other_weekdays_resolve_as_before(sentence: str, weekday: str, day: dt.date) -> None:  # guards
    assert _day(sentence, weekday) == day
