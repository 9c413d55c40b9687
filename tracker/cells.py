"""Checks shared by the CSV and XLSX readers: the input limits, a cell's text, a header, one row's cells."""
from __future__ import annotations

import os
import re

from tracker.problems import Problem

#: A cell longer than this is refused: no real field in a chronology is that long.
MAX_FIELD_CHARS = 100_000
#: Files larger than this (bytes; a workbook: unpacked) are refused before they are read:
#: TRACKER_MAX_INPUT_MB overrides it. GDELT files are streamed and have no limit.
MAX_INPUT_BYTES = 1024 * 1024 * 1024
#: Encodings tried, in order, for text files (UTF-16 only with its byte-order mark).
ENCODINGS_TRIED = ("utf-8", "utf-8-sig", "utf-16 (with BOM)")
_SURROGATE = re.compile("[\udc80-\udcff]")


def max_input_bytes() -> int:
    """TRACKER_MAX_INPUT_MB (in MB) if set, else MAX_INPUT_BYTES."""
    text = os.environ.get("TRACKER_MAX_INPUT_MB")
    return int(float(text) * 1024 * 1024) if text else MAX_INPUT_BYTES


def bad_bytes(text: str) -> str | None:
    """The reason a decoded value holds bytes that are not UTF-8 (None when it holds none)."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00
    return (f"not UTF-8 text: byte 0x{byte:02x} cannot be decoded (encodings tried: {', '.join(ENCODINGS_TRIED)}); "
            "save the file as UTF-8 and try again")


def cell_problem(value: str) -> str | None:
    """Why a cell's text cannot be stored (None when it can): too long, a NUL byte, bytes that are not UTF-8."""
    if len(value) > MAX_FIELD_CHARS:
        return f"field of {len(value):,} characters is over the limit of {MAX_FIELD_CHARS:,}"
    if "\x00" in value:
        return "holds a NUL byte (binary data); remove it"
    return bad_bytes(value)


#: Rows looked at for the header when the first is plainly not one (a title, a few lines of notes above it).
HEADER_LOOK_ROWS = 10


def header_at(rows: list) -> int:
    """The index of the header among a sheet's first rows: 0, unless the first row is plainly not one (at most two
    cells filled, as a title or a line of notes) and a later row of the first HEADER_LOOK_ROWS is (three or more
    cells filled, every row above it at most two)."""
    filled = [sum(1 for cell in row if cell is not None and str(cell).strip()) for row in rows[:HEADER_LOOK_ROWS]]
    if not filled or filled[0] >= 3:
        return 0
    at = next((i for i, n in enumerate(filled) if n >= 3), None)
    return at if at is not None and all(n <= 2 for n in filled[:at]) else 0


#: The words of the note that says where a header below a title was found (`header_row` reads its row).
READ_AS_HEADER = "was read as the header"


def header_note(rows: list, at: int, name: str) -> Problem:
    """The warning that says which row was read as the header, and what the rows above it held."""
    first = next((str(c).strip() for row in rows[:at] for c in row if c is not None and str(c).strip()), "")
    above = "row 1" if at == 1 else f"rows 1-{at}"
    held = f" ({first[:60]!r})" if first else " (empty)"
    return Problem(name, at + 1, None, f"row {at + 1} {READ_AS_HEADER}: {above} above it{held} hold a title or "
                                       "notes, not column names, and are not imported", "warning")


def header_row(notes: list[Problem]) -> int:
    """The row of a sheet's header: the one a note says was found below a title (`header_note`), else 1."""
    return next((p.row for p in notes if p.row and p.column is None and READ_AS_HEADER in p.reason), 1)


def header_problems(header: list[str], name: str, letters: bool = False, row: int = 1) -> list[Problem]:
    """A column named twice (one would be dropped silently); `row` is the header's."""
    problems, seen = [], {}
    for position, column in enumerate(header, start=1):
        if not column:
            continue
        if column in seen:
            first, here = (column_letter(seen[column]), column_letter(position)) if letters else (seen[column], position)
            problems.append(Problem(name, row, column, f"the column is named twice (columns {first} and {here}); "
                                                     "rename or remove one"))
        else:
            seen[column] = position
    return problems


def column_letter(position: int) -> str:
    """A spreadsheet column letter: 1 -> A, 28 -> AB."""
    letters = ""
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_cells(cells: list[str], header: list[str], number: int, name: str, letters: bool = False) -> tuple[dict[str, str], list[Problem]]:
    """One row's cells as {column: text} with `__row__`, and the problems of its cells (values with no column,
    too long, NUL, not UTF-8)."""
    problems = []
    for position, value in enumerate(cells[len(header):], start=len(header) + 1):
        if value.strip():
            where = column_letter(position) if letters else position
            problems.append(Problem(name, number, None, f"a value in column {where}, right of the last header "
                                                        f"({len(header)} columns): add a header or remove it"))
            break
    row = {}
    for position, (column, value) in enumerate(zip(header, cells), start=1):
        if not column:
            if value.strip():
                where = column_letter(position) if letters else position
                problems.append(Problem(name, number, None, f"a value in column {where}, which has no header: "
                                                            "add a header or remove it"))
            continue
        reason = cell_problem(value)
        if reason:
            problems.append(Problem(name, number, column, reason))
            value = value[:100]
        row.setdefault(column, value)
    for column in filter(None, header):
        row.setdefault(column, "")
    row["__row__"] = str(number)
    return row, problems
