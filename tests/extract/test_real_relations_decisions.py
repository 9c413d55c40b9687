"""Decisions and accords on relations (round 80, from sentences of our own): "recalled its ambassador" is a decision, not
words recalled; "severed / cut / broke off diplomatic ties" is a decision and "restored diplomatic relations" an
agreement (both gave nothing or a statement); "the Peruvian parliament" is Peru. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_recalled_its_ambassador_is_a_decision(lexicon) -> None:
    assert typed_events("Peru recalled its ambassador from Chile on Tuesday.", lexicon) == \
        [("decision", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_restored_relations_is_an_agreement(lexicon) -> None:
    assert typed_events("Chile and Peru restored diplomatic relations on Tuesday.", lexicon) == \
        [("agreement", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_severed_ties_is_a_decision(lexicon) -> None:
    assert [t for t, _, _ in typed_events("Peru severed diplomatic ties with Chile on Tuesday.", lexicon)] == ["decision"]


def test_a_parliament_is_its_state(lexicon) -> None:
    assert typed_events("The Peruvian parliament ratified the fishing treaty on Tuesday.", lexicon) == \
        [("decision", dt.date(2023, 5, 9), ["Peru"])]


def test_recalled_that_stays_words(lexicon) -> None:
    """A guard."""
    text = "Peru's foreign minister Luis Vera recalled on Tuesday that the border had been calm for years."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["statement"]
