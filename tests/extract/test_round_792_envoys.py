"""Round 792: the special envoys and mediators of the followed processes as whole sets (the UN Secretary-General's
envoys and mission heads, the US and Chinese special envoys, Russia's envoy for Afghanistan, Qatar's and Egypt's
mediators, Hamas's negotiators, the Taliban's leaders), each row of officials.tsv with the page that lists the office's
holders. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, actors", [
    ("Lenderking arrived in Riyadh on Monday for talks on extending the truce.", {"Tim Lenderking", "United States"}),
    ("The special envoy Zhai Jun met the Egyptian foreign minister in Cairo on Tuesday.", {"Zhai Jun", "China"}),
    ("Kabulov told reporters in Moscow on Wednesday that the Taliban delegation would attend.",
     {"Zamir Kabulov", "Russia"}),
    ("Osama Hamdan said on Thursday that the movement had received the new proposal.", {"Osama Hamdan", "Hamas"}),
    ("Roza Otunbayeva met the acting foreign minister in Kabul on Wednesday.", {"Roza Otunbayeva", "United Nations"}),
])
def test_an_envoy_of_the_table_is_an_actor_with_the_office_he_serves(body: str, actors: set[str], lexicon) -> None:
    assert actors <= _actors(body, lexicon)


def test_guard_a_shared_surname_names_neither(lexicon) -> None:
    """The guard: a bare "Stanekzai" may be the Taliban's negotiator or the Afghan government's, so it names neither."""
    body = "Stanekzai told reporters in Doha on Monday that the talks would resume."
    assert not {"Masoom Stanekzai", "Sher Mohammad Abbas Stanekzai"} & _actors(body, lexicon)
