"""Reading input files into rows of strings, with clear messages for bad files.

Every problem names the file and, where there is one, the row and column: a file too large
or not a regular file is refused before it is read; text is UTF-8 (or UTF-16 with a byte-order
mark); a cell is at most MAX_FIELD_CHARS characters and never holds a NUL; a header names each
column once; a value needs a header above it.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile
from pathlib import Path

from tracker.cells import (
    _SURROGATE, ENCODINGS_TRIED, HEADER_LOOK_ROWS, MAX_FIELD_CHARS, MAX_INPUT_BYTES, bad_bytes, header_at, header_note,
    header_problems, max_input_bytes, row_cells,
)
from tracker.problems import InputError, Problem
from tracker.readers_xlsx import read_xlsx_rows, read_xlsx_table

_BOMS_16 = (b"\xff\xfe", b"\xfe\xff")

def check_input_file(path: Path, name: str, limit: bool = True) -> int:
    """The size of a regular input file; an InputError for a missing, non-regular (FIFO, device), empty or too large one.

    Only `stat` is asked, so a FIFO or `/dev/zero` behind a symlink is refused without blocking or reading.
    `limit` False: no size limit (for formats that are streamed, such as GDELT).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError([Problem(name, None, None, "file not found")]) from None
    except OSError as exc:
        raise InputError([Problem(name, None, None, f"cannot be read: {exc.strerror}")]) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError([Problem(name, None, None, "is a folder, not a file")])
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode) else \
            "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file"
        raise InputError([Problem(name, None, None, f"is {kind}, not a regular file; save the data to a file first")])
    if info.st_size == 0:
        raise InputError([Problem(name, None, None, "the file is empty")])
    most = max_input_bytes()
    if limit and info.st_size > most:
        raise InputError([Problem(name, None, None, f"the file is {info.st_size:,} bytes, over the limit of {most:,} "
                                                    "(TRACKER_MAX_INPUT_MB); split it into smaller files")])
    return info.st_size


def read_bytes_checked(path: Path, label: str | None = None) -> bytes:
    """Read a file's bytes, refusing missing, non-regular, empty and too large files (checked before reading)."""
    name = label or str(path)
    size = check_input_file(path, name)
    with open(path, "rb") as stream:
        data = stream.read(size + 1)  # never more than stat said (plus one byte: the file grew)
    if len(data) > size:
        raise InputError([Problem(name, None, None, "the file grew while it was read; try again")])
    if not data.strip():
        raise InputError([Problem(name, None, None, "the file is empty")])
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _looks_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: every other byte of the start is NUL."""
    sample = data[:4096]
    return len(sample) >= 8 and (sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4)


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; other bytes are kept as surrogates for `bad_bytes`.

    Raises an InputError for a ZIP archive, UTF-16 without a byte-order mark and binary data, naming what it is.
    """
    if data[:2] in _BOMS_16:
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError([Problem(name, None, None, f"UTF-16 text with a broken character at byte {exc.start:,}; "
                                                        "save the file as UTF-8 and try again")]) from None
    if data[:4] == b"PK\x03\x04":
        raise InputError([Problem(name, None, None, "this is a ZIP archive, not a text file: unpack it, or give an "
                                                    "XLSX workbook the .xlsx suffix")])
    if _looks_utf16(data):
        raise InputError([Problem(name, None, None, "this looks like UTF-16 text without a byte-order mark; "
                                                    "save the file as UTF-8 and try again")])
    if _looks_binary(data):
        raise InputError([Problem(name, None, None, "this is a binary file, not text (CSV, JSON or XLSX expected)")])
    return data.decode("utf-8-sig", "surrogateescape")


def _swallowed(value: str, header: list[str]) -> bool:
    """A cell that holds whole CSV rows on its later lines: a quote opened in it was never closed."""
    commas = max(2, len(header) - 3)
    return "\n" in value and any(line.count(",") >= commas for line in value.splitlines()[1:])


