"""Round 549: an adverb of repetition between a speaker (with the title set off by commas) and the speech verb ("X, Peru's
foreign minister, once again stated") leaves the speaker the verb's subject. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_once_again_stated_after_a_title_in_commas(lexicon) -> None:
    events = typed_actors("Ana Soto, Chilean Foreign Minister, once again stated that the border talks had reached a dead "
                          "end.", lexicon)
    assert any(kind == "statement" and "Ana Soto" in actors for kind, actors in events)


def test_guard_a_clause_between_speaker_and_verb_still_breaks(lexicon) -> None:
    """The guard: "X, whose talks failed, and Y again stated": the verb is Y's, and Y is no actor here."""
    events = typed_actors("Ana Soto, whose talks with Peru failed, and her deputy again stated that the border talks had "
                          "reached a dead end.", lexicon)
    assert not any(kind == "statement" and "Ana Soto" in actors for kind, actors in events)
