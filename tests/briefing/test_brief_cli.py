"""`tracker brief`: the export's filters, every format from the shipped data, clear errors."""
from __future__ import annotations

import io
import json
import re
import time

import docx
import lxml.html
import pytest

from tracker.briefing import RENDERERS, make_brief, render_brief
from tracker.store import open_store

from .brief_helpers import GENERATED, JUNE, JUNE_FILTER, requires_chromium, run_brief


def test_help_has_an_example_and_the_export_filters(run_cli):
    result = run_cli("brief", "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "tracker brief --process" in result.output
    export_help = run_cli("export", "--help").output
    for option in ("--actor", "--venue", "--type", "--process", "--round", "--status", "--from", "--to", "--q", "--state"):
        assert option in export_help and option in result.output
    for option in ("--since", "--title", "--format", "--output", "--no-chart"):
        assert option in result.output


def test_brief_has_the_same_events_as_the_export(june_db, tmp_path, run_cli):
    exported = json.loads(run_cli("export", "--db", june_db, *JUNE, "--format", "json").stdout)["events"]
    result = run_brief(june_db, tmp_path / "brief.md", "--no-chart")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert re.findall(r"^Event id: `([^`]+)`$", text, re.M) == [e["event_id"] for e in exported]
    assert f"Wrote a brief of {len(exported)} events" in result.stderr


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_every_format_without_chart(june_db, tmp_path, fmt):
    out = tmp_path / f"brief{RENDERERS[fmt].suffix}"
    result = run_brief(june_db, out, "--no-chart", "--since", "2023-06-22")
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert not (tmp_path / f"{out.name}.part").exists()
    if fmt == "md":
        assert data.decode("utf-8").count("Event id: `kaz-") == 2
    elif fmt == "html":
        page = lxml.html.document_fromstring(data.decode("utf-8"))
        assert "kaz-statement-2023-06-22" in page.xpath("//article/@data-event-id")
    elif fmt == "docx":
        body = "\n".join(cell.text for table in docx.Document(io.BytesIO(data)).tables for cell in table.columns[1].cells)
        assert "Event id: kaz-proposal-2023-06-21" in body
    else:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_format_from_suffix_and_clear_usage_errors(june_db, tmp_path):
    assert run_brief(june_db, tmp_path / "b.docx", "--no-chart").exit_code == 0
    assert (tmp_path / "b.docx").read_bytes()[:2] == b"PK"
    unknown = run_brief(june_db, tmp_path / "b.txt", "--no-chart")
    assert unknown.exit_code == 2 and "--format is needed" in unknown.output
    bad_since = run_brief(june_db, tmp_path / "b.md", "--since", "soon")
    assert bad_since.exit_code == 2 and "--since" in bad_since.output
    assert not (tmp_path / "b.md").exists()


def test_since_takes_a_date_and_time(june_db, tmp_path):
    out = tmp_path / "b.md"
    result = run_brief(june_db, out, "--no-chart", "--since", "2023-06-22T09:30")
    assert result.exit_code == 0, result.output
    assert "events added or changed since 22 Jun 2023 09:30 UTC" in out.read_text(encoding="utf-8")


def test_missing_chromium_fails_fast_with_a_clear_message(june_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium-here"))
    started = time.monotonic()
    result = run_brief(june_db, tmp_path / "brief.pdf")
    assert result.exit_code == 1
    assert "needs Chromium" in result.output and "BROWSER_PATH" in result.output and "--no-chart" in result.output
    assert time.monotonic() - started < 20 and not (tmp_path / "brief.pdf").exists()


def test_html_needs_no_chromium_for_its_chart(june_db, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium-here"))
    result = run_brief(june_db, tmp_path / "brief.html")
    assert result.exit_code == 0, result.output
    assert "Plotly.newPlot" in (tmp_path / "brief.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_same_brief_same_bytes(june_brief, fmt):
    assert render_brief(fmt, june_brief, chart=False) == render_brief(fmt, june_brief, chart=False)


@requires_chromium
def test_the_button_path_gives_the_command_file(june_db, june_files):
    """The dashboard button calls make_brief + render_brief on the view's filter: the same file as the command."""
    store = open_store(june_db)
    try:
        brief = make_brief(store.load(), JUNE_FILTER, store=store, title="Astana track: June 2023", generated_at=GENERATED)
        for fmt, data in june_files.items():
            assert render_brief(fmt, brief) == data, fmt
    finally:
        store.close()
