"""Round 980: a deal named by the day it was reached, with no year ("the June 27 Washington accord"), is a background act."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text, day", [
    ("Kenya and Somalia on Wednesday discussed the implementation of the March 3 Doha peace agreement.", dt.date(2023, 3, 3)),
    ("The envoy urged both sides to respect their 14 February ceasefire deal, the ministry said on Wednesday.",
     dt.date(2023, 2, 14)),
    ("Officials met in Nairobi on Wednesday to review the June 27 Washington peace agreement.", dt.date(2022, 6, 27)),
    ("Both sides must honour the December 1 agreement, the minister said.", dt.date(2022, 12, 1)),
    ("Rebels said the army had broken the Nov. 9 truce.", dt.date(2022, 11, 9)),
])
def test_a_deal_named_by_its_day(text: str, day: dt.date, lexicon: Lexicon) -> None:
    assert ("agreement", day) in days_of(text, lexicon, ("agreement",))


@pytest.mark.parametrize("text", [
    "The March 3rd deadline passed without a deal.",
    "Preparations for the May 20 summit in Riga are under way, the ministry said on Wednesday.",
])
def test_a_day_before_other_nouns_makes_no_deal(text: str, lexicon: Lexicon) -> None:
    """Guards: a deadline is no deal, and a summit named by its day stays one summit (no second one on the speech's day)."""
    found = days_of(text, lexicon, ("agreement", "summit"))
    assert not [kind for kind, _ in found if kind == "agreement"]
    assert len(found) <= 1
