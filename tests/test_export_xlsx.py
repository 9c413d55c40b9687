"""The XLSX exporter: real Excel dates, a frozen filterable header, no formula cell, and a workbook that imports back."""
from __future__ import annotations

import datetime as dt
import io

from tracker.export import export_bytes


def test_xlsx_has_real_dates_a_frozen_filterable_header_and_no_formula(shipped):
    from openpyxl import load_workbook

    events = shipped.events.assign(title=shipped.events["title"].where(shipped.events.index != 0, '=HYPERLINK("http://x")'))
    tables = shipped.replace(events=events)
    book = load_workbook(io.BytesIO(export_bytes("xlsx", tables, events)))
    sheet = book.active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:V{len(events) + 1}"
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["event_id", "title", "event_type", "status", "start_date"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert sheet["B2"].value == '=HYPERLINK("http://x")' and sheet["B2"].data_type == "s"
    assert isinstance(sheet["E2"].value, dt.datetime) and sheet["E2"].is_date
    assert any(isinstance(c.value, str) and "Türkiye" in c.value for c in cells)


def test_an_xlsx_export_imports_back_to_the_same_events(run_cli, db_path, tmp_path):
    workbook = tmp_path / "events.xlsx"
    assert run_cli("export", "--db", db_path, "--format", "xlsx", "-o", workbook).exit_code == 0
    again = tmp_path / "again.db"
    assert run_cli("init", "--db", again, "--empty").exit_code == 0
    assert run_cli("import", "--db", again, workbook).exit_code == 0
    first = run_cli("export", "--db", db_path).stdout_bytes
    assert run_cli("export", "--db", again).stdout_bytes == first and first.count(b"\r\n") > 90
