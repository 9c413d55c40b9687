"""Reading a sheet of an XLSX workbook (the first visible one, or one named) into rows of strings, checked as a
CSV's are.

A workbook is a ZIP archive: its unpacked size is checked before openpyxl reads it (a small
file can unpack to gigabytes). A formula cell whose value was never saved (a workbook written
by a program, not a spreadsheet) is an error, not an empty cell.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from pathlib import Path

from tracker.problems import InputError, Problem
from tracker.cells import column_letter, header_at, header_note, header_problems, max_input_bytes, row_cells

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[ >/]")


def read_xlsx_rows(path: Path, name: str, sheet: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """Read the first visible sheet of an XLSX workbook, or the sheet named `sheet`, into (header, rows)."""
    header, rows, _ = read_xlsx_table(path, name, sheet)
    return header, rows


def read_xlsx_table(path: Path, name: str, sheet: str | None = None) -> tuple[list[str], list[dict[str, str]], list[Problem]]:
    """(header, rows, notes) of the first visible sheet of an XLSX workbook, or the sheet named `sheet`: a title or
    notes typed above the header are skipped (`cells.header_at`), and a note (a warning) says which row was read as
    the header."""
    import openpyxl

    _check_unpacked_size(path, name)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            if not workbook.worksheets:
                raise InputError([Problem(name, None, None, "the workbook has no sheet")])
            chosen = chosen_sheet(workbook, sheet, name)
            values = list(chosen.iter_rows(values_only=True))
            title = chosen.title
        finally:
            workbook.close()
        formulas = _formulas(path, title) if _has_formulas(path) else {}
    except InputError:
        raise
    except Exception as exc:  # openpyxl (and the XML parser under it) raise many types for broken files
        raise InputError([Problem(name, None, None, f"not a readable XLSX workbook ({type(exc).__name__}: {exc})")]) from None
    if not values:
        raise InputError([Problem(name, None, None, f"the workbook's sheet {title!r} is empty")])
    at = header_at(values)
    notes = [header_note(values, at, name)] if at else []
    header = ["" if h is None else str(h).strip() for h in values[at]]
    while header and not header[-1]:
        header.pop()
    problems = header_problems(header, name, letters=True, row=at + 1)
    rows = []
    for number, cells in enumerate(values[at + 1:], start=at + 2):
        texts = [_cell_text(c) for c in cells]
        for position, formula in formulas.get(number, {}).items():
            if position <= len(cells) and cells[position - 1] is None:
                column = header[position - 1] if position <= len(header) and header[position - 1] else None
                problems.append(Problem(name, number, column, f"a formula ({formula[:60]}) whose value was never "
                                                              "saved: open and save the workbook in a spreadsheet "
                                                              "program, or type the value"))
        if not any(t.strip() for t in texts):
            continue
        row, found = row_cells(texts, header, number, name, letters=True)
        problems += found
        rows.append(row)
    if problems:
        raise InputError(_merged_header_problems(path, title, name, problems, at + 1))
    return header, rows, notes


def _merged_header_problems(path: Path, title: str, name: str, problems: list[Problem], header_row: int = 1) -> list[Problem]:
    """`problems`, with the values "in a column which has no header" under a merged header cell ("Dates" over E1:F1,
    as analysts head two columns) said once, at the header, as what they are."""
    headless = [p for p in problems if p.row != header_row and ("which has no header" in p.reason
                                                         or "right of the last header" in p.reason)]
    merged = _merged_header(path, title, header_row) if headless else {}
    if not merged:
        return problems
    letters = {f"column {column_letter(position)}," for position in merged}
    said = [Problem(name, header_row, None, f"the header cells {coord} are merged into one ({text!r}): unmerge them and give "
                                   "each column its own header (start_date, end_date, ...)")
            for coord, text in dict.fromkeys(merged.values())]
    return said + [p for p in problems if p not in headless or not any(letter in p.reason for letter in letters)]


def _merged_header(path: Path, title: str, header_row: int = 1) -> dict[int, tuple[str, str]]:
    """{column position: (merged range, its text)} of the header cells merged into the cell left of them (read only
    on an error: openpyxl knows merged cells only when it loads the whole workbook)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    try:
        sheet = workbook[title]
        found: dict[int, tuple[str, str]] = {}
        for merged in sheet.merged_cells.ranges:
            if merged.min_row == header_row:
                text = sheet.cell(header_row, merged.min_col).value
                found.update({position: (merged.coord, "" if text is None else str(text))
                              for position in range(merged.min_col + 1, merged.max_col + 1)})
        return found
    finally:
        workbook.close()


def first_sheet(workbook):
    """The sheet an import reads: the first one a person sees in the workbook (a hidden sheet before it, a lookup
    table or last year's data, was read instead of the visible one)."""
    return next((sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"),
                workbook.worksheets[0])


def chosen_sheet(workbook, sheet: str | None, name: str):
    """The sheet named `sheet` (exactly, else ignoring case and spaces at the ends), or the first visible one when
    None; an InputError naming the file and the workbook's sheets when it has none of that name."""
    if sheet is None:
        return first_sheet(workbook)
    def loose(title: str) -> str:  # any case, spaces at the ends, an accent typed as two code points (macOS)
        return unicodedata.normalize("NFC", title).strip().casefold()

    for match in (lambda title: title == sheet, lambda title: loose(title) == loose(sheet)):
        found = [s for s in workbook.worksheets if match(s.title)]
        if found:
            return found[0]
    titles = sheet_titles(workbook)
    raise InputError([Problem(name, None, None, f"the workbook has no sheet named {sheet!r}; its sheets are: {titles}")])


def sheet_titles(workbook) -> str:
    """The workbook's sheets as a message names them, hidden ones said to be."""
    return ", ".join(repr(s.title) + (" (hidden)" if getattr(s, "sheet_state", "visible") != "visible" else "")
                     for s in workbook.worksheets)


def _check_unpacked_size(path: Path, name: str) -> None:
    """Refuse a workbook whose parts unpack to more than the input limit (a ZIP bomb), before reading it."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise InputError([Problem(name, None, None, f"not a readable XLSX workbook (BadZipFile: {exc})")]) from None
    limit = max_input_bytes()
    if unpacked > limit:
        raise InputError([Problem(name, None, None, f"the workbook unpacks to {unpacked:,} bytes, over the limit of "
                                                    f"{limit:,} (TRACKER_MAX_INPUT_MB); split it into smaller files")])


def _has_formulas(path: Path) -> bool:
    """Whether a worksheet of the workbook holds a formula (read a megabyte at a time)."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if not member.startswith("xl/worksheets/"):
                continue
            with archive.open(member) as stream:
                tail = b""
                while chunk := stream.read(1 << 20):
                    if _FORMULA_TAG.search(tail + chunk):
                        return True
                    tail = chunk[-16:]
    return False


def _formulas(path: Path, title: str) -> dict[int, dict[int, str]]:
    """{row: {column position: formula}} of the formula cells of the sheet named `title`."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        found: dict[int, dict[int, str]] = {}
        for number, cells in enumerate(workbook[title].iter_rows(values_only=True), start=1):
            for position, value in enumerate(cells, start=1):
                if isinstance(value, str) and value.startswith("="):
                    found.setdefault(number, {})[position] = value
        return found
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
