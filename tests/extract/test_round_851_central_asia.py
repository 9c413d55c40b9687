"""Round 851: the heads of state and foreign ministers of the five Central Asian states 2014-2026 as whole sets
(officials.tsv, a page listing each office's holders; known_heads.py for the presidents), the states whose capitals
and formats the tracker follows (the Astana talks, the C5+1 and China-Central Asia formats, the Caspian Five, the
Kyrgyz-Tajik border talks). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, actors", [
    ("Jeenbek Kulubaev met the Chinese ambassador in Bishkek on Tuesday to discuss the summit.",
     {"Jeenbek Kulubaev", "Kyrgyzstan"}),
    ("Sirodjiddin Mukhriddin will travel to Moscow on Monday for talks on the border.",
     {"Sirojiddin Muhriddin", "Tajikistan"}),
    ("The talks in Tashkent on Wednesday were chaired by Bakhtiyor Saidov.", {"Bakhtiyor Saidov", "Uzbekistan"}),
    ("Rashid Meredov received the Iranian delegation in Ashgabat on Thursday.", {"Rashid Meredow", "Turkmenistan"}),
    ("Mukhtar Tleuberdi said on Wednesday that the next round would be held in the capital in June.",
     {"Mukhtar Tileuberdi", "Kazakhstan"}),
])
def test_a_central_asian_minister_named_bare_is_an_actor_with_his_state(body: str, actors: set[str], lexicon) -> None:
    assert actors <= _actors(body, lexicon)


def test_two_presidents_named_bare_hold_a_summit(lexicon) -> None:
    """Heads named bare: "Japarov and Rahmon met" is a meeting of two heads of state, a summit."""
    body = "Sadyr Zhaparov and Emomali Rahmon met in Batken on Tuesday to discuss the border."
    assert ("summit", ["Emomali Rahmon", "Kyrgyzstan", "Sadyr Japarov", "Tajikistan"]) in typed_actors(body, lexicon)


def test_guard_a_bare_common_surname_names_nobody(lexicon) -> None:
    """The guard: Islam Karimov's surname is common and is no alias, so a bare "Karimov" is no actor."""
    body = "Karimov told reporters in Tashkent on Monday that the delegation would arrive on Thursday."
    assert "Islam Karimov" not in _actors(body, lexicon)
