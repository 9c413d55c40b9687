"""Rows <-> DataFrames: dtype coercion so every table has the model's dtypes."""
from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.models import CATEGORIES, DEFAULTS, LABELS as _LABELS, SCHEMAS, STRING

# STRING, the model's "string" dtype, is Arrow-backed text (large_string), NA for missing. The
# CSV export then reads the text as Arrow buffers: with Python str objects it spent most of its
# 4.7 s at 1M events touching ~20 million scattered objects (now 2.2-2.6 s, same bytes).
_VOCABULARIES = {column: pd.Index(list(values), dtype=_LABELS) for column, values in CATEGORIES.items()}


def _as_datetime(values: pd.Series, dtype: str) -> pd.Series:
    parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
    return parsed.astype(dtype)


#: Up to this many values, a category column is converted in Python: pandas' vectorised path costs about 0.7 ms a
#: column whatever the length, and a review Save converts some 30 one-row frames of up to 7 such columns.
SMALL = 64


def _cell_text(value: object) -> str | None:
    """A cell as `astype(STRING).str.strip()` gives it, None for missing and empty (pandas and Python strip the
    same characters)."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return str(value).strip() or None


def _small_category(values: pd.Series, column: str, default: str | None) -> pd.Categorical:
    """`_as_category` computed cell by cell (the same categories, codes and dtype), for a few values."""
    cells = [_cell_text(v) for v in values.tolist()]
    if default is not None:
        cells = [default if c is None else c for c in cells]
    if column in _VOCABULARIES:
        categories = _VOCABULARIES[column]
    else:
        categories = pd.Index(sorted({c for c in cells if c is not None}), dtype=STRING)
    code_of = {c: i for i, c in enumerate(categories)}
    codes = np.array([code_of.get(c, -1) if c is not None else -1 for c in cells], dtype=np.int8 if len(categories) < 127 else np.int32)
    return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories))


def _as_category(values: pd.Series, column: str, default: str | None) -> pd.Categorical:
    if len(values) <= SMALL:
        return _small_category(values, column, default)
    strings = values.astype(STRING).str.strip().replace("", pd.NA)
    if default is not None:
        strings = strings.fillna(default)
    if column in _VOCABULARIES:
        # Values outside the vocabulary were reported by validation; they become NA here.
        known = strings.where(strings.isin(CATEGORIES[column]))
        return pd.Categorical(known, categories=_VOCABULARIES[column])
    return strings.astype("category").array


def _per_distinct(values: pd.Series, convert):
    """`convert(values)`, computed once per distinct value (and once for missing) and spread back.

    For columns with few distinct values (categories, days, timestamps) this skips the
    per-value work of the conversion; the result is the same array.
    """
    codes, uniques = pd.factorize(values)
    mixed = values.dtype == object and not all(isinstance(u, str) for u in uniques)  # 1 == 1.0 == True merge
    if not len(values) or len(uniques) * 4 > len(values) or mixed:
        return pd.Series(convert(values)).array
    distinct = np.asarray(uniques, dtype=object)
    if (codes < 0).any():
        distinct = np.append(distinct, None)
        codes = np.where(codes < 0, len(uniques), codes)
    converted = convert(pd.Series(distinct, dtype=object))
    if isinstance(converted, pd.Categorical):
        return pd.Categorical.from_codes(converted.codes[codes], dtype=converted.dtype)
    return converted.array.take(codes)


#: Conversions of short text columns (dates, categories) by table, column and cells, at most KEPT of them (then
#: cleared): a review Save coerces its one-event frames some 30 times, converting the same few cells again each
#: time (about 0.4 ms a date column, 7 ms an event row read from the store).
_CONVERTED: dict[tuple, object] = {}
KEPT = 4096


def _remembered(values: pd.Series, table: str, column: str, convert):
    """`_per_distinct(values, convert)`, computed once for each short column of cells that are text or None (the
    answer is a function of the cells; a frame made of it copies it, so it is never changed in place)."""
    cells = tuple(values.tolist()) if len(values) <= SMALL and values.dtype == object else None
    if cells is None or not all(c is None or type(c) is str for c in cells):
        return _per_distinct(values, convert)
    key = (table, column, cells)
    found = _CONVERTED.get(key)
    if found is None:
        if len(_CONVERTED) >= KEPT:
            _CONVERTED.clear()
        found = _CONVERTED[key] = _per_distinct(values, convert)
    return found


def _empty(values: pd.Series, strings: pd.Series) -> np.ndarray:
    """Which cells are the empty string (from the raw objects when they are str or None: one compare each)."""
    if values.dtype == object:
        try:
            return np.asarray(values.to_numpy() == "", dtype=bool)
        except TypeError:  # pd.NA and the like have no truth value
            pass
    return (strings == "").fillna(False).to_numpy(dtype=bool)


def _coerced_already(values: pd.Series, column: str, dtype: str, default: str | None):
    """The column's array when converting it would give it back unchanged (a frame read from the store, or a
    part of one, coerced again), else None. Converting took about 15 ms a frame even for one row, and a review
    Save coerces some 30 one-row frames (half its time)."""
    current = values.dtype
    if dtype.startswith("datetime64") or dtype in ("Int64", "Float64"):
        return values.array if current == dtype else None
    if dtype == "string":  # an empty id is no id (see coerce)
        empty_id = column.endswith("_id") and current == STRING and bool((values == "").fillna(False).any())
        return values.array if current == STRING and not empty_id else None
    if dtype != "category" or not isinstance(current, pd.CategoricalDtype) or current.ordered:
        return None
    categories = current.categories
    if column in _VOCABULARIES:
        fits = categories.dtype == _LABELS and categories.equals(_VOCABULARIES[column])
    else:  # what `astype("category")` makes: the stripped, non-empty values in use, sorted
        codes = values.array.codes
        fits = (categories.dtype == STRING and categories.is_monotonic_increasing
                and bool((np.bincount(codes[codes >= 0], minlength=len(categories)) > 0).all())
                and all(isinstance(c, str) and c and c == c.strip() for c in categories))
    if not fits or (default is not None and bool(values.isna().any())):  # missing values get the default
        return None
    return values.array


def coerce(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame with exactly the columns of `table`, in order, with its dtypes.

    Missing columns are added empty; extra columns are dropped. Categorical
    columns with a controlled vocabulary get that fixed category set, so the
    codes mean the same thing in every frame.
    """
    schema = SCHEMAS[table]
    defaults = DEFAULTS.get(table, {})
    out = {}
    kept = 0
    for column, dtype in schema.items():
        values = frame[column] if column in frame.columns else pd.Series([None] * len(frame), index=frame.index)
        if (same := _coerced_already(values, column, dtype, defaults.get(column))) is not None:
            out[column] = same
            kept += 1
        elif dtype.startswith("datetime64"):
            out[column] = _remembered(values, table, column, lambda v: _as_datetime(v, dtype))
        elif dtype in ("Int64", "Float64"):
            out[column] = pd.to_numeric(values, errors="coerce").astype(dtype).array
        elif dtype == "category":
            out[column] = _remembered(values, table, column, lambda v: _as_category(v, column, defaults.get(column)))
        else:
            strings = values.astype(STRING)
            if column.endswith("_id"):
                strings = strings.where(~_empty(values, strings), pd.NA)  # an empty id is no id
            out[column] = strings.array
    if kept == len(schema) and _laid_out(frame, schema):  # a coerced frame: the same columns, as a new frame
        same = frame.copy(deep=False)  # (copy-on-write: a change to either copies first)
        same.attrs = {}  # as a frame built anew
        return same
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)), columns=pd.Index(list(schema), dtype=_LABELS))


def _laid_out(frame: pd.DataFrame, schema: dict[str, str]) -> bool:
    """Whether `frame` has exactly the schema's columns, in order, and the index `coerce` gives (0, 1, ...)."""
    index, columns = frame.index, frame.columns
    return (isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1 and index.name is None
            and columns.dtype == _LABELS and columns.name is None and columns.tolist() == list(schema))
