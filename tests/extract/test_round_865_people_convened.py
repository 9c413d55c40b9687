"""Round 865: people told as convening with no gathering named ("Delegations from both sides convened in Geneva on
Tuesday", "The foreign ministers convened in Brussels on Monday") met, as a committee that convened did (round 544);
guards that "convened a meeting" keeps its one event and that an undated aside stays none."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_days


@pytest.mark.parametrize("body, day", [
    ("Iranian and European representatives convened on Friday in Istanbul to review the nuclear file.", dt.date(2023, 5, 12)),
    ("Delegations from both sides convened in Geneva on Tuesday.", dt.date(2023, 5, 9)),
    ("The foreign ministers convened in Brussels on Monday.", dt.date(2023, 5, 8)),
    ("Officials of the two countries convened in Ankara on Wednesday for a fresh round.", dt.date(2023, 5, 10)),
])
def test_people_who_convened_met(lexicon, body, day):
    assert any(kind in ("meeting", "talk_round", "summit") and first == day for kind, first in typed_days(body, lexicon))


def test_convened_a_meeting_is_one_event(lexicon):
    assert typed_days("The ministers convened a meeting of the council in Brussels on Monday.", lexicon) == [
        ("meeting", dt.date(2023, 5, 8))]


def test_an_undated_aside_is_none(lexicon):
    assert typed_days("The envoy said the officials convened in secret.", lexicon) == []
