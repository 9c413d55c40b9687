"""Round 563: a call told as a participle after the speech verb ("…, calling for a diplomatic solution", "its position of
calling for …") makes the words a proposal, and "The Ministry" with a capital is the ministry named before. Sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_calling_for_after_the_speech_verb_makes_a_proposal(lexicon) -> None:
    events = typed_events("The Chilean Foreign Ministry on Friday stressed its commitment to peace. The Ministry affirmed "
                          "its support for the mediators, stressing its position of calling for a diplomatic solution to "
                          "the border dispute.", lexicon)
    assert [kind for kind, _, _ in events] == ["proposal"]


def test_guard_a_resolution_calling_for_is_no_call_of_the_speaker(lexicon) -> None:
    """The guard: a document "calling for" something, with no comma before it, is no call of the speaker's."""
    events = typed_events("The Chilean Foreign Ministry on Friday welcomed the resolution calling for a diplomatic solution "
                          "to the border dispute.", lexicon)
    assert [kind for kind, _, _ in events] == ["statement"]
