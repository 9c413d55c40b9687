"""The page's downloads over HTTP (Flask test client): one selection for the page, the files, the brief and the CLI."""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qsl

import pytest

from tracker.dashboard import handlers, ids
from tracker.dashboard.app import create_app
from tracker.dashboard.brief import view_brief
from tracker.dashboard.download import download_links
from tracker.dashboard.live import LiveData
from tracker.dashboard.table import TableView

EPOCH = "1700000000"  # 14 Nov 2023 22:13 UTC
#: URL key -> the CLI option of the same filter
OPTIONS = {"actor": "--actor", "venue": "--venue", "process": "--process", "round": "--round", "q": "--q",
           "from": "--from", "to": "--to", "type": "--type", "state": "--state", "status": "--status"}
FILTERS = [
    "actor=Nowhere",
    "actor=Turkey",
    "actor=kazakhstan&actor=Nowhere",
    "venue=Nur-Sultan",
    "venue=Atlantis",
    "process=astana+talks&round=20",
    "round=77",
    "actor=Kazakhstan&round=77",
    "q=collective+request",
    "from=2023-06&to=2023-06",
    "type=statement&state=any",
    "",
]


@pytest.fixture()
def client(store, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return create_app(store).server.test_client()


def csv_ids(body: bytes) -> list[str]:
    return [row["event_id"] for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))]


def cli_ids(run_cli, db: str, query: str) -> tuple[list[str], str]:
    args = [arg for key, value in parse_qsl(query) for arg in (OPTIONS[key], value)]
    cli = run_cli("export", "--db", db, *args)
    assert cli.exit_code == 0, cli.output
    return csv_ids(cli.stdout_bytes), cli.stderr


def table_ids(data, search: str) -> set[str]:
    """The ids of every row the page's table shows for `search`, page after page of 100."""
    shown, stored, page = set(), None, 0
    while True:
        rows, _, _, stored, *_ = handlers.render_table(data, search, ids.TABLE_PAGE, page, 100, [], stored)
        shown |= {row["id"] for row in rows}
        if page >= TableView.of(stored).pages - 1:
            return shown
        page += 1


@pytest.mark.parametrize("query", FILTERS)
def test_page_download_brief_and_cli_select_the_same_events(store, client, run_cli, data, query):
    count = handlers.render_summary(data, f"?{query}", None, "/")[0]
    page = table_ids(data, f"?{query}")
    download = csv_ids(client.get(f"/download/events.csv?{query}").data)
    brief = [e.event_id for m in view_brief(LiveData(store, data), query).months for e in m.entries]
    cli, _ = cli_ids(run_cli, store.location, query)
    assert set(download) == page == set(brief) == set(cli)
    assert download == cli  # byte for byte the same export, so the same order
    assert count.startswith(f"{len(cli)} of ")


@pytest.mark.parametrize("query, notice", [
    ("actor=Nowhere", "no actor named 'Nowhere'; nothing selected"),
    ("actor=Kazakhstan&round=77", "no event has round 77; nothing selected"),
    ("venue=Atlantis", "no venue named 'Atlantis'; nothing selected"),
])
def test_a_value_that_matches_nothing_selects_nothing_everywhere_and_says_so(store, client, run_cli, data, query, notice):
    # before: the page and its download dropped the unknown value and gave 96 (or 29) events
    summary = handlers.render_summary(data, f"?{query}", None, "/")
    assert summary[0].startswith("0 of")
    assert any(notice in str(item.children) for item in summary[-2])
    assert csv_ids(client.get(f"/download/events.csv?{query}").data) == []
    assert notice in view_brief(LiveData(store, data), query).filter_text
    ids, stderr = cli_ids(run_cli, store.location, query)
    assert ids == [] and notice in stderr


def test_the_downloads_are_named_for_their_filters(client, data):
    from tracker.dashboard.brief import brief_download_name

    assert brief_download_name(data, "?process=Astana+format&x0=2023-06-01&x1=2023-06-30", "pdf", True) == \
        "briefing_astana-format_2023-06-01_to_2023-06-30_2023-11-14.pdf"
    answer = client.get("/download/events.csv?process=astana+talks&from=2023-06-01&to=2023-06-30&group=actor")
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "text/csv; charset=utf-8"  # once
    assert answer.headers["Content-Disposition"] == \
        'attachment; filename="tracker_astana-format_2023-06-01_to_2023-06-30_2023-11-14.csv"'
    assert answer.data  # read to its end before the next request (the body streams in this request's context)
    past = client.get("/download/events.csv?tag=final+round&as_of=2026-12-01")  # QA D14: both were left out
    assert past.data
    assert past.headers["Content-Disposition"] == \
        'attachment; filename="tracker_tag-final-round_as-of-2026-12-01_2023-11-14.csv"'
    brief = client.get("/download/brief.md?process=Astana+format&x0=2023-06-01&x1=2023-06-30")
    assert brief.headers["Content-Disposition"] == \
        'attachment; filename="briefing_astana-format_2023-06-01_to_2023-06-30_2023-11-14.md"'


def test_the_csv_for_excel_is_the_csv_with_a_byte_order_mark(client, run_cli, store):
    plain = client.get("/download/events.csv?actor=Türkiye").data
    excel = client.get("/download/events-excel.csv?actor=Türkiye")
    assert excel.status_code == 200
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert excel.data == b"\xef\xbb\xbf" + plain  # CRLF rows and the formula guard of the plain CSV
    assert "Türkiye".encode() in excel.data and b"\r\n" in excel.data
    cli = run_cli("export", "--db", store.location, "--actor", "Türkiye", "--excel")
    assert excel.data == cli.stdout_bytes


