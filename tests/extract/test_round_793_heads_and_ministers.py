"""Round 793: more heads of state and government and foreign ministers of states that take part in or host the followed
processes (Libya's councils, Morocco, Jordan, Bahrain, Syria after 2024, Chad, Uzbekistan, Italy, Poland, Hungary,
Germany, France and the United Kingdom since 2014, the Holy See), each row of officials.tsv with the page that lists the
office's holders; the Holy See as a state of the gazetteer ("the Vatican"). Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, actors", [
    ("Cardinal Pietro Parolin met the Ukrainian foreign minister in Rome on Tuesday.", {"Pietro Parolin", "Vatican"}),
    ("Orban travelled to Moscow on Friday to meet the Russian president.", {"Viktor Orbán", "Hungary"}),
    ("Menfi received the UN envoy in Tripoli on Sunday to discuss the election law.", {"Mohamed al-Menfi", "Libya"}),
    ("Bourita and his Spanish counterpart signed the declaration in Rabat on Thursday.", {"Nasser Bourita", "Morocco"}),
    ("Lammy told lawmakers on Wednesday that the talks in Geneva had been constructive.",
     {"David Lammy", "United Kingdom"}),
])
def test_a_head_or_minister_of_the_table_is_an_actor_with_his_state(body: str, actors: set[str], lexicon) -> None:
    assert actors <= _actors(body, lexicon)


def test_guard_a_month_is_no_prime_minister(lexicon) -> None:
    """The guard: "in May" names no Theresa May (her surname is no alias)."""
    body = "The envoys met in Geneva on 4 May and will meet again in May, the British delegation said on Thursday."
    assert "Theresa May" not in _actors(body, lexicon)
