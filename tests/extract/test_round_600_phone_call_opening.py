"""Round 600: a sentence that opens with the call ("In a telephone call on Monday, X told Y …", "During a phone
conversation, …") reports the call, with the speaker's words folded into it. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_sentence_opening_with_a_phone_call_is_the_call(lexicon) -> None:
    events = typed_events("In a telephone call on Wednesday, Russian President Vladimir Putin told his Kazakh counterpart "
                          "that the pipeline would stay open.", lexicon)
    assert [(kind, day) for kind, day, _ in events] == [("call", dt.date(2023, 5, 10))]
    assert "Vladimir Putin" in events[0][2]


def test_during_a_phone_conversation_opens_the_call(lexicon) -> None:
    events = typed_events("During a phone conversation on Tuesday, the two presidents went over the grain corridor.",
                          lexicon)
    assert [(kind, day) for kind, day, _ in events] == [("call", dt.date(2023, 5, 9))]


def test_guard_the_ministry_after_a_call_is_no_participant(lexicon) -> None:
    events = typed_events("Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Hakan Fidan went over the "
                          "grain corridor in a phone call on Thursday, the Russian Foreign Ministry said.", lexicon)
    calls = [actors for kind, _, actors in events if kind == "call"]
    assert len(calls) == 1 and not any("Ministry" in name for name in calls[0])
