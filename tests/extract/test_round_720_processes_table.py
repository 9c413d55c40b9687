"""Round 720: the process gazetteer is a data file shipped in the package (tracker/extract/processes.tsv), read once into
the `name|aliases|subject|members` lines every reader splits, each process with a page that states it exists."""
from __future__ import annotations

import tomllib
from pathlib import Path

from tracker.extract import gazetteer

_TABLE = Path(gazetteer.__file__).with_name("processes.tsv")


def test_the_table_reads_as_the_lines_the_readers_split() -> None:
    lines = gazetteer.PROCESSES.strip().splitlines()
    assert len(lines) > 100 and all(len(line.split("|")) == 4 for line in lines)
    assert "Astana format" in {line.split("|")[0] for line in lines}


def test_every_process_has_one_row_and_a_source_page() -> None:
    rows = [line.split("\t") for line in _TABLE.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    names = [row[0] for row in rows]
    assert len(names) == len(set(names))
    assert all(len(row) == 5 and row[4].startswith("https://") for row in rows), [r[0] for r in rows if not r[4:]]


def test_the_package_ships_the_table() -> None:
    config = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.tsv" in config["tool"]["setuptools"]["package-data"]["tracker.extract"]


def test_every_list_of_the_gazetteer_names_a_process_of_the_table() -> None:
    """A renamed process keeps its cues, its ambiguity rules and its kind (a name left behind silently does nothing)."""
    known = {line.split("|")[0] for line in gazetteer.PROCESSES.strip().splitlines()}
    named = set(gazetteer.TWO_PARTY_PROCESSES + gazetteer.PARTY_PROCESSES + gazetteer.STANDING_PROCESSES + gazetteer.FORUMS
                + gazetteer.TRACKS) | set(gazetteer.CO_CHAIRED_BODIES)
    named |= {line.split(" & ")[0] for line in gazetteer.PROCESS_CUES.strip().splitlines()}
    named |= {part.strip() for line in gazetteer.AMBIGUOUS.strip().splitlines() for part in line.split(" & ")[1:3]}
    assert named - known == set()
