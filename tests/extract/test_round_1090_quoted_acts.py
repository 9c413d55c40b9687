"""Round 1090: quoted words that fix a signing, a meeting or a visit to come by its verb, with a day, make the
speaker's words an `announcement` ("“We will sign the accord on Monday,” the spokesman said"), as the same words
outside quotes already did; a quote of a past act or of a modal with no day stays a statement. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.quoted_acts import plans_act


@pytest.mark.parametrize("quote", [
    "Both governments will sign the water accord on Monday",
    "The two presidents would meet in Quito next week",
    "Our envoy is due to travel to Nairobi on 14 June",
    "I will visit Hanoi later this month",
    "Les deux délégations signeront le protocole demain",
    "Los cancilleres se reunirán el jueves en Asunción",
])
def test_a_dated_act_to_come_is_planned(quote: str) -> None:
    assert plans_act(quote)


@pytest.mark.parametrize("quote", [
    "We will meet our obligations under the accord",
    "Both governments signed the water accord on Monday",
    "They would never sign such a text",
    "The ministers met in Quito next to the old cathedral",
])
def test_no_dated_act_to_come(quote: str) -> None:
    assert not plans_act(quote)


@pytest.mark.parametrize("body", [
    "“Ecuador and Colombia will sign the water accord on Monday,” Ecuadorian Foreign Minister Rosa Vega said.",
    "“The two presidents would meet in Quito next week,” Ecuadorian Foreign Minister Rosa Vega said.",
    "“Our envoy is due to travel to Bogota on Monday,” Ecuadorian Foreign Minister Rosa Vega said.",
    "Ecuadorian Foreign Minister Rosa Vega said: “Ecuador and Colombia will sign the water accord on Monday.”",
])
def test_the_quoted_plan_is_an_announcement(body: str, lexicon) -> None:
    types = event_types(body, lexicon)
    assert "announcement" in types
    assert "statement" not in types


@pytest.mark.parametrize("body", [
    "“Ecuador will meet its obligations under the water accord,” Ecuadorian Foreign Minister Rosa Vega said.",
    "“Ecuador and Colombia signed the water accord on Monday,” Ecuadorian Foreign Minister Rosa Vega said.",
])
def test_other_quotes_stay_statements(body: str, lexicon) -> None:
    assert "announcement" not in event_types(body, lexicon)
