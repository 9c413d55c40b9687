"""Round 1056: a gathering dated by its first day, whose own evidence says in another sentence that it ended on a later
day, runs to that day.

"On April 24, the first round … started in Strelsau. The first round ended on May 2, when …": both sentences are the
one round (merged), which was read by its first day alone. Sentences of our own, published Friday 12 May 2023.
Guards: "behind closed doors" is no day; an end more than two weeks after the start is left (another act's day).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events
            if c.event_type in ("talk_round", "meeting", "summit", "visit")]


@pytest.mark.parametrize("body, span", [
    ("On April 24, the first round of peace talks between the Freedonian government and the Northern Front started in "
     "Strelsau. The first round ended on May 2, when the mediators announced a pause for consultations.",
     (dt.date(2023, 4, 24), dt.date(2023, 5, 2))),
    ("The second round of border negotiations between Ruritania and Freedonia opened in Geneva on Monday, May 1. The "
     "second round concluded on Thursday with a joint communique on the river crossings.",
     (dt.date(2023, 5, 1), dt.date(2023, 5, 11))),
])
def test_the_gathering_runs_to_its_told_end(body: str, span: tuple, lexicon) -> None:
    assert _spans(body, lexicon) == [span]


@pytest.mark.parametrize("body, span", [
    ("The negotiations between Ruritania and Freedonia opened in Geneva on Monday, May 1. The negotiations are taking "
     "place behind closed doors at the Palais.", (dt.date(2023, 5, 1), dt.date(2023, 5, 1))),
    ("On March 2, the first round of peace talks between the Freedonian government and the Northern Front started in "
     "Strelsau. The first round ended on April 20 with an outline accord.", (dt.date(2023, 3, 2), dt.date(2023, 3, 2))),
])
def test_guards(body: str, span: tuple, lexicon) -> None:
    assert _spans(body, lexicon) == [span]
