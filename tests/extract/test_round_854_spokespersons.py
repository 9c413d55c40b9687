"""Round 854: the foreign ministry spokespersons 2014-2026 of the states whose ministries brief most on the followed
processes (Pakistan, India, China, Iran, the United States, Azerbaijan, Armenia, Türkiye) as whole sets in officials.tsv,
each row with the page that lists the office's holders. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, actors", [
    ("Muhammad Faisal told reporters in Islamabad on Thursday that the corridor talks would resume next week.",
     {"Mohammad Faisal", "Pakistan"}),
    ("Arindam Bagchi said on Friday that New Delhi had proposed a new round of talks.", {"Arindam Bagchi", "India"}),
    ("Guo Jiakun said in Beijing on Monday that China supported the talks.", {"Guo Jiakun", "China"}),
    ("Keceli said on Wednesday that Ankara would host the next round.", {"Öncü Keçeli", "Türkiye"}),
    ("Bahram Ghasemi told reporters in Tehran on Tuesday that the talks had made progress.", {"Bahram Qasemi", "Iran"}),
])
def test_a_spokesperson_of_the_table_speaks_for_the_state(body: str, actors: set[str], lexicon) -> None:
    assert actors <= _actors(body, lexicon)


def test_guard_a_common_surname_alone_names_no_spokesperson(lexicon) -> None:
    """The guard: "Faisal" and "Mousavi" are common names, kept as no alias: alone they name none of the table's people."""
    body = "Mousavi told reporters in Tehran on Tuesday that the talks would resume."
    assert "Abbas Mousavi" not in _actors(body, lexicon)
