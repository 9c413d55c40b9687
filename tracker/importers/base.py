"""What every importer shares: its options, its interface, and the checked path through the flat format.

A foreign format is turned into rows of our flat format (docs/import-format.md) and checked by
`tracker.flat.rows_to_tables`, so every import obeys the same rules; the problems found there are
renamed to the column of the original file, so a message names the cell the analyst must fix.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Protocol
from urllib.parse import urlsplit

from tracker.flat import FLAT_COLUMNS, ParseContext, guard_formula, rows_to_tables
from tracker.models import REVIEW_STATES, Tables
from tracker.problems import Problem
from tracker.resolve import ActorIndex, ProcessIndex

#: CAMEO root codes read from GDELT unless `--cameo` says otherwise: the verbal and diplomatic ones.
DEFAULT_CAMEO = ("01", "02", "03", "04", "05")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOptions:
    """Choices an import takes: the review state of the events, the CAMEO codes read from GDELT, and the sheet read
    from an XLSX workbook."""

    state: str | None = None  # None: the format's own default (candidate for machine-coded events)
    cameo: tuple[str, ...] = DEFAULT_CAMEO
    sheet: str | None = None  # None: the workbook's first visible sheet

    def __post_init__(self):
        if self.sheet is not None and not isinstance(self.sheet, str):
            raise ValueError(f"sheet is the name of a workbook's sheet (text), not {self.sheet!r}")
        if self.state is not None and self.state not in REVIEW_STATES:
            raise ValueError(f"unknown review state {self.state!r}; use one of: {', '.join(REVIEW_STATES)}")
        bad = [code for code in self.cameo if not re.fullmatch(r"\d{2,4}", code)]
        if bad:
            raise ValueError(f"CAMEO codes are 2 to 4 digits (e.g. 04 or 046), not {', '.join(map(repr, bad))}")


@dataclass(frozen=True)
class Head:
    """The start of a file, enough to recognise its format: zipped or not, the first line, the header cells."""

    path: Path
    zipped: bool = False
    workbook: bool = False
    first_line: str = ""
    header: tuple[str, ...] = ()
    json: bool = False
    notes: list[str] = field(default_factory=list)


class Importer(Protocol):
    """One format: `recognise` says why a file is of it (or None), `read` turns it into checked Tables."""

    name: str
    label: str

    def recognise(self, head: Head) -> str | None: ...

    def read(self, path: Path, known: Tables, label: str, options: ImportOptions,
             progress: Progress | None = None) -> tuple[Tables, list[Problem]]: ...


def checked_tables(rows: list[dict[str, str]], file: str, known: Tables, columns: dict[str, str],
                   progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
    """Check flat `rows` against `known` as the flat format does; problems name the original file's columns."""
    context = ParseContext(actors=ActorIndex(known.actors), processes=ProcessIndex(known.processes),
                           known_event_ids=set(known.events["event_id"].dropna()))
    report = (lambda done: progress(done, len(rows))) if progress is not None else None
    tables, problems = rows_to_tables(rows, list(FLAT_COLUMNS), file, context, report)
    renamed = [replace(p, column=columns.get(p.column, p.column)) if p.column else p for p in problems]
    return tables, collapse_warnings(renamed)


def collapse_warnings(problems: list[Problem]) -> list[Problem]:
    """One warning for the same column and reason on many rows (a new actor named on 10,000 GDELT rows),
    at its first row, saying how many other rows; errors are all kept."""
    first: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}
    out: list[Problem] = []
    for problem in problems:
        if problem.severity == "error":
            out.append(problem)
            continue
        key = (problem.column, problem.reason)
        counts[key] = counts.get(key, 0) + 1
        if key not in first:
            first[key] = len(out)
            out.append(problem)
    for key, at in first.items():
        if counts[key] > 1:
            out[at] = replace(out[at], reason=f"{out[at].reason} (and on {counts[key] - 1:,} more rows)")
    return out


def flat_row(number: int, **cells: object) -> dict[str, str]:
    """A row of the flat format: every column present, `None` as empty, `__row__` the original row number.

    Cells are formula-guarded as a flat file holds them, because the flat check unguards every
    cell: a text that starts with `'=` comes through as itself, not as `=`.
    """
    row = {column: "" for column in FLAT_COLUMNS}
    row.update({k: "" if v is None else guard_formula(str(v)) for k, v in cells.items()})
    row["__row__"] = str(number)
    return row


def source_line(publisher: str, published: str, title: str, url: str) -> str:
    """One line of the flat `sources` cell; line breaks in the parts become spaces, and a bar a slash (the cell's
    parts are split at bars: a title ending in one, "Type: |", shifted the published date into the title's place)."""
    def one(text: str) -> str:
        return re.sub(r"\s*\|\s*", " / ", re.sub(r"\s+", " ", str(text or ""))).strip()
    return f"{one(publisher)} | {one(published)} | {one(title)} | {one(url)}"


def publisher_of(url: str) -> str:
    """The host of a URL without `www.`: the publisher when a format names none."""
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def last_day(year: int, month: int | None = None) -> dt.date:
    """The last day of a year, or of a month of it."""
    if month is None:
        return dt.date(year, 12, 31)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def one_line(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space."""
    return re.sub(r"\s+", " ", text or "").strip()
