"""Round 1147: an agreement whose sentence opens on the gathering named again ("Following the meeting, a protocol was
signed", "At the end of the talks, the sides signed …") takes the place of the gathering told in the three sentences
before it (the guideline's decision 3), as round 581 does for a gathering told again.

Guards: the gathering told before has no place, is still planned, or lies on another day; a sentence that does not open
on the gathering ("The protocol was signed after a long pause") reads nothing. Sentences of our own, read at the rule
stage (`learned=False`) and through the rule's own function; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.accord_venues import _named_again
from tracker.extract.candidate import Candidate

TUESDAY = dt.date(2023, 5, 9)
MEETING = ("The presidents of Kyrgyzstan and Tajikistan met in Osh on Tuesday to discuss the border. ")


def _accord_places(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, learned=False).events
            if c.event_type == "agreement"]


@pytest.mark.parametrize("second", [
    "Following the meeting, a protocol on water sharing was signed.",
    "At the end of the talks, a protocol on water sharing was signed.",
])
def test_the_accord_takes_the_place_of_the_meeting_named_again(second: str, lexicon) -> None:
    assert _accord_places(MEETING + second, lexicon) == ["Osh"]


def _candidate(kind: str, order: int, sentence: str, first: dt.date | None = TUESDAY, **kw) -> Candidate:
    return Candidate(kind, 0, order, first=first, last=first, precision="day", evidence=[sentence], **kw)


def test_the_rule_s_own_function() -> None:
    meeting = _candidate("meeting", 0, "They met in Osh.", venue=("Osh", "KGZ"))
    accord = _candidate("agreement", 1, "Following the meeting, a protocol was signed.")
    assert _named_again(accord, [meeting, accord]) == ("Osh", "KGZ")


@pytest.mark.parametrize("meeting, accord", [
    ({"venue": None}, {}),  # the meeting told before has no place
    ({"venue": ("Osh", "KGZ"), "future": True}, {}),  # still planned
    ({"venue": ("Osh", "KGZ"), "first": TUESDAY + dt.timedelta(days=3)}, {}),  # another day
    ({"venue": ("Osh", "KGZ"), "order": 0}, {"order": 5}),  # too far before
    ({"venue": ("Osh", "KGZ")}, {"sentence": "The protocol was signed after a long pause."}),  # not opened on it
])
def test_the_rule_s_guards(meeting: dict, accord: dict) -> None:
    told = _candidate("meeting", meeting.pop("order", 0), "They met.", **meeting)
    made = _candidate("agreement", accord.get("order", 1), accord.get("sentence", "Following the meeting, they signed."))
    assert _named_again(made, [told, made]) is None
