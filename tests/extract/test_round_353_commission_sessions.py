"""Round 353: a meeting of a joint military commission of the warring sides (five officers of each side, meeting
under UN auspices) was a meeting; the guideline makes a session of standing negotiations between delegations a talk
round, as Constitutional Committee sessions are. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_commission_held_a_meeting(lexicon) -> None:
    days = typed_days("The 5+5 Joint Military Commission held a meeting on Tuesday in the town of Brega.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 9))]


def test_commission_will_convene(lexicon) -> None:
    days = typed_days("The Joint Military Commission will convene in Tunis on Monday.", lexicon)
    assert [t for t, _ in days] == ["talk_round"]


def test_guard_meeting_members_of_the_commission(lexicon) -> None:
    days = typed_days("Italian Foreign Minister Antonio Tajani met members of the Joint Military Commission held in "
                      "Rome on Tuesday.", lexicon)
    assert "talk_round" not in [t for t, _ in days]
