"""Round 653: "inked" and "penned" a document are signings, as "signed" is. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_inked_agreements(lexicon) -> None:
    body = "Chile and Peru inked a series of energy agreements in Lima on Tuesday."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2023, 5, 9))]


def test_penned_a_declaration(lexicon) -> None:
    body = "The two presidents penned a joint declaration in Quito on Wednesday."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2023, 5, 10))]


def test_passive_inked(lexicon) -> None:
    assert typed_days("The border pact was inked in Tashkent on Saturday.", lexicon) == [("agreement", dt.date(2023, 5, 6))]


def test_guard_penned_an_article(lexicon) -> None:
    """The guard: penning an article or a letter is no accord."""
    assert typed_days("The minister penned an op-ed in a Chilean daily on Monday.", lexicon) == []
