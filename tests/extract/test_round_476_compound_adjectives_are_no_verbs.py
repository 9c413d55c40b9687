"""Round 476 (docs/extraction.md, "Dates": "in the future tense, the next one"): "The council will hold a closed-door
meeting on Monday" resolved Monday to the one before publication, the tense reader taking "closed" of "closed-door"
for the past verb nearest the date. A hyphenated compound ("closed-door", "US-brokered", "long-awaited") is now read
as one adjective; "co-chaired", "re-elected" stay verbs. Found writing the sentences of round 475; sentences of our own
(published on Saturday 10 June 2023)."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates

_SATURDAY = dt.date(2023, 6, 10)


@pytest.mark.parametrize("sentence", [
    "The Security Council will hold a closed-door meeting on Monday on the crisis.",
    "The two delegations will join the US-brokered talks on Monday.",
    "The ministers will open a long-awaited round on Monday.",
])
def test_a_compound_adjective_leaves_the_future_verb(sentence: str) -> None:
    assert [d.first for d in find_dates(sentence, _SATURDAY)] == [dt.date(2023, 6, 12)]


def test_guard_prefixed_verbs_and_past_compounds_stay_past() -> None:
    """A guard: "co-chaired" is the past verb it was; a compound before a past verb leaves that verb."""
    assert [d.first for d in find_dates("The envoy co-chaired the meeting on 12 June.", _SATURDAY)] == [dt.date(2022, 6, 12)]
    assert [d.first for d in find_dates("The UN-backed talks ended on Monday.", _SATURDAY)] == [dt.date(2023, 6, 5)]
