"""The knowledge tables shipped beside the rule modules (processes.tsv, officials.tsv, landmarks.tsv): tab-separated,
a header naming the columns, a source URL per row for the reader. One reader for all of them."""
from __future__ import annotations

from pathlib import Path


def rows(name: str, columns: tuple[str, ...], folder: Path | None = None) -> list[list[str]]:
    """The rows of the table `name` (in `folder`, by default beside this module; blank lines skipped), each with exactly
    `columns`; a table whose header or row does not fit fails with the file and line, as a broken package should."""
    path = (folder or Path(__file__).parent) / name
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise ValueError(f"{path}: line 1: the header should be {columns}, not {lines[0].split(chr(9)) if lines else []}")
    found = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise ValueError(f"{path}: line {number}: {len(cells)} cells where the header has {len(columns)}")
        found.append(cells)
    return found


def pipe_lines(name: str, columns: tuple[str, ...], keep: int, folder: Path | None = None) -> str:
    """The first `keep` cells of each row as `a|b|c` lines, the form the gazetteer's own tables are written in."""
    return "".join("|".join(cells[:keep]) + "\n" for cells in rows(name, columns, folder))


__all__ = ["pipe_lines", "rows"]
