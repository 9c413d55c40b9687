"""Round 926: "<state>'s <Name> <place noun>" names a place of that state, not a person of it.

"Peru's Luis Vera" is a person of Peru named without a title; "Chile's Puerto Montt port", "Kenya's Rift Valley region"
are places, told by the common noun of place after the name or by the lexicon's knowing the name as a place. Sentences
of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


@pytest.mark.parametrize("body, place", [
    ("The ministers will meet on Monday in Chile's Puerto Montt port for talks on the border.", "Puerto Montt"),
    ("The ministers met in Kenya's Rift Valley region on Monday for talks.", "Rift Valley"),
    ("The summit will take place in Indonesia's Labuan Bajo town on May 9-11.", "Labuan Bajo"),
    ("The envoys gathered at Egypt's Sharm el-Sheikh resort on Monday for talks.", "Sharm el-Sheikh"),
    ("The delegations held talks on Tuesday in Russia's Kazan city on Afghanistan.", "Kazan"),
])
def test_a_place_of_a_state_is_no_person(body: str, place: str, lexicon) -> None:
    assert all(place not in actors for _, actors in typed_actors(body, lexicon))


def test_guard_a_person_of_a_state_stays(lexicon) -> None:
    names = {n for _, actors in typed_actors("Foreign ministers met on Monday. Peru's Luis Vera said the talks in Lima "
                                             "were useful.", lexicon) for n in actors}
    assert {"Luis Vera", "Peru"} <= names
