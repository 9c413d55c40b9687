"""Round 614: a war's toll told by someone ("the minister said the army had killed 2,000 fighters") is fighting, no diplomatic
statement; words that count the dead and call for a truce stay. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_a_count_of_the_dead_is_no_statement(lexicon) -> None:
    body = ("The Chilean foreign minister met her Peruvian counterpart in Lima on Tuesday.\n\n"
            "In March, Peru's defence minister Luis Vera said the army had killed 2,000 rebel fighters since January.")
    assert [kind for kind, _ in typed_days(body, lexicon)] == ["meeting"]


def test_guard_a_count_with_a_call_for_a_truce_stays(lexicon) -> None:
    """The guard: the same count with a call for a ceasefire is a speech act."""
    body = ("The Chilean foreign minister met her Peruvian counterpart in Lima on Tuesday.\n\n"
            "On Wednesday, Peru's defence minister Luis Vera said the army had killed 2,000 rebel fighters and called for a "
            "ceasefire.")
    assert any(kind in ("statement", "proposal") for kind, _ in typed_days(body, lexicon))
