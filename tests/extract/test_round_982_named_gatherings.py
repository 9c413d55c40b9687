"""Round 982: a gathering named in capitals ("the 17th Nordic Summit", "the Leaders' Meeting") before its date is a
gathering as a lowercase one is; a meeting whose name says it is of heads is a summit."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of
from tracker.extract.lexicon import Lexicon

_KINDS = ("summit", "meeting")


@pytest.mark.parametrize("text, event", [
    ("The draft will be presented to the G20 Summit in September.", ("summit", dt.date(2023, 9, 1))),
    ("Premier Lin made the proposal at the 17th Nordic Summit in Oslo in March 2019.", ("summit", dt.date(2019, 3, 1))),
    ("Prime Minister Ana Lopes will attend the 12th Nordic-Baltic Leaders' Meeting in Riga on May 20.",
     ("summit", dt.date(2023, 5, 20))),
    ("Ministers gathered for the Annual Donors' Conference in London on Tuesday.", ("meeting", dt.date(2023, 5, 9))),
])
def test_a_gathering_named_in_capitals(text: str, event: tuple, lexicon: Lexicon) -> None:
    assert event in days_of(text, lexicon, _KINDS)


@pytest.mark.parametrize("text", [
    "The Summit Secretariat on Monday published the agenda.",
    "The President gave a Press Conference on Tuesday.",
])
def test_a_capital_noun_that_names_no_gathering(text: str, lexicon: Lexicon) -> None:
    """Guards: "Summit" before another name is a modifier (a secretariat's), and a press conference is no gathering."""
    assert days_of(text, lexicon, _KINDS) == []
