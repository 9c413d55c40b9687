"""Round 1068: a country named again by an epithet ("met in the Horn of Africa nation", "talks in the Caribbean
island") is the country of the place the same sentence told before it.

Guards: an epithet with no place before it in its sentence places nothing, nor does one after a topic ("the violence
in the war-torn country"). Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venues", [
    ("Delegations of Somalia and Somaliland held talks on Thursday in Djibouti, two days after their leaders met in the "
     "Horn of Africa nation.", ["Djibouti", "Djibouti"]),
    ("The delegations of the Venezuelan government and the opposition met on Thursday in Bridgetown, a week after they "
     "held talks in the Caribbean island.", ["Bridgetown", "Barbados"]),
])
def test_the_epithet_names_the_country_told_before(body: str, venues: list[str], lexicon) -> None:
    assert sorted(v or "" for v in gathering_venues(body, lexicon)) == sorted(venues)


def test_no_place_before_no_venue(lexicon) -> None:
    body = "The leaders of Somalia and Somaliland met on Tuesday in the Horn of Africa nation."
    assert gathering_venues(body, lexicon) == [None]


def test_a_topic_epithet_places_nothing(lexicon) -> None:
    body = ("Somalia's leader, who flew home to Mogadishu on Monday, met Somaliland's leader on Tuesday to end the "
            "fighting in the Horn of Africa nation.")
    assert gathering_venues(body, lexicon) == [None]
