"""Round 1132: calls told in the plural ("on Monday held phone calls with the presidents of Chile and Bolivia", "had
separate telephone conversations with …") are a dated call, as "held a phone call" was; the plural gave no event at all,
and the label of the call was paired with the speaker's words, dated by publication (`triggers.TRIGGERS`, "call").
Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _calls(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "call"]


def test_held_phone_calls() -> None:
    assert _calls("Peru's president on Monday held phone calls with the presidents of Chile and Bolivia.")


def test_had_separate_telephone_conversations() -> None:
    assert _calls("The Chilean foreign minister had separate telephone conversations with his Peruvian and Bolivian peers.")


def test_made_phone_calls() -> None:
    assert _calls("The UN envoy made phone calls to the leaders of both parties on Tuesday.")


def test_the_plural_call_is_dated(lexicon) -> None:
    events = typed_events("Peruvian President Dina Boluarte on Monday held phone calls with the presidents of Chile and "
                          "Bolivia, Gabriel Boric and Luis Arce, to brief them on the talks.", lexicon, learned=False)
    assert [(kind, day) for kind, day, _ in events] == [("call", dt.date(2023, 5, 8))]


def test_guard_the_singular_as_before(lexicon) -> None:
    events = typed_events("Peruvian President Dina Boluarte on Monday held a phone call with Chilean President Gabriel "
                          "Boric.", lexicon, learned=False)
    assert [(kind, day) for kind, day, _ in events] == [("call", dt.date(2023, 5, 8))]


def test_guard_calls_for_are_no_call() -> None:
    assert not _calls("The opposition made calls for new elections and held rallies in Lima.")
