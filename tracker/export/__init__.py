"""Exports of the filtered timeline: one module per format, a registry by name."""
from __future__ import annotations

from typing import Callable

import pandas as pd

from tracker.export import csv_format, ics, json_format, jsonl, timelinejs, timelinejs_json, xlsx_format
from tracker.models import Tables

#: format name -> (writer(tables, events) -> bytes, file suffix, media type)
EXPORTERS: dict[str, tuple[Callable[..., bytes], str, str]] = {
    "csv": (csv_format.to_csv_bytes, ".csv", "text/csv"),
    "json": (json_format.to_json_bytes, ".json", "application/json"),
    "xlsx": (xlsx_format.to_xlsx_bytes, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "timelinejs": (timelinejs.to_timelinejs_bytes, ".csv", "text/csv"),
    "timelinejs-json": (timelinejs_json.to_timelinejs_json_bytes, ".json", "application/json"),
    "ics": (ics.to_ics_bytes, ".ics", "text/calendar"),
    "jsonl": (jsonl.to_jsonl_bytes, ".jsonl", "application/x-ndjson"),
}


def export_bytes(fmt: str, tables: Tables, events: pd.DataFrame, **options) -> bytes:
    """Render `events` (a filtered frame) of `tables` in format `fmt`."""
    try:
        writer = EXPORTERS[fmt][0]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORTERS)}") from None
    return writer(tables, events, **options)
