"""Round 263: the occasion of words told between the speaker and the verb ("X at a joint press conference said", "X at a
briefing on Monday said") left the verb with no speaker, so the statement was lost; it is now read as part of the gap
between the subject and its verb. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_speaker_at_a_joint_press_conference_said(lexicon) -> None:
    events = typed_events("On Sunday, Afghan chief negotiator Masoom Stanekzai at a joint press conference said the "
                          "talks would go on for weeks.", lexicon)
    assert ("statement", dt.date(2023, 5, 7), ["Afghanistan", "Masoom Stanekzai"]) in events


def test_speaker_at_a_briefing_on_a_day_said(lexicon) -> None:
    events = typed_events("Russian Foreign Ministry spokeswoman Maria Zakharova at a briefing on Wednesday said Moscow "
                          "saw no reason for optimism.", lexicon)
    assert [(e[0], e[1]) for e in events] == [("statement", dt.date(2023, 5, 10))]
    assert "Maria Zakharova" in events[0][2]


def test_guard_no_named_speaker_no_statement(lexicon) -> None:
    events = typed_events("Reporters at a joint press conference said the room was full.", lexicon)
    assert events == []
