"""Round 546: an aside set off by dashes between a speaker and the speech verb ("The army -- at war for six months --
said") leaves the speaker the verb's subject. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_a_dashed_aside_between_speaker_and_said(lexicon) -> None:
    events = typed_actors("The Sudanese army -- at war with the paramilitaries for six months -- said Wednesday it had "
                          "accepted an invitation to resume Saudi-brokered negotiations.", lexicon)
    assert any(kind in ("statement", "announcement") and "Sudanese Armed Forces" in actors for kind, actors in events)


def test_guard_an_unclosed_dash_is_no_aside(lexicon) -> None:
    """The guard: a dash that opens a clause and never closes keeps the subject too far from the verb."""
    events = typed_actors("The Sudanese army fought on -- and the paramilitaries, their rivals for six months in Khartoum "
                          "and Darfur, said Wednesday they would keep fighting.", lexicon)
    assert not any("Sudanese Armed Forces" in actors for kind, actors in events if kind == "statement")
