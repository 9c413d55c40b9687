"""Round 654: a document that speaks as the subject ("The statement, issued by X on Sunday, said", "X's statement,
published on Sunday, welcomed") is its issuer's words. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_statement_issued_by(lexicon) -> None:
    body = "The communique, issued by the Chilean foreign ministry on Sunday, said the border talks had been useful."
    assert [(kind, day, "Chile" in actors) for kind, day, actors in typed_events(body, lexicon)] == [
        ("statement", dt.date(2023, 5, 7), True)]


def test_possessive_issuer(lexicon) -> None:
    body = "The Peruvian foreign ministry's statement, published on Saturday, welcomed the border talks."
    assert [(kind, day, "Peru" in actors) for kind, day, actors in typed_events(body, lexicon)] == [
        ("statement", dt.date(2023, 5, 6), True)]


def test_guard_issuer_after_the_day(lexicon) -> None:
    """The guard: the form the table read already keeps its speaker."""
    body = "A statement issued on Sunday by the Chilean foreign ministry said the border talks had been useful."
    assert [(kind, day, "Chile" in actors) for kind, day, actors in typed_events(body, lexicon)] == [
        ("statement", dt.date(2023, 5, 7), True)]


def test_guard_document_told_by_another(lexicon) -> None:
    """The guard: a document named inside another speaker's words gives that speaker, not its issuer."""
    body = "Chilean Foreign Minister Ana Soto said on Monday that the statement issued by Peru was unhelpful."
    assert [(kind, day) for kind, day, _ in typed_events(body, lexicon)][:1] == [("statement", dt.date(2023, 5, 8))]