def read_csv_rows(path: Path, label: str | None = None, sheet: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Read a CSV file (or an XLSX workbook: its first visible sheet, or the one named `sheet`) into (header, rows);
    every cell a string."""
    header, rows, _ = read_table(path, label, sheet)
    return header, rows


def read_table(path: Path, label: str | None = None,
               sheet: str | None = None) -> tuple[list[str], list[dict[str, str]], list[Problem]]:
    """(header, rows, notes) of a CSV file or an XLSX workbook's sheet, every cell a string: a title or a few lines of
    notes above the header are skipped (`cells.header_at`), and a note (a warning) says which row was the header."""
    name = label or str(path)
    check_input_file(path, name)
    if path.suffix.lower() in (".xlsx", ".xlsm") or is_workbook(path):
        return read_xlsx_table(path, name, sheet)
    if sheet is not None:
        raise InputError([Problem(name, None, None, f"--sheet {sheet!r} names a sheet of an XLSX workbook, and this "
                                                    "file is not one")])
    text = decode_text(read_bytes_checked(path, name), name)
    csv.field_size_limit(max(MAX_FIELD_CHARS * 100, 10_000_000))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text))
    first: list[list[str]] = []
    lines: list[tuple[int, int]] = []  # (first line, last line) of each of `first`
    try:
        for cells in reader:
            lines.append(((lines[-1][1] if lines else 0) + 1, reader.line_num))
            first.append(cells)
            if len(first) == HEADER_LOOK_ROWS:
                break
    except csv.Error as exc:
        raise InputError([Problem(name, len(first) + 1, None, f"not readable as CSV: {exc}")]) from None
    if not first:
        raise InputError([Problem(name, None, None, "the file is empty")])
    at = header_at(first)
    notes = [header_note(first, at, name)] if at else []
    header = [h.strip() for h in first[at]]
    problems: list[Problem] = [Problem(name, at + 1, None, r) for r in filter(None, map(bad_bytes, header))]
    problems += header_problems(header, name, row=at + 1)
    rows: list[dict[str, str]] = []
    number = at + 1
    try:
        for number, (cells, first_line, line) in enumerate(_records(first[at + 1:], lines[at + 1:], reader),
                                                                      start=at + 2):
            if not any(c.strip() for c in cells):
                continue
            open_quote = next((c for c, v in zip(header, cells) if _swallowed(v, header)), None)
            if open_quote is not None:
                problems.append(Problem(name, number, open_quote or None,
                                        f"a quoted cell runs from line {first_line} to line {line}, over whole rows: "
                                        "a closing quote (\") is probably missing in it"))
                continue
            row, found = row_cells(cells, header, number, name)
            problems += found
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(name, number + 1, None, f"not readable as CSV: {exc}"))
    if problems:
        raise InputError(problems)
    return header, rows, notes


def _records(buffered: list[list[str]], lines: list[tuple[int, int]], reader):
    """(cells, first line, last line) of each record after the header: the ones read to find it, then the reader's."""
    for cells, (first_line, line) in zip(buffered, lines):
        yield cells, first_line, line
    line = reader.line_num
    for cells in reader:
        first_line, line = line + 1, reader.line_num
        yield cells, first_line, line


def separator(text: str) -> str:
    """The file's cell separator, read from its header line: a comma, else the semicolon that a European Excel
    writes or the tab of a TSV (both gave only "a value right of the last header" on every row). A first line with
    fewer than two of any (a title above the header) gives way to the first of the next lines that has two, and
    half as many as the widest of those lines: a line of notes holding a few ("Filters: Kazakhstan; Türkiye; ...")
    above a header of 31 commas is not the header (it made the file one of semicolons, and the header one cell)."""
    lines = text.split("\n", HEADER_LOOK_ROWS)[:HEADER_LOOK_ROWS]
    widths = [max(line.count(mark) for mark in ",;\t") for line in lines]
    first = next((line for line, n in zip(lines, widths) if n >= 2 and 2 * n >= max(widths)), lines[0])
    if "," in first:
        return ","
    counts = {mark: first.count(mark) for mark in (";", "\t")}
    mark = max(counts, key=counts.get)
    return mark if counts[mark] else ","


def is_workbook(path: Path) -> bool:
    """A ZIP file holding an Office workbook (whatever its suffix)."""
    with open(path, "rb") as stream:
        if stream.read(4) != b"PK\x03\x04":
            return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def read_json(path: Path, label: str | None = None) -> object:
    """Read a JSON file, refusing empty, binary, too large, too deeply nested and non-UTF-8 files with a clear message."""
    name = label or str(path)
    text = decode_text(read_bytes_checked(path, name), name)
    found = _SURROGATE.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        raise InputError([Problem(name, None, None, f"{bad_bytes(found.group())} (line {line}, column {column})")])
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(name, None, None, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]) from None
    except RecursionError:
        raise InputError([Problem(name, None, None, "the JSON is nested too deeply to be an export of events")]) from None


def read_json_lines(path: Path, label: str | None = None) -> tuple[list[object], list[int]]:
    """Read a JSON Lines file (one JSON value a line, as `tracker export --format jsonl` writes): the values and
    the line each came from (blank lines skipped); a line that is no JSON is an error naming it, as `read_json`."""
    name = label or str(path)
    text = decode_text(read_bytes_checked(path, name), name)
    values, numbers, problems = [], [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line))
            numbers.append(number)
        except json.JSONDecodeError as exc:
            problems.append(Problem(name, number, None, f"not valid JSON: {exc.msg} (column {exc.colno})"))
        except RecursionError:
            problems.append(Problem(name, number, None, "the JSON is nested too deeply to be an event"))
    if problems:
        raise InputError(problems)
    return values, numbers


__all__ = ["ENCODINGS_TRIED", "MAX_FIELD_CHARS", "MAX_INPUT_BYTES", "check_input_file", "decode_text", "is_workbook",
           "read_bytes_checked", "read_csv_rows", "read_json", "read_json_lines", "read_table", "read_xlsx_rows"]
