"""Reading input files into rows of strings, with clear messages for bad files."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tracker.problems import InputError, Problem

#: A cell longer than this is refused: no real field in a chronology is that long.
MAX_FIELD_CHARS = 100_000
#: Encodings tried, in order, for text files.
ENCODINGS_TRIED = ("utf-8", "utf-8-sig")


def read_bytes_checked(path: Path, label: str | None = None) -> bytes:
    """Read a file's bytes, refusing missing, empty and binary files."""
    name = label or str(path)
    if not path.exists():
        raise InputError([Problem(name, None, None, "file not found")])
    if path.is_dir():
        raise InputError([Problem(name, None, None, "is a folder, not a file")])
    data = path.read_bytes()
    if not data.strip():
        raise InputError([Problem(name, None, None, "the file is empty")])
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 text (with or without BOM) or raise an InputError that says what was tried."""
    if _looks_binary(data):
        raise InputError([Problem(name, None, None, "this is a binary file, not text (CSV, JSON or XLSX expected)")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reason = (
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line} cannot be decoded "
            f"(encodings tried: {', '.join(ENCODINGS_TRIED)}); save the file as UTF-8 and try again"
        )
        raise InputError([Problem(name, line, None, reason)]) from None


def read_csv_rows(path: Path, label: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Read a CSV file into (header, rows); every cell a string."""
    name = label or str(path)
    data = read_bytes_checked(path, name)
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return read_xlsx_rows(path, name)
    text = decode_text(data, name)
    csv.field_size_limit(max(MAX_FIELD_CHARS * 100, 10_000_000))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError([Problem(name, None, None, "the file is empty")]) from None
    except csv.Error as exc:
        raise InputError([Problem(name, 1, None, f"not readable as CSV: {exc}")]) from None
    problems: list[Problem] = []
    rows: list[dict[str, str]] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append(Problem(name, number, None, f"{len(cells)} cells but the header has {len(header)} columns"))
                continue
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            row["__row__"] = str(number)
            for column, value in row.items():
                if len(value) > MAX_FIELD_CHARS:
                    problems.append(Problem(name, number, column, f"field of {len(value):,} characters is over the limit of {MAX_FIELD_CHARS:,}"))
                    row[column] = value[:100]
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, None, f"not readable as CSV: {exc}"))
    if problems:
        raise InputError(problems)
    return header, rows


def read_xlsx_rows(path: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    """Read the first sheet of an XLSX workbook into (header, rows)."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError([Problem(name, None, None, f"not a readable XLSX workbook ({type(exc).__name__}: {exc})")]) from None
    sheet = workbook.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    workbook.close()
    if not values:
        raise InputError([Problem(name, None, None, "the workbook's first sheet is empty")])
    header = ["" if h is None else str(h).strip() for h in values[0]]
    rows = []
    for number, cells in enumerate(values[1:], start=2):
        texts = [_cell_text(c) for c in cells]
        if not any(t.strip() for t in texts):
            continue
        row = dict(zip(header, texts + [""] * (len(header) - len(texts))))
        row["__row__"] = str(number)
        rows.append(row)
    return header, rows


def _cell_text(value: object) -> str:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_json(path: Path, label: str | None = None) -> object:
    """Read a JSON file, refusing empty, binary and non-UTF-8 files with a clear message."""
    name = label or str(path)
    text = decode_text(read_bytes_checked(path, name), name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(name, exc.lineno, None, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]) from None
