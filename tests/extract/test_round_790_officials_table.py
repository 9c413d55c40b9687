"""Round 790: whole sets of office holders 2014-2026 (heads of state and government, foreign ministers, envoys and
secretaries-general of the offices the followed processes meet) in officials.tsv, each row with the page that lists
the office's holders. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract import officials
from tracker.resolve import fold

_TABLE = Path(officials.__file__).with_name("officials.tsv")


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in _TABLE.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


def test_every_row_is_one_person_with_a_source_page() -> None:
    rows = _rows()
    assert len(rows) > 200 and all(len(row) == 4 and row[3].startswith("https://") for row in rows)
    names = [fold(row[0]) for row in rows]
    assert len(names) == len(set(names))


def test_no_alias_names_two_people() -> None:
    """A bare surname is an alias only when it names nobody else in either table."""
    seen: dict[str, str] = {}
    for line in officials.OFFICIALS.strip().splitlines():
        name, aliases, _ = line.split("|")
        for surface in [name, *filter(None, aliases.split(";"))]:
            assert seen.setdefault(fold(surface), name) == name, surface


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, person, serves", [
    ("Prime Minister Albin Kurti met the EU envoy in Brussels on Thursday to discuss the stalled dialogue.", "Albin Kurti",
     "Kosovo"),
    ("Tshisekedi held talks with the Angolan president in Luanda on Wednesday.", "Félix Tshisekedi", "DR Congo"),
    ("Nduhungirehe and his Congolese counterpart signed the text in Washington on Tuesday.", "Olivier Nduhungirehe",
     "Rwanda"),
    ("The chief negotiator, Bislimi, arrived in Brussels on Monday for another round with Belgrade.", "Besnik Bislimi",
     "Kosovo"),
    ("Malaysian leader Datuk Seri Anwar Ibrahim travelled to Bangkok on Wednesday for talks.", "Anwar Ibrahim",
     "Malaysia"),
    ("Prak Sokhonn flew to Naypyitaw on Tuesday to meet the junta chief.", "Prak Sokhonn", "Cambodia"),
])
def test_an_office_holder_of_the_table_is_an_actor_with_his_state(body: str, person: str, serves: str,
                                                                   lexicon) -> None:
    assert {person, serves} <= _actors(body, lexicon)


def test_guard_a_common_word_is_no_official(lexicon) -> None:
    """The guard: "Crimean Tatar" is a people, not the Turkish Cypriot leader (no bare "Tatar" alias)."""
    body = "Crimean Tatar leaders met the Turkish foreign minister in Ankara on Thursday."
    assert "Ersin Tatar" not in _actors(body, lexicon)
