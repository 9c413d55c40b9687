"""Full rows of many events from SQLite as Arrow columns, for the CSV download.

Fetching a million events as Python tuples costs more than writing their CSV, so SQLite
joins each column of a chunk into one blob (`group_concat` with a NUL between values, NULL
as the byte 0x01) and numpy cuts the blob into an Arrow string array: one Python object
per column per chunk instead of one per cell. A chunk whose text holds those bytes
itself is read the ordinary way (`None` from `read_subset`).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tracker.frames import STRING, coerce
from tracker.models import SCHEMAS, Tables

#: Child table -> the column naming its event (the rows `_subset_sqlite` reads).
CHILDREN = {"event_actors": "event_id", "sources": "event_id", "quotes": "event_id", "event_links": "from_event_id"}


class _Unsafe(Exception):
    """The text holds a NUL or 0x01 byte: the blob cannot be cut unambiguously."""


def _as_text(column: str, dtype: str) -> str:
    if dtype == "Float64":  # 17 digits: the double comes back exactly
        return f"CASE WHEN {column} IS NULL THEN NULL ELSE printf('%.17g', {column}) END"
    return f"CAST({column} AS TEXT)"


#: Event columns the lean copy holds as SQLite gives them (TRIM aside, which `coerce`'s strip makes
#: no difference to): the download takes them from memory instead of reading them again.
FROM_LEAN = ("event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number", "venue",
             "review_state")


def _select(conn: sqlite3.Connection, table: str, source: str, params: list[Any], extra: tuple = (),
            skip: tuple = ()) -> pa.Table:
    """The columns of `table` (and `extra` integer columns, but not `skip`) for the rows `source` (SQL) gives,
    in its order, as Arrow."""
    schema = {**{name: "Int64" for name in extra}, **{k: v for k, v in SCHEMAS[table].items() if k not in skip}}
    parts = ["count(*)"]
    for column, dtype in schema.items():
        parts += [f"CAST(group_concat(ifnull({_as_text(column, dtype)}, char(1)), char(0)) AS BLOB)",
                  f"sum({column} IS NULL)"]
    row = conn.execute(f"SELECT {', '.join(parts)} FROM ({source})", params).fetchone()
    n = int(row[0])
    arrays = {}
    for i, (column, dtype) in enumerate(schema.items()):
        arrays[column] = _cut(row[1 + 2 * i] or b"", n, int(row[2 + 2 * i] or 0))
        if dtype == "Int64":
            arrays[column] = arrays[column].cast(pa.int64())
        elif dtype == "Float64":
            arrays[column] = arrays[column].cast(pa.float64())
    return pa.table(arrays)


def _cut(blob: bytes, n: int, nulls: int) -> pa.Array:
    """`n` values joined by NUL bytes, NULL written as 0x01, as a large_string array."""
    if n == 0:
        return pa.array([], type=pa.large_string())
    data = np.frombuffer(blob, dtype=np.uint8)
    ends = np.flatnonzero(data == 0)
    if len(ends) != n - 1 or int(np.count_nonzero(data == 1)) != nulls:
        raise _Unsafe()
    starts = np.concatenate([[0], ends + 1])
    stops = np.concatenate([ends, [len(data)]])
    offsets = np.concatenate([starts - np.arange(n), [len(data) - (n - 1)]]).astype(np.int64)
    text = data[data != 0] if n > 1 else data
    array = pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(text.tobytes()))
    array.validate(full=True)  # UTF-8, as SQLite stores text
    if nulls:
        is_null = (stops - starts == 1) & (data[np.minimum(starts, len(data) - 1)] == 1)
        array = pc.if_else(pa.array(is_null), pa.scalar(None, pa.large_string()), array)
    return array


def _frame(table: str, arrow: pa.Table) -> pd.DataFrame:
    frame = arrow.to_pandas(types_mapper={pa.large_string(): STRING}.get)
    return coerce(table, frame)


def read_subset(conn: sqlite3.Connection, lean: Tables, rowids: np.ndarray,
                positions: np.ndarray | None = None) -> Tables | None:
    """The full rows of the events at these rowids (in this order) and their child rows, with the lean
    copy's actors, processes and venues; None if a chunk's text cannot be cut safely. With the events'
    `positions` in the lean copy, the columns it holds (FROM_LEAN) are taken from it, not read again.

    Events whose rowids lie close together (the usual case: a store written in date order) are
    read by one range scan; others by their rowids. A child table is read by its event index,
    so each event's children come in rowid order, as `Store.load` and the export see them.
    """
    low, high = int(rowids.min()), int(rowids.max())
    skip = FROM_LEAN if positions is not None else ()
    try:
        if high - low < 2 * len(rowids):  # a range scan reads at most twice the rows wanted
            within, params = "e.rowid BETWEEN ? AND ?", [low, high]
            scanned = _select(conn, "events", f"SELECT e.rowid AS rowid_, {_columns('events', 'e', skip)} FROM events e "
                                              f"WHERE {within}", params, extra=("rowid_",), skip=skip)
            found = scanned.column("rowid_").to_numpy()
            at = np.searchsorted(found, rowids)
            if not (found[np.minimum(at, len(found) - 1)] == rowids).all():
                return None
            events = scanned.drop(["rowid_"]).take(pa.array(at))
            join = "FROM events e"
        else:
            within, params = "1", [json.dumps([int(r) for r in rowids])]
            join = "FROM json_each(?) j JOIN events e ON e.rowid = j.value"
            events = _select(conn, "events", f"SELECT {_columns('events', 'e', skip)} {join} ORDER BY j.key", params,
                             skip=skip)
        wanted = events.column("event_id")
        children = {}
        for table, key in CHILDREN.items():
            rows = _select(conn, table, f"SELECT c.rowid AS rowid_, {_columns(table, 'c')} {join} JOIN {table} c "
                                        f"ON c.{key} = e.event_id WHERE {within}", params, extra=("rowid_",))
            if within != "1":  # the range held events not asked for
                rows = rows.filter(pc.is_in(rows.column(key), value_set=wanted))
            # rowid order, as Store.load reads a table (an index may give another order within an event)
            children[table] = rows.take(pc.sort_indices(rows.column("rowid_"))).drop(["rowid_"])
    except _Unsafe:
        return None
    frame = events.to_pandas(types_mapper={pa.large_string(): STRING}.get)
    if skip:
        held = lean.events.iloc[positions]
        for column in skip:
            values = held[column]
            frame[column] = values.astype(object).to_numpy() if isinstance(values.dtype, pd.CategoricalDtype) \
                else values.to_numpy()
    return lean.replace(events=coerce("events", frame),
                        **{table: _frame(table, arrow) for table, arrow in children.items()})


def _columns(table: str, alias: str, skip: tuple = ()) -> str:
    return ", ".join(f"{alias}.{c} AS {c}" for c in SCHEMAS[table] if c not in skip)
