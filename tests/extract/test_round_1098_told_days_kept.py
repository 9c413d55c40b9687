"""Round 1098: a gathering told over two to five days keeps its span when a session on one of its days folds into it.

"The sides held two-day talks in Geneva on Tuesday and Wednesday." then "The talks on Tuesday lasted six hours." were
merged into one gathering dated by the session alone: the merge took a day inside a span as the finer date of it, as
it must for "next week" then "on May 19". A span told day by day is exact; its sessions are parts of it. Sentences of
our own, published Friday 12 May 2023. Guards: a week is still narrowed by its day; a weekend too; and two days put
together from two sentences ("arrived yesterday", "talks to open today"), which no sentence tells as a span.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.merging import told_days


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events
            if c.event_type in ("talk_round", "meeting", "summit")]


def test_the_gathering_keeps_its_two_days(lexicon) -> None:
    body = ("Ruritania and Freedonia held two-day talks on the river border in Geneva on Tuesday and Wednesday. "
            "The talks on Tuesday lasted six hours. The discussions on Wednesday lasted around two hours.")
    held = [(c.first, c.last) for c in extract_own(body, lexicon).events if c.evidence[0].startswith("Ruritania and")]
    assert held == [(dt.date(2023, 5, 9), dt.date(2023, 5, 10))]


@pytest.mark.parametrize("first, last, sentence, told", [
    (dt.date(2023, 5, 9), dt.date(2023, 5, 10), "The envoys met in Geneva on Tuesday and Wednesday.", True),
    (dt.date(2023, 5, 8), dt.date(2023, 5, 12), "The round ran from May 8 to 12 in Vienna.", True),
    (dt.date(2023, 5, 9), dt.date(2023, 5, 10), "The two-day talks ended in Geneva.", True),
    (dt.date(2023, 5, 15), dt.date(2023, 5, 21), "The envoys will meet next week.", False),
    (dt.date(2023, 5, 13), dt.date(2023, 5, 14), "The envoys met on Saturday and Sunday.", False),  # a weekend
    (dt.date(2023, 5, 11), dt.date(2023, 5, 12), "The envoys arrived yesterday for talks to open today.", False),
    (dt.date(2023, 5, 9), dt.date(2023, 5, 9), "The envoys met in Geneva on Tuesday and Wednesday.", False),
])
def test_told_days(first: dt.date, last: dt.date, sentence: str, told: bool) -> None:
    c = Candidate("talk_round", 0, 0, first, last, "day", evidence=[sentence])
    assert told_days(c) is told


def test_a_week_is_still_dated_by_its_day(lexicon) -> None:
    body = ("The foreign ministers of Ruritania and Freedonia will hold talks in Vienna next week. The talks will "
            "open on May 16, the Ruritanian foreign ministry said.")
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 16), dt.date(2023, 5, 16))]
