"""Round 372: a briefing of the Security Council to come is a meeting, as a held one is ("In May, she will address the
Security Council on the dispute"); with "would" it stays in the words that make it known (`meeting_verbs.py`).
Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_briefing_to_come_is_a_meeting(lexicon) -> None:
    events = typed_events("UN envoy Karl Brenner met the parties in Rabat on Thursday.\n\nIn June, he will address the "
                          "Security Council on the conflict.", lexicon)
    assert ("meeting", dt.date(2023, 6, 1)) in [(e[0], e[1]) for e in events]


def test_guard_a_briefing_in_reported_words_stays_a_statement(lexicon) -> None:
    events = typed_events("UN envoy Karl Brenner said on Thursday that he would brief the Security Council in June.", lexicon)
    assert [e[0] for e in events] == ["statement"] or [e[0] for e in events] == ["announcement"]
    assert all(e[0] != "meeting" for e in events)
