"""Round 1046: a gathering the parties agreed, decided or accepted to hold is a plan, not an act of that day.

"The two sides agreed on Tuesday to hold a meeting of the joint committee at an early date": Tuesday is the day of
the agreeing; the meeting is still to come and "at an early date" gives it no day (docs/extraction.md, "Dates").
Before, the meeting took the agreement's day ("one day for both" in a sentence) or the day of publication from a
present perfect ("have agreed to hold a meeting as soon as possible"). A day of the gathering's own still dates it.
Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.agreed_plans import agreed_plan

GATHERINGS = ("meeting", "talk_round", "summit")


def _gatherings(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first) for c in extract_own(body, lexicon).events if c.event_type in GATHERINGS]


@pytest.mark.parametrize("body", [
    "The two sides agreed on Tuesday to hold a meeting of the joint committee at an early date.",
    "The foreign ministers of Ruritania and Freedonia have agreed to hold a meeting of their consultation "
    "mechanism as soon as possible.",
    "The two delegations decided on Wednesday to convene a new meeting of the water commission in the coming weeks.",
])
def test_the_agreed_gathering_takes_no_day_of_the_agreeing(body: str, lexicon) -> None:
    assert all(first is None for _, first in _gatherings(body, lexicon))
    assert not [g for g in _gatherings(body, lexicon) if g[1] == dt.date(2023, 5, 12)]


@pytest.mark.parametrize("text, trigger, expected", [
    ("The two sides agreed on Tuesday to hold a meeting", "to hold a meeting", True),
    ("Jordan accepted a UN request to host a meeting", "to host a meeting", True),
    ("The minister travelled to Doha to hold talks", "to hold talks", False),   # an errand, not a plan agreed
    ("The two sides agreed on Tuesday to hold a meeting", "meeting", False),    # not the infinitive
])
def test_agreed_plan(text: str, trigger: str, expected: bool) -> None:
    assert agreed_plan(text, text.index(trigger), trigger) is expected


@pytest.mark.parametrize("body, expected", [
    # a day of the gathering's own still dates it
    ("The two sides agreed on Tuesday to hold a meeting of the joint committee on 5 June.",
     [("talk_round", dt.date(2023, 6, 5))]),  # a joint committee's session (round 1281)
    # a gathering held, not agreed
    ("The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday.", [("meeting", dt.date(2023, 5, 9))]),
])
def test_gatherings_with_their_own_day(body: str, expected: list[tuple], lexicon) -> None:  # guards
    assert _gatherings(body, lexicon) == expected
