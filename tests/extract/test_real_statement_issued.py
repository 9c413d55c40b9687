"""A statement issued (round 125): "X issued / released / put out a statement on Tuesday" is X's statement of that day,
as "X said in a statement" is; "issued a joint statement" stays an agreement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events

MINISTRY = ["Ministry of Foreign Affairs of Peru", "Peru"]


def test_issued_a_statement(lexicon) -> None:
    text = "Peru's Foreign Ministry issued a statement on Tuesday welcoming the talks."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), MINISTRY)]


def test_released_a_statement(lexicon) -> None:
    text = "Peru's Foreign Ministry released a statement on Tuesday on the talks."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), MINISTRY)]


def test_a_joint_statement_stays_an_agreement(lexicon) -> None:
    """A guard: the signatories of a joint statement agree, round 1's rule."""
    text = "Peru and Chile issued a joint statement on Tuesday."
    assert typed_events(text, lexicon) == [("agreement", dt.date(2023, 5, 9), ["Chile", "Peru"])]
