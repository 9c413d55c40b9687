"""Round 547: words that say the speaker accepted an invitation to resume, attend or join talks make a gathering to come
known: an announcement (docs/extraction.md, "Types"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_accepted_an_invitation_to_resume_talks_is_an_announcement(lexicon) -> None:
    events = typed_actors("The Sudanese army said on Wednesday it had accepted an invitation from Saudi Arabia to resume "
                          "negotiations in Jeddah.", lexicon)
    assert any(kind == "announcement" and "Sudanese Armed Forces" in actors for kind, actors in events)


def test_guard_accepted_the_results_stays_a_statement(lexicon) -> None:
    events = typed_actors("The Sudanese army said on Wednesday it had accepted the results of the inquiry into the "
                          "shelling.", lexicon)
    assert [kind for kind, _ in events] == ["statement"]
