"""Importers by name, one module per format, and `detect`, which recognises a file's format from its content.

>>> sorted(IMPORTERS)
['acled', 'flat', 'gdelt', 'timelinejs']
"""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from tracker.cells import HEADER_LOOK_ROWS, header_at
from tracker.importer import SUPPORTED
from tracker.importers.acled import Acled
from tracker.importers.base import Head, Importer, ImportOptions, Progress
from tracker.importers.flat import Flat
from tracker.importers.gdelt import Gdelt
from tracker.importers.timelinejs import TimelineJS
from tracker.models import Tables
from tracker.problems import InputError, Problem
from tracker.readers import check_input_file, separator
from tracker.readers_xlsx import chosen_sheet

#: format name -> importer.
IMPORTERS: dict[str, Importer] = {importer.name: importer for importer in (Flat(), TimelineJS(), Gdelt(), Acled())}
#: The order `detect` asks them in: the most specific first (our flat JSON also has "start_date").
DETECT_ORDER = ("gdelt", "timelinejs", "acled", "flat")
#: Bytes read to recognise a format.
HEAD_BYTES = 65_536


def read_head(path: Path, name: str, sheet: str | None = None) -> Head:
    """The start of the file: zipped or a workbook, its first line, its header cells (never the whole file)."""
    check_input_file(path, name, limit=False)  # missing, a folder, a FIFO or device, empty: never opened
    with path.open("rb") as stream:
        start = stream.read(HEAD_BYTES)
    if not start.strip():
        raise InputError([Problem(name, None, None, "the file is empty")])
    if start[:4] == b"PK\x03\x04" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = archive.namelist()
            if "[Content_Types].xml" in members:
                return Head(path, workbook=True, header=_workbook_header(path, sheet))
            files = [m for m in archive.infolist() if not m.is_dir()]
            first = ""
            if len(files) == 1:
                with archive.open(files[0]) as member:
                    first = member.readline(HEAD_BYTES).decode("utf-8", "replace")
            return Head(path, zipped=True, first_line=first)
    utf16 = start[:2] in (b"\xff\xfe", b"\xfe\xff")  # as `readers.decode_text` reads the whole file
    text = start[:len(start) // 2 * 2].decode("utf-16", "replace") if utf16 else start.decode("utf-8-sig", "replace")
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "["):
        return Head(path, json=True, first_line=text)
    lines = text.splitlines()[:HEADER_LOOK_ROWS]
    first = lines[0] if lines else ""
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=separator(text)))
    except csv.Error:
        rows = []
    header = tuple(h.strip() for h in rows[header_at(rows)]) if rows else ()  # below a title, as the readers read it
    return Head(path, first_line=first, header=header)


def _workbook_header(path: Path, sheet: str | None = None) -> tuple[str, ...]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a broken workbook is reported by the reader, with its reason
        return ()
    try:
        try:
            chosen = chosen_sheet(workbook, sheet, str(path))
        except InputError:  # no such sheet: the reader says so, naming the file and the sheets
            return ()
        try:
            rows = list(chosen.iter_rows(max_row=HEADER_LOOK_ROWS, values_only=True))
        except Exception:  # a broken row below the first (a NUL in a cell's XML): the reader says why
            rows = list(chosen.iter_rows(max_row=1, values_only=True))
    except Exception:  # a broken first row: the reader says why, naming the file
        rows = []
    finally:
        workbook.close()
    first = rows[header_at(rows)] if rows else ()  # below a title, as the reader reads it
    return tuple("" if h is None else str(h).strip() for h in first)


def detect(path: Path, label: str | None = None, sheet: str | None = None) -> tuple[str | None, str]:
    """(format name, why) for the file at `path` (of a workbook, its sheet named `sheet` or its first visible one);
    (None, why not) when no importer recognises it."""
    head = read_head(path, label or str(path), sheet)
    for name in DETECT_ORDER:
        reason = IMPORTERS[name].recognise(head)
        if reason:
            return name, reason
    return None, "no known format: not our flat header, a TimelineJS sheet, an ACLED export or a GDELT event file"


