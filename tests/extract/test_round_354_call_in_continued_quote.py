"""Round 354: a quote standing as a sentence of its own after "…,” he said." continues that speaker's words, but it
went to the next speaker of the article, in a later paragraph, and its call to act ("I urge you to …") made nobody's
words a proposal. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_BODY = ("UN envoy Hans Grundberg spoke in Aden on Thursday. “Peace is within reach,” Grundberg said on Thursday. “I urge "
         "both parties to return to the table without conditions.”\n\nNoting the floods in the south, Saudi Foreign Minister "
         "Faisal bin Farhan warned on Wednesday of a humanitarian crisis.")


def test_continued_call_makes_a_proposal(lexicon) -> None:
    events = typed_events(_BODY, lexicon)
    grundberg = [t for t, _, actors in events if "Hans Grundberg" in actors]
    assert grundberg == ["proposal"]


def test_next_speaker_keeps_a_statement(lexicon) -> None:
    events = typed_events(_BODY, lexicon)
    assert [t for t, _, actors in events if "Saudi Arabia" in actors] == ["statement"]


def test_guard_plain_continued_words_stay_a_statement(lexicon) -> None:
    events = typed_events("“Peace is within reach,” UN envoy Hans Grundberg said on Thursday. “The parties have shown "
                          "goodwill.”", lexicon)
    assert [t for t, _, _ in events] == ["statement"]
