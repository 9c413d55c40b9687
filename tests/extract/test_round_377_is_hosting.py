"""Round 377: "X is hosting the conference on <days>" reports the gathering as "hosted" does (`meeting_verbs.py`).
Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_town_is_hosting_a_conference(lexicon) -> None:
    days = typed_days("Vienna is hosting 12th Security Forum on May 15-17, with ministers from 40 states.", lexicon)
    assert ("meeting", dt.date(2023, 5, 15)) in days


def test_guard_hosting_guests_undated_is_no_event(lexicon) -> None:
    assert typed_days("The city is hosting thousands of refugees.", lexicon) == []
