"""Exports of the filtered timeline: one module per format, a registry by name.

A format's module is imported when a file of that format is written: `tracker export
--format csv` never imports the TimelineJS, XLSX or iCalendar writers (nor the importers
the TimelineJS writer shares its columns with).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from tracker.models import Tables


def _writer(module: str, function: str) -> Callable[..., bytes]:
    """`tracker.export.<module>.<function>`, its module imported on the first call."""
    def write(tables: Tables, events: pd.DataFrame, **options) -> bytes:
        return getattr(importlib.import_module(f"tracker.export.{module}"), function)(tables, events, **options)

    write.__name__ = write.__qualname__ = function
    write.__doc__ = f"`tracker.export.{module}.{function}` (imported on first use)."
    return write


#: format name -> (writer(tables, events) -> bytes, file suffix, media type)
EXPORTERS: dict[str, tuple[Callable[..., bytes], str, str]] = {
    "csv": (_writer("csv_format", "to_csv_bytes"), ".csv", "text/csv"),
    "json": (_writer("json_format", "to_json_bytes"), ".json", "application/json"),
    "xlsx": (_writer("xlsx_format", "to_xlsx_bytes"), ".xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "timelinejs": (_writer("timelinejs", "to_timelinejs_bytes"), ".csv", "text/csv"),
    "timelinejs-json": (_writer("timelinejs_json", "to_timelinejs_json_bytes"), ".json", "application/json"),
    "ics": (_writer("ics", "to_ics_bytes"), ".ics", "text/calendar"),
    "jsonl": (_writer("jsonl", "to_jsonl_bytes"), ".jsonl", "application/x-ndjson"),
}


def export_bytes(fmt: str, tables: Tables, events: pd.DataFrame, **options) -> bytes:
    """Render `events` (a filtered frame) of `tables` in format `fmt`."""
    try:
        writer = EXPORTERS[fmt][0]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORTERS)}") from None
    return writer(tables, events, **options)