def test_the_xlsx_download_holds_the_matching_events(client, store, run_cli):
    from openpyxl import load_workbook

    answer = client.get("/download/events.xlsx?venue=Nur-Sultan")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"] == 'attachment; filename="tracker_nur-sultan_2023-11-14.xlsx"'
    sheet = load_workbook(io.BytesIO(answer.data)).active
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == cli_ids(run_cli, store.location, "venue=Nur-Sultan")[0]


@pytest.mark.parametrize("query, chunk", [("actor=Türkiye", None), ("", 7), ("actor=nobody-at-all", None)])
def test_the_json_download_is_the_cli_json_export(client, run_cli, store, data, query, chunk, monkeypatch):
    """QA13 LOW-7: the page had no JSON download (`tracker export --format json` had). It streams the same bytes,
    a few events at a time (here also 7 a chunk, so the joins between chunks are checked)."""
    from tracker.dashboard import download

    if chunk:
        monkeypatch.setattr(download, "CHUNK", chunk * 5)
    answer = client.get(f"/download/events.json?{query}")
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/json")
    cli = run_cli("export", "--db", store.location, "--format", "json", *(["--actor", query.split("=")[1]] if query else []))
    assert answer.data == cli.stdout_bytes
    if "nobody" in query:
        assert json.loads(answer.data) == {"events": []}
        return
    events = json.loads(answer.data)["events"]
    assert events and all("actors" in e and "sources" in e for e in events)


def test_the_window_limits_the_files_and_the_brief_when_asked(client, store, data):
    query = "process=Astana+format&x0=2023-01-01&x1=2023-06-30"
    windowed = csv_ids(client.get(f"/download/events.csv?{query}").data)
    everything = csv_ids(client.get("/download/events.csv?process=Astana+format").data)
    assert 0 < len(windowed) < len(everything)
    brief = view_brief(LiveData(store, data), query)
    assert [e.event_id for m in brief.months for e in m.entries] == windowed
    links = download_links(data, f"?{query}&group=actor&event=astana-20", True, "/")
    assert links[0] == f"/download/events.csv?{query}"
    assert links[1] == "tracker_astana-format_2023-01-01_to_2023-06-30_2023-11-14.csv"
    unwindowed = download_links(data, f"?{query}", False, "/")
    assert unwindowed[:2] == ["/download/events.csv?process=Astana+format", "tracker_astana-format_2023-11-14.csv"]
    assert unwindowed[2].startswith("/download/events-excel.csv?") and unwindowed[4].startswith("/download/events.xlsx?")
    assert unwindowed[6].startswith("/download/events.json?")
    assert unwindowed[8] == f"/download/timeline.png?{query}"  # the image draws the window the page shows


def test_an_unknown_download_is_404(client):
    assert client.get("/download/events.exe").status_code == 404


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<svg")])
def test_the_timeline_image_is_titled_with_the_filters(client, fmt, magic):
    from tracker.briefing.chart import chromium_path

    if chromium_path() is None:
        pytest.skip("no Chromium to draw with")
    answer = client.get(f"/download/timeline.{fmt}?actor=Kazakhstan&from=2023-06&to=2023-06")
    assert answer.status_code == 200, answer.data[:300]
    assert answer.data.lstrip().startswith(magic) or magic in answer.data[:400]
    assert answer.headers["Content-Disposition"] == \
        f'attachment; filename="tracker-timeline_kazakhstan_2023-06-01_to_2023-06-30_2023-11-14.{fmt}"'
    if fmt == "svg":
        text = answer.data.decode("utf-8")
        assert "Diplomatic events timeline" in text and "actors: Kazakhstan" in text
        windowed = client.get("/download/timeline.svg?actor=Kazakhstan&x0=2023-06-05&x1=2023-06-09").data.decode("utf-8")
        assert "5 Jun 2023 to 9 Jun 2023" in windowed  # a day as the page writes it ("05 Jun 2023" before, QA)


@pytest.mark.parametrize("query, notice", [
    ("type=meetin", "no event type named 'meetin'; nothing selected"),
    ("status=postponedd", "no status named 'postponedd'; nothing selected"),
])
def test_a_type_or_status_that_does_not_exist_selects_nothing_on_the_page_and_the_cli_refuses_it(
        store, client, run_cli, data, query, notice):
    # before: the page and its download ignored the word and gave every event
    summary = handlers.render_summary(data, f"?{query}", None, "/")
    assert summary[0].startswith("0 of")
    assert any(notice in str(item.children) for item in summary[-2])
    assert csv_ids(client.get(f"/download/events.csv?{query}").data) == []
    assert notice in view_brief(LiveData(store, data), query).filter_text
    key, value = query.split("=")
    refused = run_cli("export", "--db", store.location, OPTIONS[key], value)
    assert refused.exit_code != 0 and value in refused.output  # a usage error naming the word, not a silent answer


def test_types_may_be_written_as_their_labels_everywhere(store, client, run_cli, data):
    expected, _ = cli_ids(run_cli, store.location, "type=talk_round")
    assert expected
    assert csv_ids(client.get("/download/events.csv?type=Talk+round").data) == expected
    assert cli_ids(run_cli, store.location, "type=talk-round")[0] == expected


def test_the_csv_of_an_empty_store_is_its_header(tmp_path, monkeypatch):
    """An empty store's snapshot holds columns with no chunk at all; the CSV lines were read from its first chunk."""
    import numpy as np

    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.download import flat_chunks
    from tracker.store import open_store

    monkeypatch.setenv("TRACKER_CACHE", str(tmp_path / "cache"))
    store = open_store(tmp_path / "empty.db")
    data = DashboardData.load(store)
    rows = list(csv.reader(io.StringIO(b"".join(flat_chunks(data.flat, np.zeros(0, dtype=np.int64))).decode("utf-8"))))
    assert len(rows) == 1 and rows[0][0] == "event_id"
    store.close()
