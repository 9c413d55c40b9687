"""Every view and every brief at the edges of the supported dates, and over far dates an older version stored.

A store holding events on 1800-01-01 and 2200-12-31 (the range's ends), and one holding 0001-01-01
and 9999-12-31 (written before the range was checked on import): no OverflowError, no 500, and the
summary callback stays small (it sent 0.7 MB and 9 MB, one bar per month over the centuries).
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import plotly
import pytest

from tracker.briefing.chart import chromium_path
from tracker.dashboard import handlers
from tracker.dashboard.app import create_app
from tracker.dashboard.data import DashboardData
from tracker.store import open_store

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"
HEADER = "event_id,title,event_type,status,start_date,end_date,actors,sources\n"
EDGES = ("edge-first,Earliest supported day,statement,held,1800-01-01,,Kazakhstan [speaker],"
         "Archive | 1800-01-02 | Edge | https://example.org/a\n"
         "edge-last,Latest supported day,meeting,scheduled,2200-12-31,,Kazakhstan [host],"
         "Archive | 2200-12-31 | Edge | https://example.org/b\n")
#: The summary callback's answer, at most (the shipped chronology's is about 20 kB).
SUMMARY_BYTES = 60_000


@pytest.fixture()
def edge_db(run_cli, db_path, tmp_path) -> str:
    """The shipped chronology and two events on the first and the last supported day, imported."""
    path = tmp_path / "edges.csv"
    path.write_text(HEADER + EDGES, encoding="utf-8")
    assert run_cli("import", "--db", db_path, path).exit_code == 0
    return db_path


@pytest.fixture()
def far_db(tmp_path) -> str:
    """A store an older version let hold 0001-01-01 and 9999-12-31 (written directly, as its import did)."""
    from tracker.importer import load_shipped

    tables = load_shipped(MINI)
    events = tables.events.copy()
    for column in ("start_date", "end_date"):
        events[column] = events[column].astype("datetime64[s]")
    events.loc[0, ["start_date", "end_date"]] = [pd.Timestamp("0001-01-01").as_unit("s"), pd.NaT]
    events.loc[1, ["start_date", "end_date"]] = [pd.Timestamp("9999-12-31").as_unit("s"), pd.NaT]
    store = open_store(tmp_path / "far.db")
    store.save(tables.replace(events=events))
    store.close()
    return str(tmp_path / "far.db")


def _size(answer) -> int:
    return len(json.dumps(answer, cls=plotly.utils.PlotlyJSONEncoder))


@pytest.mark.parametrize("which", ["edge_db", "far_db"])
def test_every_view_draws_over_the_edges_and_the_summary_stays_small(request, which):
    data = DashboardData.load(open_store(request.getfixturevalue(which)))
    for search in ("", "?group=actor", "?x0=1800-01-01&x1=2200-12-31", "?from=0001-01-01&to=9999-12-31"):
        summary = handlers.render_summary(data, search, None, "/")
        assert _size(summary) < SUMMARY_BYTES
        assert handlers.render_timeline_view(data, search)[0] and handlers.render_overview_view(data, search)[0]
        assert handlers.render_table(data, search, None, 0, 12, None, None)[0]


def test_the_activity_chart_counts_per_year_over_centuries(edge_db):
    data = DashboardData.load(open_store(edge_db))
    chart = handlers.render_summary(data, "", None, "/")[10]  # the figure as the dict it is sent as
    assert chart["layout"]["yaxis"]["title"]["text"] == "events / year"
    assert sum(len(trace["x"]) for trace in chart["data"]) < 100  # the bars with events, not 401 years a type
    assert {year for trace in chart["data"] for year in trace["customdata"]} >= {"1800", "2200"}
    # a click on a year bar narrows the dates to that year
    sync = handlers.next_view(data, "activity", "activity.clickData", {"points": [{"x": "2200-01-01", "customdata": "2200"}]},
                              "", [None] * len(handlers.CONTROLS))
    assert sync.search == "?from=2200-01-01&to=2200-12-31"


@pytest.mark.parametrize("which", ["edge_db", "far_db"])
@pytest.mark.parametrize("query", ["from=0001-01-01", "to=9999-12-31", "from=1800-01-01&to=2200-12-31", ""])
def test_briefs_and_downloads_answer_at_the_edges(request, which, query):
    client = create_app(open_store(request.getfixturevalue(which))).server.test_client()
    for path in ("/download/brief.md", "/download/brief.html", "/download/events.csv"):
        answer = client.get(f"{path}?{query}")
        assert answer.status_code == 200, (path, answer.data[:500])
    if query == "from=0001-01-01":
        assert "read as 1800-01-01" in client.get(f"/download/brief.md?{query}").data.decode()


def test_the_brief_of_a_far_url_date_says_how_it_was_read(edge_db):
    client = create_app(open_store(edge_db)).server.test_client()
    answer = client.get("/download/brief.html?from=0001-01-01")
    assert answer.status_code == 200
    assert "Earliest supported day" in answer.data.decode() and "read as 1800-01-01" in answer.data.decode()


@pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed (Kaleido draws the chart with it)")
@pytest.mark.xdist_group("briefing-chromium")
@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_every_brief_format_renders_the_edges(run_cli, edge_db, tmp_path, fmt):
    out = tmp_path / f"edges.{fmt}"
    result = run_cli("brief", "--db", edge_db, "--format", fmt, "-o", out)
    assert result.exit_code == 0 and out.stat().st_size > 0


@pytest.mark.parametrize("which", ["edge_db", "far_db"])
@pytest.mark.parametrize("fmt", ["csv", "ics", "json", "jsonl", "timelinejs", "timelinejs-json", "xlsx"])
def test_every_export_writes_the_edges(request, run_cli, tmp_path, which, fmt):
    out = tmp_path / f"edges.{fmt}"
    result = run_cli("export", "--db", request.getfixturevalue(which), "--format", fmt, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert out.stat().st_size > 0
