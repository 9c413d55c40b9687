"""Round 931: "X is to visit …", "the envoys are to meet …": the "be to" future of arranged events takes the next weekday.

News English tells an arranged act with "is/are to" and the bare verb ("Bahrain's minister is to make a visit to Israel
on Wednesday"); whatever the verb, the weekday is the one after publication, as with "will" (docs/extraction.md,
"Dates"). Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _days(body: str, lexicon) -> list:
    return [c.first for c in extract_own(body, lexicon).events if c.event_type in ("visit", "meeting", "talk_round")]


@pytest.mark.parametrize("body, day", [
    ("Bahrain's foreign minister is to make a visit to Israel on Wednesday, the first by a senior official, state media "
     "said.", dt.date(2023, 5, 17)),
    ("The two chief negotiators are to sit down again in Geneva on Tuesday for a new round of talks on the island's "
     "future.", dt.date(2023, 5, 16)),
    ("Qatar's emir is to pay a state visit to France on Wednesday, the Elysee said.", dt.date(2023, 5, 17)),
    ("Armenian and Azerbaijani foreign ministers are to have a meeting in Washington on Tuesday, diplomats said.",
     dt.date(2023, 5, 16)),
])
def test_be_to_is_the_future(body: str, day: dt.date, lexicon) -> None:
    assert _days(body, lexicon) == [day]


@pytest.mark.parametrize("body", [  # guards: the past keeps the past weekday; "is to" of an aim is no verb of the date
    "The foreign ministers of Armenia and Azerbaijan met in Washington on Tuesday, diplomats said.",
    "The aim of the talks, which ended on Tuesday, is to reach a lasting truce.",
])
def test_the_past_stays_past(body: str, lexicon) -> None:
    assert _days(body, lexicon) == [dt.date(2023, 5, 9)]
