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


def test_a_cell_longer_than_excel_keeps_is_refused_not_cut(run_cli, store, tmp_path):
    """Excel cuts a cell at 32,767 characters; the cut summary then imported back as the event's (QA: data loss)."""
    long = "word " * 8_000  # 40,000 characters: an import takes it (up to 100,000)
    assert run_cli("edit", "--db", store.location, "astana-20", "--set", f"summary={long}").exit_code == 0
    out = tmp_path / "all.xlsx"
    result = run_cli("export", "--db", store.location, "--format", "xlsx", "-o", out)
    assert result.exit_code == 1 and "astana-20, summary: 39,999 characters" in result.output  # stripped of its last space
    assert "export CSV or JSON" in result.output and not out.exists()
    assert run_cli("export", "--db", store.location, "--format", "xlsx", "--round", "19", "-o", out).exit_code == 0

    from tracker.dashboard.app import create_app

    answer = create_app(store).server.test_client().get("/download/events.xlsx?process=Astana+format")
    assert answer.status_code == 422 and b"astana-20, summary" in answer.data
