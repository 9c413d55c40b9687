"""Round 426: a gathering told only as the object of an intention with no time of its own ("escalated last year over
the decision to meet with Y", "announced on Thursday plans to speak by phone with X") is no event; with its own time it
stays (`conditions.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_decision_to_meet_dated_by_another_verb_is_no_meeting(lexicon) -> None:
    body = ("Friction between the members escalated last year over the Austrian government's decision to meet with "
            "Hungarian Prime Minister Viktor Orban.")
    assert [t for t, _ in typed_days(body, lexicon) if t in ("meeting", "summit")] == []


def test_guard_a_decision_to_meet_on_a_day_stays(lexicon) -> None:
    body = "The two foreign ministers announced a decision to meet in Vienna on May 16."
    assert ("meeting", dt.date(2023, 5, 16)) in typed_days(body, lexicon)
