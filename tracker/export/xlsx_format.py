"""XLSX export: the flat event format as a workbook an analyst opens in Excel as is.

Event dates are real Excel dates (the created/updated stamps stay ISO text, to the second, so
a workbook imports back unchanged), the header row is frozen and has an autofilter, and no cell is
ever a formula: every text cell is written as a string (a title "=HYPERLINK(...)" shows as
that text and never runs); the text is the stored text, without the CSV's `'` guard.
"""
from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from tracker.flat import FLAT_COLUMNS, tables_to_rows
from tracker.models import Tables
from tracker.problems import OutputError

DATE_COLUMNS = ("start_date", "end_date")
#: column -> width in characters (the rest: 14)
WIDTHS = {"event_id": 28, "title": 60, "summary": 60, "actors": 40, "sources": 60, "quotes": 60, "links": 30,
          "start_date": 12, "end_date": 12, "venue": 16, "process": 22}
SHEET_TITLE = "events"
#: The most characters an Excel cell holds: Excel cuts a longer one when it opens the file, and the cut text
#: would import back as the event's (an import takes up to 100,000).
MAX_EXCEL_CELL = 32_767


def _value(column: str, text: str) -> object:
    """A cell's value: a date or a whole number where the column holds one, else the text."""
    if not text:
        return None
    try:
        if column in DATE_COLUMNS:
            return dt.date.fromisoformat(text[:10])
        if column == "round_number":
            return int(text)
    except ValueError:
        pass  # a value the column's type does not hold stays text
    return text


def _check_cell_lengths(rows: pd.DataFrame) -> None:
    """OutputError naming the events whose cells are longer than Excel keeps, before anything is written."""
    long = []
    for column in FLAT_COLUMNS:
        lengths = rows[column].fillna("").astype(str).str.len()
        long += [(event_id, column, int(n)) for event_id, n in zip(rows["event_id"][lengths > MAX_EXCEL_CELL],
                                                                   lengths[lengths > MAX_EXCEL_CELL])]
    if long:
        shown = "; ".join(f"{e}, {c}: {n:,} characters" for e, c, n in long[:5]) + (
            f"; and {len(long) - 5} more" if len(long) > 5 else "")
        raise OutputError(f"cannot write XLSX: an Excel cell holds at most {MAX_EXCEL_CELL:,} characters, and Excel "
                          f"would cut these ({shown}); export CSV or JSON, which keep them whole, or narrow the filter")


def to_xlsx_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """One row per event in FLAT_COLUMNS; a sheet with a frozen, filterable header."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = tables_to_rows(tables, events)
    _check_cell_lengths(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(FLAT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(column, 14)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(FLAT_COLUMNS))}{len(rows) + 1}"
    bold = Font(bold=True)

    def cell(value: object, font: Font | None = None) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            made.data_type = "s"  # openpyxl would store "=..." as a formula: never
        if isinstance(value, dt.date):
            made.number_format = "yyyy-mm-dd"
        if font is not None:
            made.font = font
        return made

    sheet.append([cell(column, bold) for column in FLAT_COLUMNS])
    columns = [rows[c].tolist() for c in FLAT_COLUMNS]
    for values in zip(*columns):
        sheet.append([cell(_value(c, v or "")) for c, v in zip(FLAT_COLUMNS, values)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
