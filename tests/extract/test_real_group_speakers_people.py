"""Words of "the two leaders" or "both ministers" (round 215): round 211 made a group of states or parties a speaker
("both sides said"), but not a group of the people an earlier event names, so "The two leaders said in a joint statement
on Tuesday …" after their meeting gave nothing. Such a group is now the speaker, resolved to the people of the last event
that names that many (and their states). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events

LEADERS = "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in Sochi on Monday."
MINISTERS = "Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Hakan Fidan met in Ankara on Monday."


def test_the_two_leaders_said(lexicon) -> None:
    events = typed_events(f"{LEADERS} The two leaders said in a joint statement on Tuesday that the grain deal should "
                          "be revived.", lexicon)
    statement = next(e for e in events if e[0] == "proposal")  # "should be revived" asks an act: a call (round 1310)
    assert statement[1] == dt.date(2023, 5, 9) and {"Russia", "Türkiye"} <= set(statement[2])


def test_both_ministers_said(lexicon) -> None:
    events = typed_events(f"{MINISTERS} Both ministers said on Tuesday that the talks were useful.", lexicon)
    assert ("statement", dt.date(2023, 5, 9), ["Hakan Fidan", "Russia", "Sergey Lavrov", "Türkiye"]) in events


def test_guard_a_readout_of_the_ministers_stays_with_their_meeting(lexicon) -> None:
    events = typed_events(f"{MINISTERS} Both ministers expressed support for the talks.", lexicon)
    assert [e[0] for e in events] == ["meeting"]
