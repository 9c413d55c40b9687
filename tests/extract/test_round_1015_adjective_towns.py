"""Round 1015: a town named between its state's adjective and its kind ("in Kyrgyz Batken city", "in Tajik Isfara
district") is the gathering's venue, its country the adjective's state.

Guards: no state's adjective before the town gives no reading ("in Old Town district"), and a plain "the Kyrgyz city of
Osh" keeps its own reading. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venue", [
    ("On May 3, 2023, in Kyrgyz Batken city, a joint meeting of the border delegations of Kyrgyzstan and Tajikistan "
     "was held.", "Batken"),
    ("Water officials of Kyrgyzstan and Tajikistan met on Tuesday in Tajik Isfara district to discuss the canal.",
     "Isfara"),
    ("The border commissions of Uzbekistan and Kyrgyzstan held talks on Wednesday in Uzbek Sokh district.", "Sokh"),
    ("On May 3, in Kyrgyz Batken city, a joint meeting of the government delegations of Kyrgyzstan and Tajikistan on "
     "the delimitation and demarcation of the common state border and on the water of the shared rivers was held.",
     "Batken"),
])
def test_the_town_between_adjective_and_kind_is_placed(body: str, venue: str, lexicon) -> None:
    assert gathering_venues(body, lexicon) and all(v == venue for v in gathering_venues(body, lexicon))


def test_no_adjective_no_town(lexicon) -> None:
    body = "The ministers of Kyrgyzstan and Tajikistan met on Tuesday in Old Town district of the capital."
    assert "Old" not in gathering_venues(body, lexicon) and "Town" not in gathering_venues(body, lexicon)


def test_the_city_of_keeps_its_reading(lexicon) -> None:
    body = "The foreign ministers of Kyrgyzstan and Tajikistan met on Tuesday in the Kyrgyz city of Osh."
    assert gathering_venues(body, lexicon) == ["Osh"]
