"""Fuzzing the importers (issue 13): any CSV, XLSX or JSON shape is read into tables or refused with problems
that name the file (and a row that exists), never a traceback. Bounded: a fixed number of examples, no deadline.
"""
from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tracker.flat import FLAT_COLUMNS
from tracker.importers import read_events
from tracker.problems import InputError

FUZZ = settings(max_examples=30, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

#: Cells close to real ones (valid values, near misses) and hostile ones (quotes, guards, NUL, bars, line breaks).
_CELL = st.one_of(
    st.sampled_from(["", "x-1", "x-2", "Talks in Astana", "meeting", "held", "2023-06-22", "2023-13-45", "0001-01-01",
                     "Kazakhstan [host]", "Nobody [fan]", "TASS | 2023-06-22 | t | https://tass.com/a",
                     "TASS | | t | https://tass.com/a", "TASS | x", "follows x-1", "refers_to nowhere",
                     '[1] Lavrov: "yes"', "'=1+1", "''@home", "Astana format", "ASTANA!", "KAZ", "zz", "0.5", "7"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
    st.text(alphabet=list("\"',|;:[]\n\r\t\x00=@+- aé"), max_size=20),
)
_HEADER = st.lists(st.one_of(st.sampled_from(FLAT_COLUMNS), st.sampled_from(["", "colour", "title "])),
                   min_size=1, max_size=len(FLAT_COLUMNS) + 2)
_EXTRA = st.sampled_from(["", "colour", "title", "summary", "tags"])  # no header, unknown, named twice
#: A valid value per required column, so that many sheets import and the "nothing dropped" check bites.
_VALID = {"event_id": "x-{n}", "title": "Talks in Astana", "event_type": "meeting", "status": "held",
          "start_date": "2023-06-22", "sources": "TASS | 2023-06-22 | t | https://tass.com/a"}


@st.composite
def _any_sheet(draw) -> list[list[str]]:
    """Any header of known and odd names, rows of any cells."""
    header = draw(_HEADER)
    width = len(header)
    rows = draw(st.lists(st.lists(_CELL, min_size=max(0, width - 2), max_size=width + 2), max_size=6))
    return [header, *rows]


@st.composite
def _near_valid_sheet(draw) -> list[list[str]]:
    """The required columns in any order plus extra ones (named twice, unnamed, unknown); required cells
    mostly valid, the rest anything."""
    header = list(draw(st.permutations(list(_VALID))))
    for position, extra in draw(st.lists(st.tuples(st.integers(0, 8), _EXTRA), max_size=3)):
        header.insert(position, extra)
    rows = []
    for n in range(draw(st.integers(1, 4))):
        cells = [_VALID[c].format(n=n) if c in _VALID and draw(st.integers(0, 9)) else draw(_CELL) for c in header]
        rows.append(cells + draw(st.lists(_CELL, max_size=2)))
    return [header, *rows]


_SHEET = st.one_of(_any_sheet(), _near_valid_sheet())


def _json_value(depth: int = 2):
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True), _CELL)
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(st.sampled_from(["name", "role", "publisher",
                                                                                          "title", "url", "quotes",
                                                                                          "speaker", "text",
                                                                                          "link_type", "to_event_id"]),
                                                                         inner, max_size=4)), max_leaves=8)


_EVENT = st.dictionaries(st.sampled_from([*FLAT_COLUMNS, "colour"]), _json_value(), max_size=12)
_JSON = st.one_of(st.lists(_EVENT, max_size=4).map(lambda events: {"events": events}), st.lists(_EVENT, max_size=4),
                  _json_value())


def _check(path, shipped, rows: int | None, sheet: list[list[str]] | None = None) -> None:
    """Read `path`: tables and problems (each naming the file, a row in the file), or an InputError saying why.

    Read without an error, no value of `sheet` was dropped: each sits under a header named once.
    """
    try:
        tables, problems, _, _ = read_events(path, shipped)
    except InputError as exc:
        problems, tables = exc.problems, None
        assert problems, "an InputError names its problems"
    if tables is not None and sheet and not [p for p in problems if p.severity == "error"]:
        header = [h.strip() for h in sheet[0]]
        for row in sheet[1:]:
            for position, value in enumerate(row):
                if value.strip():
                    assert position < len(header) and header[position] and header.count(header[position]) == 1, \
                        (position, value, header)
    for problem in problems:
        assert problem.file.startswith(str(path)), problem
        assert problem.reason, problem
        if rows is not None and problem.row is not None:
            assert 1 <= problem.row <= rows + 1, problem
    if tables is not None and not [p for p in problems if p.severity == "error"]:
        assert len(tables.events) >= 1


@FUZZ
@given(sheet=_SHEET)
def test_any_csv_is_read_or_refused_clearly(shipped, tmp_path, sheet):
    path = tmp_path / "fuzz.csv"
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(sheet)
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    lines = buffer.getvalue().count("\n") + 1
    _check(path, shipped, lines, sheet)


@FUZZ
@given(sheet=_SHEET)
def test_any_workbook_is_read_or_refused_clearly(shipped, tmp_path, sheet):
    path = tmp_path / "fuzz.xlsx"
    book = openpyxl.Workbook()
    for row in sheet:
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])  # openpyxl writes no control bytes
    book.save(path)
    _check(path, shipped, len(sheet), [[ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row] for row in sheet])


@FUZZ
@given(data=_JSON)
def test_any_json_is_read_or_refused_clearly(shipped, tmp_path, data):
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    events = data.get("events") if isinstance(data, dict) else data
    _check(path, shipped, len(events) if isinstance(events, list) else None)


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe\x00", b"PK\x03\x04", b"\x00" * 10, b'"' * 3,
                                 b"event_id\n\"", b"\r\r\r", b"{", b"[" * 5000])
@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_odd_bytes_are_refused_clearly(shipped, tmp_path, raw, suffix):
    path = tmp_path / f"odd{suffix}"
    path.write_bytes(raw)
    _check(path, shipped, None)
