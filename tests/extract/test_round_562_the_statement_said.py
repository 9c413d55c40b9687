"""Round 562: a quote given to a document ("“…,” the statement said") is the words of whoever issued it, told just before,
and a body's statement that bids someone act in the third person ("The members of the Council encouraged the parties to
return to the talks") is a proposal. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_a_call_in_the_statement_quoted_makes_a_proposal(lexicon) -> None:
    events = typed_events("The UN Security Council on Friday welcomed the work of the envoy. \"The members of the Council "
                          "encouraged the two parties to return to the talks without preconditions,\" the statement said.",
                          lexicon)
    assert [kind for kind, _, _ in events] == ["proposal"]


def test_guard_a_hope_in_the_statement_quoted_stays_a_statement(lexicon) -> None:
    """The guard: words that bid nobody act keep the statement a statement."""
    events = typed_events("The UN Security Council on Friday welcomed the work of the envoy. \"The members of the Council "
                          "hoped the two parties would find common ground,\" the statement said.", lexicon)
    assert [kind for kind, _, _ in events] == ["statement"]
