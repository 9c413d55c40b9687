"""Rows <-> DataFrames: dtype coercion so every table has the model's dtypes."""
from __future__ import annotations

import pandas as pd

from tracker.models import CATEGORIES, DEFAULTS, SCHEMAS


def _as_datetime(values: pd.Series, dtype: str) -> pd.Series:
    parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
    return parsed.astype(dtype)


def coerce(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with exactly the columns of `table`, in order, with its dtypes.

    Missing columns are added empty; extra columns are dropped. Categorical
    columns with a controlled vocabulary get that fixed category set, so the
    codes mean the same thing in every frame.
    """
    schema = SCHEMAS[table]
    defaults = DEFAULTS.get(table, {})
    out = {}
    for column, dtype in schema.items():
        values = frame[column] if column in frame.columns else pd.Series([None] * len(frame), index=frame.index)
        if dtype.startswith("datetime64"):
            out[column] = _as_datetime(values, dtype)
        elif dtype in ("Int64", "Float64"):
            out[column] = pd.to_numeric(values, errors="coerce").astype(dtype)
        elif dtype == "category":
            strings = values.astype("string").str.strip().replace("", pd.NA)
            if column in defaults:
                strings = strings.fillna(defaults[column])
            if column in CATEGORIES:
                # Values outside the vocabulary were reported by validation; they become NA here.
                known = strings.where(strings.isin(CATEGORIES[column]))
                out[column] = pd.Categorical(known, categories=CATEGORIES[column])
            else:
                out[column] = strings.astype("category")
        else:
            strings = values.astype("string")
            out[column] = strings.where(strings.str.len() > 0, pd.NA) if column.endswith("_id") else strings
    result = pd.DataFrame(out, index=frame.index).reset_index(drop=True)
    return result
