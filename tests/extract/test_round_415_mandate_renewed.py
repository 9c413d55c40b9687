"""Round 415: a mission's mandate renewed or extended by the Security Council had no trigger, so its date went to the
nearest gathering ("a closed-door meeting next week, before the mission is set to be renewed May 27" gave a second
meeting on May 27); the guideline makes a body's decision a `decision`. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_mission_set_to_be_renewed(lexicon) -> None:
    days = typed_days("The Security Council plans to discuss the peace mission during a closed-door meeting next week, "
                      "before the mission is set to be renewed May 27.", lexicon)
    assert ("decision", dt.date(2023, 5, 27)) in days
    assert ("meeting", dt.date(2023, 5, 27)) not in days


def test_council_extended_the_mandate(lexicon) -> None:
    days = typed_days("On Tuesday, the UN Security Council extended the mandate of its mission in South Sudan for one year.",
                      lexicon)
    assert days == [("decision", dt.date(2023, 5, 9))]


def test_guard_talks_extended(lexicon) -> None:
    days = typed_days("The ministers extended their talks on Tuesday.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]
