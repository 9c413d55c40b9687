"""SQL values from frames and frames from fetched rows: the conversions every store write and read makes."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from pandas._libs.lib import to_object_array_tuples

from tracker.models import SCHEMAS, empty_frame


def to_sql_value(value: Any, dtype: str) -> Any:
    """A Python value for a DB-API driver: dates as ISO text, NA as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if dtype.startswith("datetime64"):
        if pd.isna(value):
            return None
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat(timespec="seconds")
    if dtype == "Int64":
        return int(value)
    return str(value)


def frame_rows(table: str, frame: pd.DataFrame) -> list[tuple]:
    """The rows of a frame as tuples of SQL values, in schema column order."""
    schema = SCHEMAS[table]
    columns = []
    for column, dtype in schema.items():
        series = frame[column]
        if dtype.startswith("datetime64"):
            values = series.dt.strftime("%Y-%m-%d").where(series == series.dt.normalize(),
                                                          series.dt.strftime("%Y-%m-%dT%H:%M:%S"))
            columns.append([None if pd.isna(v) else v for v in values])
        elif dtype == "Int64":
            columns.append([None if pd.isna(v) else int(v) for v in series])
        elif dtype == "Float64":
            columns.append([None if pd.isna(v) else float(v) for v in series])
        else:
            columns.append([None if pd.isna(v) else str(v) for v in series.astype("object")])
    return list(zip(*columns)) if columns else []


def coerced_rows(table: str, rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Fetched rows (of these columns) as a frame of `table` (`frames.coerce`); no rows: the empty frame, which is
    what coerce makes of none, without converting each column (0.4-0.7 ms a table; a review Save reads a few empty
    ones, an event's quotes and links, each time it reads the event)."""
    from tracker.frames import coerce

    return coerce(table, rows_frame(rows, columns)) if rows else empty_frame(table)


def rows_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Fetched rows as a frame of object columns, for `coerce` (no dtype inference on the way)."""
    # What DataFrame.from_records uses to make the 2-D array, in C.
    values = to_object_array_tuples(rows) if rows else np.empty((0, len(columns)), dtype=object)
    return pd.DataFrame(values, columns=columns, dtype=object, copy=False)


# --- fast rows for large writes (added for the GDELT import; see `SQLStore.save`) -----------------

#: Rows converted and written at a time inside a save's one transaction: the Python tuples of a
#: million-event import never exist all at once.
SAVE_BATCH = 50_000


def _sql_values(series: pd.Series, dtype: str) -> list:
    """A column as the values `frame_rows` makes, computed once per distinct value where that is cheaper."""
    if dtype.startswith("datetime64"):
        codes, uniques = pd.factorize(series)
        stamps = pd.DatetimeIndex(uniques)
        text = np.where(stamps == stamps.normalize(), stamps.strftime("%Y-%m-%d"), stamps.strftime("%Y-%m-%dT%H:%M:%S"))
        return np.append(text.astype(object), None)[codes].tolist()
    if dtype in ("Int64", "Float64"):
        kind = int if dtype == "Int64" else float
        return [None if v is None else kind(v) for v in series.astype(object).where(series.notna(), None).tolist()]
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = np.append(np.array([str(c) for c in series.cat.categories], dtype=object), None)
        return categories[series.cat.codes.to_numpy()].tolist()
    values = series.astype(object)
    return [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else (v if type(v) is str else str(v))
            for v in values.tolist()]


def frame_row_batches(table: str, frame: pd.DataFrame, size: int = SAVE_BATCH):
    """The rows `frame_rows` gives, `size` at a time, made column by column without a check per cell."""
    schema = SCHEMAS[table]
    for start in range(0, len(frame), size):
        part = frame.iloc[start:start + size]
        yield list(zip(*[_sql_values(part[column], dtype) for column, dtype in schema.items()]))
