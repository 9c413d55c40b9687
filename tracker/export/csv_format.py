"""CSV export: the flat event format, formula-guarded, UTF-8 (with BOM for Excel on request)."""
from __future__ import annotations

import pandas as pd

from tracker.flat import guard_formula, tables_to_rows
from tracker.models import Tables


def to_csv_bytes(tables: Tables, events: pd.DataFrame, excel: bool = False) -> bytes:
    """One row per event, actors/sources/quotes/links flattened; cells a spreadsheet would run are neutralised."""
    rows = tables_to_rows(tables, events)
    guarded = rows.apply(lambda column: column.map(guard_formula)) if len(rows) else rows
    text = guarded.to_csv(index=False, lineterminator="\r\n")
    return ("\ufeff" + text if excel else text).encode("utf-8")
