"""Round 1106: a meeting told as a conversation with someone ("held discussions with X", "discussed with X", "spoke
separately on Thursday with X and Y") is a meeting (`conversations.py`); by phone it stays a call, with the press it is
no meeting. Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _meetings(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "meeting"]


def test_held_discussions_with() -> None:
    assert _meetings("Chile's foreign minister held discussions with Peruvian Foreign Minister Ana Gervasi in Lima.")


def test_discussed_with_a_named_person() -> None:
    assert _meetings("The UN envoy discussed with Peruvian Foreign Minister Ana Gervasi ways to reopen the border.")


def test_spoke_separately_with() -> None:
    assert _meetings("The EU envoy also spoke separately yesterday afternoon with the presidents of Chile and Peru.")


def test_the_conversation_is_a_dated_meeting(lexicon) -> None:
    events = typed_events("On Thursday, the EU envoy spoke with Peruvian President Dina Boluarte in Lima.", lexicon)
    assert [(kind, day) for kind, day, _ in events] == [("meeting", dt.date(2023, 5, 11))]


def test_guard_a_call_stays_a_call(lexicon) -> None:
    """A guard: "spoke by phone with" and "spoke with X by telephone" are calls, never a meeting of this rule."""
    assert not _meetings("On Thursday, the EU envoy spoke with Peruvian President Dina Boluarte by telephone.")
    kinds = [kind for kind, _, _ in typed_events("The EU envoy spoke by phone with Peruvian President Dina Boluarte "
                                                 "on Thursday.", lexicon)]
    assert kinds == ["call"]


def test_guard_words_to_the_press() -> None:
    """A guard: speaking with reporters or a news agency is no meeting."""
    assert not _meetings("The minister spoke with reporters in Lima on Thursday.")
    assert not _meetings("The minister spoke with Reuters on Thursday.")
    assert not _meetings("The two sides discussed with concern the situation at the border.")
