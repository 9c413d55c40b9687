"""Round 565: the reader of a joint statement speaks it ("X read out the joint Peruvian and Bolivian statement"), and
words continued in a later sentence that fix the next meeting ("“We have decided to hold the next meeting in Lima on
June 3-4,” the statement reads") make them an announcement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_a_read_out_statement_that_fixes_the_next_meeting_is_an_announcement(lexicon) -> None:
    events = typed_events("Deputy Foreign Minister of Chile Ana Soto read out the joint Peruvian and Bolivian statement "
                          "after the Lima meeting on Wednesday.\n\n\"We have decided to hold the next meeting in Lima on "
                          "June 3-4,\" the statement reads.", lexicon)
    assert any(kind == "announcement" and "Ana Soto" in actors for kind, _, actors in events)


def test_guard_continued_words_without_a_plan_stay_a_statement(lexicon) -> None:
    """The guard: continued words that fix no gathering make no announcement."""
    events = typed_events("Deputy Foreign Minister of Chile Ana Soto read out the joint Peruvian and Bolivian statement "
                          "after the Lima meeting on Wednesday.\n\n\"We are grateful to the hosts for their warm "
                          "welcome,\" the statement reads.", lexicon)
    assert not any(kind == "announcement" for kind, _, _ in events)
