"""Round 605: a speaker named after the verb past "here (today)", as some wires write it ("…, asserted here today Cuban
diplomat X"), and "diplomat" read as a title before a name. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_asserted_here_today_names_the_speaker(lexicon) -> None:
    events = typed_events("The mission still waits for an answer on its bank accounts, asserted here today Cuban "
                          "Foreign Minister Jose Perez.", lexicon)
    assert [kind for kind, _, _ in events] == ["statement"] and "Jose Perez" in events[0][2]


def test_a_diplomat_before_a_name_is_a_title(lexicon) -> None:
    events = typed_events("The mission still waits for an answer on its bank accounts, said Cuban diplomat Jose Perez.",
                          lexicon)
    assert [kind for kind, _, _ in events] == ["statement"] and "Jose Perez" in events[0][2]


def test_guard_a_diplomat_without_a_name_names_nobody(lexicon) -> None:
    events = typed_events("A Western diplomat said on Wednesday the talks had stalled.", lexicon)
    assert all(actors == [] for _, _, actors in events)
