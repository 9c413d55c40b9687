"""Round 1093: "announced that" talks are being held, that the parties are working towards negotiations, or (Spanish,
French) that a gathering would be hosted, makes the talks known: an `announcement`; "announced that" a past act was
done stays a statement. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.announced_ongoing import announces_ongoing


@pytest.mark.parametrize("body", [
    "Chile, Peru and Bolivia announced on May 9 that indirect talks were being held.",
    "The Peruvian government and the rebels announced today that they are working towards formal peace negotiations.",
])
def test_talks_under_way_are_announced(body: str, lexicon) -> None:
    types = event_types(body, lexicon)
    assert "announcement" in types
    assert "statement" not in types


def test_a_past_act_announced_stays_a_statement(lexicon) -> None:
    assert "announcement" not in event_types("Moscow announced on Tuesday that it had agreed to an extension of the deal.", lexicon)


@pytest.mark.parametrize("text, expected", [
    ("announced on May 9 that indirect talks were being held.", True),
    ("announced that a new summit is being prepared.", True),
    ("announced that they are working toward a peace agreement.", True),
    ("anunció que el país albergaría las negociaciones entre las partes.", True),
    ("a annoncé que les délégations se réuniraient à Genève.", True),
    ("announced that it had agreed to an extension.", False),
    ("announced that the ministry is working on a new website.", False),
    ("anunció que la Secretaría de Estado publicó el informe.", False),
    ("a annoncé que le retrait des troupes est achevé.", False),
])
def test_the_words_after_the_verb(text: str, expected: bool) -> None:
    verb = next(v for v in ("announced", "anunció", "annoncé") if v in text)
    assert announces_ongoing(text, text.index(verb) + len(verb)) is expected
