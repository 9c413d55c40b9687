"""Round 268: a meeting whose heads of state are named as a group after its verb ("hosted the leaders of Armenia and
Azerbaijan", "received the presidents of Kenya and Uganda") was a `meeting`; the guideline makes a meeting of heads of
state a `summit`; and "received the presidents of Kenya …", with no capital after "received", was no meeting at all.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_hosted_the_leaders_of_two_states(lexicon) -> None:
    days = typed_days("Putin hosted the leaders of Armenia and Azerbaijan for trilateral talks in Moscow on Wednesday.",
                      lexicon)
    assert days == [("summit", dt.date(2023, 5, 10))]


def test_received_the_presidents_of(lexicon) -> None:
    days = typed_days("Tanzanian President Samia Suluhu Hassan received the presidents of Kenya and Uganda in Arusha on "
                      "Monday.", lexicon)
    assert days == [("summit", dt.date(2023, 5, 8))]


def test_guard_hosted_the_foreign_ministers_stays_a_meeting(lexicon) -> None:
    days = typed_days("Lavrov hosted the foreign ministers of Armenia and Azerbaijan in Moscow on Wednesday.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 10))]
