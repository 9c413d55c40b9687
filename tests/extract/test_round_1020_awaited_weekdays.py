"""Round 1020: a possessive weekday after a word of anticipation names a gathering still to come.

"has arrived in Brussels for Wednesday's new round", "flew to Washington ahead of Monday's talks": the arrival or the
preparation is past, what it awaits is not (docs/extraction.md, "Dates": in the future tense, the next weekday), so
the weekday is the next one, not the last. "for" counts after a verb of travel only; "after Tuesday's meeting",
"last Wednesday's talks" and thanks "for Tuesday's talks" stay in the past. Sentences of our own; published Friday
12 May 2023.
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


@pytest.mark.parametrize("sentence, weekday, day", [
    ("The Serbian negotiator has arrived in Brussels for Wednesday's new round of the dialogue.", "Wednesday",
     dt.date(2023, 5, 17)),
    ("The Armenian foreign minister flew to Washington on Thursday ahead of Monday's talks with his counterpart.",
     "Monday", dt.date(2023, 5, 15)),
    ("Both delegations met their mediators in preparation for Tuesday's session in Geneva.", "Tuesday",
     dt.date(2023, 5, 16)),
    ("On the eve of Wednesday’s summit, the two leaders exchanged letters.", "Wednesday", dt.date(2023, 5, 17)),
    ("Security was tightened in the run-up to Thursday's meeting of the guarantor states.", "Thursday",
     dt.date(2023, 5, 18)),
])
def test_an_awaited_weekday_is_the_next_one(sentence: str, weekday: str, day: dt.date) -> None:
    assert _day(sentence, weekday) == day


def test_a_round_awaited_by_an_arrival_is_dated_to_come(lexicon) -> None:
    events = extract_own("The Serbian delegation has arrived in Brussels for Wednesday's new round of the "
                         "EU-facilitated dialogue with Pristina.", lexicon).events
    assert [(c.event_type, c.first, c.future) for c in events] == [("talk_round", dt.date(2023, 5, 17), True)]


@pytest.mark.parametrize("sentence, weekday, day", [
    ("Little progress was reported after Tuesday's meeting of the two foreign ministers.", "Tuesday",
     dt.date(2023, 5, 9)),
    ("The minister thanked Qatar for Tuesday's talks between the two delegations.", "Tuesday", dt.date(2023, 5, 9)),
    ("The delegation arrived in Doha ahead of last Wednesday's talks.", "Wednesday", dt.date(2023, 5, 10)),
    ("The ministers met on Wednesday in Geneva.", "Wednesday", dt.date(2023, 5, 10)),
])
def test_other_weekdays_keep_their_past(sentence: str, weekday: str, day: dt.date) -> None:  # guards
    assert _day(sentence, weekday) == day
