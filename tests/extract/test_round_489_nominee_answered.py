"""Round 489: "Morocco had initially rejected X -- the thirteenth name floated for the job -- as envoy in May" was a
statement ("rejected" is a speech verb); a side accepting or rejecting a nominee for a diplomatic post is a decision,
that side's alone. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_rejected_as_envoy_with_an_aside(lexicon) -> None:
    events = typed_events("Morocco had initially rejected Staffan de Mistura -- the thirteenth name floated for the job -- "
                          "as envoy on Tuesday before accepting the nomination.", lexicon)
    assert events == [("decision", dt.date(2023, 5, 9), ["Morocco"])]


def test_accepted_as_mediator(lexicon) -> None:
    days = typed_days("The government of Ethiopia accepted Olusegun Obasanjo as mediator on Tuesday.", lexicon)
    assert days == [("decision", dt.date(2023, 5, 9))]


def test_guard_rejected_a_proposal_is_speech(lexicon) -> None:
    days = typed_days("Foreign Minister Sergey Lavrov rejected the proposal on Tuesday.", lexicon)
    assert ("decision", dt.date(2023, 5, 9)) not in days
