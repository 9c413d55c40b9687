"""Round 482: a gathering of a standing process's two parties told as held in talks ("At talks in Jeddah on Tuesday, X
and Y discussed …", "agreed to meet again in June to open the next phase of the peace talks") stayed a meeting when its
participants were named persons: only a trigger that said "talks" made it a session. The guideline's talk round is a
session of the standing negotiations; "X held talks with Y" stays a meeting, and so does a meeting held during a round.
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_at_talks_in_a_town(lexicon) -> None:
    days = typed_days("At talks in Jeddah on Tuesday, Sudanese army envoy Omar Sidiq and RSF envoy Ezzeldin al-Safi "
                      "discussed a truce under the Jeddah Platform.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 9))]


def test_next_phase_of_the_talks(lexicon) -> None:
    days = typed_days("Colombian President Gustavo Petro and ELN commander Antonio Garcia agreed on Tuesday to meet again "
                      "in Caracas in June to open the next phase of the peace talks.", lexicon)
    assert ("talk_round", dt.date(2023, 6, 1)) in days
    assert ("meeting", dt.date(2023, 6, 1)) not in days


def test_guard_held_talks_with(lexicon) -> None:
    days = typed_days("Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Hakan Fidan in Ankara on "
                      "Tuesday.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]


def test_guard_met_during_the_round(lexicon) -> None:
    days = typed_days("Iran's chief nuclear negotiator Ali Bagheri Kani met EU coordinator Enrique Mora in Vienna on "
                      "Tuesday, the fifth day of the latest round of talks.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]
