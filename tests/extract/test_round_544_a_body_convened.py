"""Round 544: a committee, commission or council told as having convened, with no object ("The joint committee on Monday
convened for the first time in a year"), met: a gathering of that body. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_the_committee_convened_on_monday(lexicon) -> None:
    days = typed_days("Sudan's joint ceasefire committee on Monday convened for the first time in a year to discuss the "
                      "truce.", lexicon)
    assert days and days[0][0] in ("meeting", "talk_round") and days[0][1] == dt.date(2023, 5, 8)


def test_guard_a_body_that_convened_a_meeting_makes_one_event(lexicon) -> None:
    """The guard: "convened a meeting" is one meeting, as before."""
    days = typed_days("The African Union commission convened a meeting of Sudanese civilian groups in Addis Ababa on "
                      "Monday.", lexicon)
    assert [kind for kind, _ in days] == ["meeting"]
