"""Round 488: "the Ankara Declaration, adopted on Dec. 11, 2022, …" gave no accord (the participle pattern of round 133
read "reached / announced / brokered" right after a lowercase noun), and "According to the declaration, the two parties
decided to launch talks by the end of June" gave a decision of June: what a document says is its content. The guideline
makes a document adopted an `agreement`. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_declaration_adopted_in_apposition(lexicon) -> None:
    days = typed_days("The talks follow the Ankara Declaration, adopted on Dec. 11, 2022, under the leadership of the three "
                      "presidents.", lexicon)
    assert days == [("agreement", dt.date(2022, 12, 11))]


def test_declaration_was_adopted(lexicon) -> None:
    assert typed_days("The Ankara Declaration was adopted on December 11.", lexicon) == [("agreement", dt.date(2022, 12, 11))]


def test_according_to_the_declaration_is_its_content(lexicon) -> None:
    days = typed_days("According to the Ankara Declaration, the two parties decided to launch technical talks by the end of "
                      "June.", lexicon)
    assert days == []


def test_guard_according_to_the_parties(lexicon) -> None:
    days = typed_days("According to the two parties, they decided to launch technical talks by the end of June.", lexicon)
    assert days == [("decision", dt.date(2023, 6, 1))]
