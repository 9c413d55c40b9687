"""CSV export: the flat event format, formula-guarded, UTF-8 (with BOM for Excel on request).

The text is what `DataFrame.to_csv(index=False, lineterminator="\\r\\n")` writes
(minimal quoting), built a column at a time: a column is scanned once, joined, in C,
and only its cells that need a formula guard or quotes are touched in Python.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from tracker.flat import guard_formula, tables_to_rows
from tracker.models import Tables

_SEP = "\x00"
#: First characters of a cell `guard_formula` may act on (a leading ' may hide one).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
#: Characters that make the csv module quote a field (minimal quoting, \r\n line ends).
_SPECIAL = ('"', ",", "\r", "\n")
#: A separator followed by such a first character (a literal prefix, so the regex engine skips along fast).
_GUARD_CANDIDATE = re.compile(_SEP + "['=+\\-@\t\r]")
_NEEDS_QUOTES = re.compile('[",\r\n]')


def _cells(values: np.ndarray) -> np.ndarray:
    """The cells as str (missing as "")."""
    if all(isinstance(v, str) for v in values[:1000]) and values.dtype == object:
        return values
    return np.array(["" if v is None or (isinstance(v, float) and v != v) or v is pd.NA else str(v) for v in values],
                    dtype=object)


def csv_field_column(values: np.ndarray, guard: bool = True) -> np.ndarray:
    """A column's cells as CSV fields: formula-guarded (`guard_formula`), then quoted where needed."""
    cells = _cells(values)
    if not len(cells):
        return cells
    joined = _SEP.join(cells)
    if guard and (joined[:1] in _FORMULA_STARTS or _GUARD_CANDIDATE.search(joined)):
        cells = np.array([guard_formula(v) for v in cells], dtype=object)
        joined = _SEP.join(cells)
    if any(c in joined for c in _SPECIAL):
        cells = np.array([_quote(v) if ('"' in v or "," in v or "\n" in v or "\r" in v) else v for v in cells],
                         dtype=object)
    return cells


def _quote(field: str) -> str:
    return '"' + field.replace('"', '""') + '"' if _NEEDS_QUOTES.search(field) else field


def csv_text(rows: pd.DataFrame, guard: bool = True) -> str:
    """`rows` as CSV text, exactly as pandas' `to_csv(index=False, lineterminator="\\r\\n")` writes it."""
    header = ",".join(_quote(str(c)) for c in rows.columns) + "\r\n"
    if not len(rows):
        return header
    columns = [csv_field_column(rows[c].to_numpy(dtype=object), guard) for c in rows.columns]
    return header + "\r\n".join(map(",".join, zip(*columns))) + "\r\n"


def to_csv_bytes(tables: Tables, events: pd.DataFrame, excel: bool = False) -> bytes:
    """One row per event, actors/sources/quotes/links flattened; cells a spreadsheet would run are neutralised."""
    text = csv_text(tables_to_rows(tables, events))
    return ("\ufeff" + text if excel else text).encode("utf-8")
