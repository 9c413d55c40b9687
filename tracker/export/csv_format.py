"""CSV export: the flat event format, formula-guarded, UTF-8 (with BOM for Excel on request).

The bytes are what `DataFrame.to_csv(index=False, lineterminator="\\r\\n")` writes of
`tables_to_rows` with `guard_formula` on every cell (minimal quoting: a field is quoted
when it holds `,` `"` CR or LF, its quotes doubled). They are built in Arrow by
`tracker.flat_columns.Flattener`, a chunk of events at a time on two threads, so no
Python string is made per cell.
"""
from __future__ import annotations

import io
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tracker.flat import FLAT_COLUMNS, FORMULA_PATTERN
from tracker.flat_columns import LARGE, Flattener, cell_bytes, cells_with, text_array
from tracker.models import Tables

#: Characters that make the csv module quote a field (minimal quoting, \r\n line ends).
_NEEDS_QUOTES = '[",\r\n]'
#: First bytes of a cell `guard_formula` may act on (a leading ' may hide one).
_FORMULA_STARTS = np.frombuffer(b"=+-@\t\r'", dtype=np.uint8)
#: Events per chunk: the memory a chunk's work touches stays small, and is reused.
CHUNK = 20_000
#: Threads the export works on (Arrow's kernels let go of the GIL).
WORKERS = 2


def _formula_cells(cells: pa.Array) -> np.ndarray:
    """Which cells `guard_formula` changes: their first byte is looked at, the pattern only where it may match."""
    data, offsets = cell_bytes(cells)
    mask = np.zeros(len(cells), dtype=bool)
    filled = np.flatnonzero(offsets[1:] > offsets[:-1])
    maybe = filled[np.isin(data[offsets[filled]], _FORMULA_STARTS)]
    if len(maybe):
        matched = pc.match_substring_regex(cells.take(pa.array(maybe)), FORMULA_PATTERN)
        mask[maybe] = matched.to_numpy(zero_copy_only=False)
    return mask


def csv_fields(cells: pa.Array, guard: bool = True) -> Sequence[pa.Array]:
    """A column's cells (large_string, no nulls) as CSV fields, as parts to concatenate: prefix, text, suffix.

    `guard_formula` prefixes `'`; a field holding `,` `"` CR or LF is quoted, its quotes doubled.
    """
    guarded = _formula_cells(cells) if guard else np.zeros(len(cells), dtype=bool)
    quoted = cells_with(cells, b'",\r\n')
    if not quoted.any():
        return (pc.if_else(pa.array(guarded), pa.scalar("'", LARGE), pa.scalar("", LARGE)), cells) if guarded.any() \
            else (cells,)
    if cells_with(cells, b'"').any():
        cells = pc.replace_substring(cells, '"', '""')  # only quoted cells hold one
    prefix = np.select([quoted & guarded, quoted, guarded], ["\"'", '"', "'"], "")
    return (pa.array(prefix, type=LARGE), cells, pa.array(np.where(quoted, '"', ""), type=LARGE))


def _header(columns: Iterable) -> bytes:
    quoted = ['"' + c.replace('"', '""') + '"' if re.search(_NEEDS_QUOTES, c) else c for c in map(str, columns)]
    return (",".join(quoted) + "\r\n").encode("utf-8")


def csv_lines(fields: Sequence[Sequence[pa.Array]]) -> pa.Array:
    """Rows of CSV fields (each column as parts to concatenate) joined by commas, each ended by CRLF: one line a row."""
    parts: list = []
    for column in fields:
        parts += [*column, pa.scalar(",", LARGE)]
    return pc.binary_join_element_wise(*parts[:-1], pa.scalar("\r\n", LARGE), pa.scalar("", LARGE))


def csv_rows(fields: Sequence[Sequence[pa.Array]]) -> pa.Buffer:
    """Rows of CSV fields (each column as parts to concatenate), joined by commas, each ended by CRLF, as UTF-8."""
    rows = csv_lines(fields)
    offsets = np.frombuffer(rows.buffers()[1], dtype=np.int64)[rows.offset:rows.offset + len(rows) + 1]
    return rows.buffers()[2].slice(int(offsets[0]), int(offsets[-1] - offsets[0]))


def csv_text(rows: pd.DataFrame, guard: bool = True) -> str:
    """`rows` as CSV text, exactly as pandas' `to_csv(index=False, lineterminator="\\r\\n")` writes it."""
    text = _header(rows.columns)
    if len(rows) and rows.shape[1]:
        text += csv_rows([csv_fields(text_array(rows.iloc[:, i]), guard) for i in range(rows.shape[1])]).to_pybytes()
    return text.decode("utf-8")


def to_csv_bytes(tables: Tables, events: pd.DataFrame, excel: bool = False) -> bytes:
    """One row per event, actors/sources/quotes/links flattened; cells a spreadsheet would run are neutralised."""
    out = io.BytesIO()
    out.write(b"\xef\xbb\xbf" if excel else b"")
    out.write(_header(FLAT_COLUMNS))
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="csv") as pool:
        flattener = Flattener(tables, events, csv_fields, pool)

        def work(start: int) -> pa.Buffer:
            return csv_rows(list(flattener.chunk(start, min(start + CHUNK, flattener.n)).values()))

        pending: deque = deque()
        for start in range(0, flattener.n, CHUNK):  # a few chunks in flight at a time, so their memory is reused
            pending.append(pool.submit(work, start))
            if len(pending) > WORKERS:
                out.write(pending.popleft().result())
        while pending:
            out.write(pending.popleft().result())
    return out.getvalue()
