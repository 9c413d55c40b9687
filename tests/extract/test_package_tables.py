"""The knowledge tables shipped with the extractor are read by one reader, which names the file and line of a fault."""
from __future__ import annotations

import pytest

from tracker.extract import package_tables


@pytest.mark.parametrize("name, columns", [
    ("processes.tsv", ("name", "aliases", "subject", "members", "source")),
    ("officials.tsv", ("name", "aliases", "serves", "source")),
    ("landmarks.tsv", ("name", "aliases", "kind", "town", "country", "source")),
])
def test_every_shipped_table_reads_and_cites_a_source_per_row(name, columns) -> None:
    found = package_tables.rows(name, columns)
    assert found and all(cells[0] and cells[-1].startswith("http") for cells in found)


def test_a_broken_table_names_its_file_and_line(tmp_path) -> None:
    (tmp_path / "t.tsv").write_text("name\tsource\nGeneva\thttps://example.org\n\nBern\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"t\.tsv: line 4: 1 cells where the header has 2"):
        package_tables.rows("t.tsv", ("name", "source"), folder=tmp_path)
    with pytest.raises(ValueError, match=r"t\.tsv: line 1: the header should be"):
        package_tables.rows("t.tsv", ("name", "url"), folder=tmp_path)


def test_pipe_lines_keep_the_first_cells(tmp_path) -> None:
    (tmp_path / "t.tsv").write_text("name\taliases\tsource\nGeneva\tGenf;Genève\thttps://example.org\n", encoding="utf-8")
    lines = package_tables.pipe_lines("t.tsv", ("name", "aliases", "source"), keep=2, folder=tmp_path)
    assert lines == "Geneva|Genf;Genève\n"
