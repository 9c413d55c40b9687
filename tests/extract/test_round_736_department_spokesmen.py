"""Round 736: "State Department spokesman X" before or after the speech verb: X speaks, with the department and its
state, as "Foreign Ministry spokesman X" does; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

_SPOKEN = ("statement", ["Ned Price", "U.S. Department of State", "United States"])


def test_a_department_spokesman_before_the_verb(lexicon) -> None:
    assert typed_actors("State Department spokesman Ned Price said on Monday that the talks would resume.", lexicon, learned=False) == [
        _SPOKEN]
    assert typed_actors("U.S. State Department spokesman Ned Price told reporters on Monday that the talks would resume.",
                        lexicon, learned=False) == [_SPOKEN]


def test_a_department_spokesman_after_the_verb(lexicon) -> None:
    assert typed_actors('"We are hopeful," said State Department spokesman Ned Price on Monday.', lexicon, learned=False) == [_SPOKEN]


def test_the_department_alone_and_a_ministry_spokeswoman_are_unchanged(lexicon) -> None:
    """Guards: the department speaking alone, and a ministry spokeswoman of the store."""
    assert typed_actors("The State Department said on Monday that the talks would resume.", lexicon, learned=False) == [
        ("statement", ["U.S. Department of State", "United States"])]
    [(kind, names)] = typed_actors("Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday that the talks "
                                   "would resume.", lexicon, learned=False)
    assert kind == "statement" and names[0] == "Maria Zakharova" and names[1].startswith("Ministry of Foreign Affairs")
    assert names[2:] == ["Russia"]
