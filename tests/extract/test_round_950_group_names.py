"""Round 950: armed groups, bodies and coalitions a wire names by their own names (the Libyan National Army, the
Government of National Accord, Tehreek-i-Taliban Pakistan, the Justice and Equality Movement, the Ethiopian National
Defence Force, the African Union Commission) and the names a group gives itself (the Taliban's "Islamic Emirate", the
Venezuelan opposition's "Plataforma Unitaria") are actors of the organisations table (docs/extraction.md, round 950).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _all_actors(body: str, lexicon) -> set[str]:
    return {name for _, names in typed_actors(body, lexicon) for name in names}


@pytest.mark.parametrize("body, actor", [
    ("Envoys of the Libyan National Army met officials of the Government of National Accord in Geneva on Tuesday.",
     "Libyan National Army"),
    ("The LNA and the GNA held a second round of military talks in Ghadames on Wednesday.",
     "Government of National Accord"),
    ("Pakistani officials held talks with Tehreek-e-Taliban Pakistan in Kabul on Monday, a jirga member said.",
     "Tehreek-i-Taliban Pakistan"),
    ("The Justice and Equality Movement signed a framework agreement with the government in Doha on Tuesday.",
     "Justice and Equality Movement"),
    ("The Ethiopian National Defense Force and Tigrayan forces met in Nairobi on Monday to agree on disarmament.",
     "Ethiopian National Defense Force"),
    ("The AU Commission hosted the two delegations in Pretoria on Wednesday for a first round of talks.",
     "African Union Commission"),
    ("Islamic Emirate negotiators met Pakistani officials in Istanbul on Thursday, a spokesman said.",
     "Taliban"),
    ("The government and the Plataforma Unitaria opened a fourth round of talks in Mexico City on Wednesday.",
     "Venezuelan opposition"),
])
def test_a_group_named_by_its_name_is_an_actor(body: str, actor: str, lexicon) -> None:
    assert actor in _all_actors(body, lexicon)


def test_the_pakistani_taliban_are_not_the_afghan_taliban(lexicon) -> None:
    actors = _all_actors("Pakistani officials held talks with Tehrik-i-Taliban Pakistan in Kabul on Monday.", lexicon)
    assert "Taliban" not in actors


def test_the_taliban_stay_the_taliban(lexicon) -> None:  # guard
    actors = _all_actors("Taliban negotiators met US envoys in Doha on Saturday for a new round of talks.", lexicon)
    assert "Taliban" in actors and "Afghanistan" not in actors