def detect_bytes(data: bytes, name: str) -> tuple[str | None, str]:
    """`detect` of bytes named `name` (an upload): read from a temporary copy of the same suffix, then removed."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(name).name or "upload")
        path.write_bytes(data)
        try:
            return detect(path, name)
        except InputError as exc:
            return None, "; ".join(p.reason for p in exc.problems)


def file_label(path: Path, sheet: str | None = None, label: str | None = None) -> str:
    """How a problem names the file: its name, and for a workbook the sheet read too ("events.xlsx, sheet 'Events'"),
    for the reader's problems and the checks against the store alike."""
    name = label or str(path)
    return _with_sheet(name, workbook_sheet(path, sheet, name))


def _with_sheet(name: str, sheet: str | None) -> str:
    """"events.xlsx, sheet 'Events'" for a workbook's sheet, the name alone otherwise."""
    return f"{name}, sheet {sheet!r}" if sheet is not None else name


def read_events(path: Path, known: Tables, fmt: str = "auto", options: ImportOptions | None = None,
                label: str | None = None, progress: Progress | None = None) -> tuple[Tables, list[Problem], str, str]:
    """Read a file of format `fmt` (or the detected one) against `known`: (tables, problems, format, why that format)."""
    name = label or str(path)
    options = options or ImportOptions()
    if fmt != "auto" and fmt not in IMPORTERS:
        raise ValueError(f"unknown import format {fmt!r}; use auto or one of: {', '.join(IMPORTERS)}")
    found, reason = detect(path, name, options.sheet)  # (the file is checked there: a FIFO is never opened)
    sheet = workbook_sheet(path, options.sheet, name)
    if options.sheet is not None and sheet is None:
        raise InputError([Problem(name, None, None, f"--sheet {options.sheet!r} names a sheet of an XLSX workbook, "
                                                    "and this file is not one")])
    name = _with_sheet(name, sheet)
    if fmt == "auto":
        if found is None:
            if path.suffix.lower() not in SUPPORTED:
                raise InputError([Problem(name, None, None, f"unsupported file type {path.suffix or '(none)'}: {reason}")])
            found, reason = "flat", f"read as the tracker's flat format ({reason})"
        fmt = found
    elif found is not None and found != fmt:
        raise InputError([Problem(name, None, None, f"this is {reason}, not {IMPORTERS[fmt].label}; "
                                                    f"use --format {found} or --format auto")])
    else:
        reason = f"read as {IMPORTERS[fmt].label} (--format {fmt})"
    tables, problems = IMPORTERS[fmt].read(path, known, name, options, progress)
    if sheet is not None and options.sheet is None and any("column(s) missing" in p.reason for p in problems):
        others = [title for title, shown in _sheet_titles(path) if title != sheet and shown]
        if others:  # the events are most likely on another sheet (a read-me or a lookup table comes first)
            problems.append(Problem(name, None, None, f"the workbook has other sheets ({', '.join(map(repr, others))}): "
                                                      "name the one to read with --sheet NAME", "warning"))
    return tables, problems, fmt, reason


def _sheet_titles(path: Path) -> list[tuple[str, bool]]:
    """(title, shown) of each sheet (a hidden one holds a lookup table or last year's data, not what to import)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(sheet.title, getattr(sheet, "sheet_state", "visible") == "visible") for sheet in workbook.worksheets]
    finally:
        workbook.close()


def workbook_sheet(path: Path, sheet: str | None = None, label: str | None = None) -> str | None:
    """The name of the sheet an import reads (`sheet`, else the first visible one) when `path` is an XLSX workbook,
    else None."""
    with path.open("rb") as stream:
        if stream.read(4) != b"PK\x03\x04":
            return None
    try:
        with zipfile.ZipFile(path) as archive:
            if "[Content_Types].xml" not in archive.namelist():
                return None
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True)
        try:
            return chosen_sheet(workbook, sheet, label or str(path)).title if workbook.worksheets else None
        finally:
            workbook.close()
    except InputError:  # no sheet of that name
        raise
    except Exception:  # a broken workbook: the reader says why, naming the file
        return None


__all__ = ["IMPORTERS", "ImportOptions", "detect", "detect_bytes", "file_label", "read_events", "read_head", "workbook_sheet"]
