"""Round 480: a meeting whose subject is a process's talks ("held talks on the resumption of the X talks", "over the
Vienna negotiations") was taken for a session of them, a talk round; the guideline's talk round is a session of the
standing negotiations, and officials meeting about them outside the series is a meeting. Sentences of our own
(published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_talks_on_the_resumption_of_talks(lexicon) -> None:
    days = typed_days("Sudan's foreign minister and the Saudi envoy held talks in Khartoum on Tuesday on the resumption "
                      "of the Jeddah talks.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]


def test_talks_over_the_negotiations(lexicon) -> None:
    days = typed_days("The EU coordinator Enrique Mora and Iran's chief negotiator Ali Bagheri Kani held talks in Tehran "
                      "on Tuesday over the Vienna negotiations on the nuclear deal.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]


def test_guard_talks_on_a_truce_are_a_session(lexicon) -> None:
    days = typed_days("The delegations of the Sudanese army and the RSF held talks in Jeddah on Tuesday on a humanitarian "
                      "truce.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 9))]


def test_guard_talks_on_a_day_as_part_of_the_negotiations(lexicon) -> None:
    days = typed_days("The sides held talks on Monday as part of the Geneva negotiations.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 8))]
