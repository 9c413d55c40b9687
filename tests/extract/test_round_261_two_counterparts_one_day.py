"""Round 261: one minister who meets two different people on the same day and in the same town holds two meetings;
they were merged into one because the day, the town and the minister agreed. Each now names a person the other lacks,
with no word of their names in common, so they stay apart. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events

SUNDAY = dt.date(2023, 5, 7)


def test_two_counterparts_on_one_day_are_two_meetings(lexicon) -> None:
    events = typed_events("Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on "
                          "Sunday.\n\nThe talks covered transport links.\n\nFidan also met his Georgian counterpart Ilia "
                          "Darchiashvili in Baku on Sunday.", lexicon)
    meetings = [e for e in events if e[0] == "meeting"]
    assert len(meetings) == 2 and all(e[1] == SUNDAY for e in meetings)
    assert any("Jeyhun Bayramov" in e[2] for e in meetings) and any("Ilia Darchiashvili" in e[2] for e in meetings)


def test_guard_one_meeting_told_twice_stays_one(lexicon) -> None:
    events = typed_events("Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on "
                          "Sunday.\n\nFidan and Bayramov met in Baku on Sunday for three hours.", lexicon)
    assert [e[0] for e in events] == ["meeting"]
