"""The Briefing button's route: the brief of the view's filter, byte for byte `tracker brief` with the same filters."""
from __future__ import annotations

import pytest

from tracker.briefing import make_brief
from tracker.dashboard.app import create_app
from tracker.dashboard.brief import brief_href, view_brief
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData

EPOCH = "1700000000"  # 14 Nov 2023 22:13 UTC


@pytest.fixture()
def client(store, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return create_app(store).server.test_client()


def test_the_link_carries_the_csv_filter_and_the_format(data):
    search = "?process=astana+talks&from=2023-06-01&to=2023-06-30&group=actor&event=astana-20&bogus=1"
    href = brief_href(data, search, "md", "/")
    assert href == "/download/brief.md?process=Astana+format&from=2023-06-01&to=2023-06-30"
    assert brief_href(data, "", "nonsense", "/app/") == "/app/download/brief.docx"


@pytest.mark.parametrize("query", [
    "process=Astana+format&from=2023-06-01&to=2023-06-30",
    "actor=Kazakhstan&q=collective+request",
    "venue=Nur-Sultan&state=confirmed&state=candidate",
    "",
])
def test_the_html_brief_equals_the_command(client, store, run_cli, query):
    answer = client.get(f"/download/brief.html?{query}")
    assert answer.status_code == 200 and answer.mimetype == "text/html"
    assert answer.headers["Content-Disposition"].startswith('attachment; filename="briefing')
    assert answer.headers["Content-Disposition"].endswith('_2023-11-14.html"')
    options = []
    for pair in filter(None, query.split("&")):
        key, value = pair.split("=")
        options += [f"--{key}", value.replace("+", " ")]
    cli = run_cli("brief", "--db", store.location, *options, "--format", "html", "-o", "-")
    assert cli.exit_code == 0
    assert answer.data == cli.stdout_bytes


@pytest.mark.parametrize("query", [
    "process=Astana+format&from=2023-06", "actor=Kazakhstan&type=statement", "q=collective&state=any", "round=20",
])
def test_the_view_brief_reads_only_the_matching_events_and_is_the_commands_brief(store, monkeypatch, query):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    from tracker.dashboard.state import parse_state

    live = LiveData(store, DashboardData.load(store))
    expected = make_brief(store.load(), parse_state(query)[0].filter, store=store)
    assert view_brief(live, query) == expected
    assert "tracker.db (96 events, last changed" in expected.generated_text


def test_a_missing_chromium_is_a_clear_503(client, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    answer = client.get("/download/brief.pdf?process=Astana+format")
    assert answer.status_code == 503 and answer.mimetype == "text/plain"
    assert b"needs Chromium" in answer.data


def test_an_unknown_format_is_a_404(client):
    answer = client.get("/download/brief.exe")
    assert answer.status_code == 404 and b"md, html, docx, pdf" in answer.data


@pytest.mark.xdist_group("chromium")
def test_a_chart_brief_keeps_a_chromium_warm_for_the_next_ones_and_it_stops_when_idle(store, monkeypatch):
    import time

    from tracker.briefing.chart import stop_warm_chromium, warm_chromium_running
    from tracker.dashboard.brief import keep_chromium_warm

    stop_warm_chromium()  # one kept warm by an earlier test's brief in this process
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    client = create_app(store).server.test_client()

    def wait_for(wanted: bool, seconds: float = 60) -> bool:
        deadline = time.time() + seconds
        while warm_chromium_running() != wanted and time.time() < deadline:
            time.sleep(0.2)
        return warm_chromium_running() == wanted

    try:
        assert not warm_chromium_running()  # nothing is started with the app
        assert client.get("/download/brief.docx?actor=Kazakhstan").status_code == 200
        assert wait_for(True)
        assert client.get("/download/brief.pdf?actor=Kazakhstan").status_code == 200  # drawn by the warm one
        keep_chromium_warm(idle=1.0)
        assert wait_for(False)
    finally:
        stop_warm_chromium()


def test_the_link_carries_a_letter_paper_choice_for_the_paged_formats_only(data):
    assert brief_href(data, "?actor=Kazakhstan", "docx", "/", paper="letter") == \
        "/download/brief.docx?actor=Kazakhstan&paper=letter"
    assert brief_href(data, "", "pdf", "/", paper="letter") == "/download/brief.pdf?paper=letter"
    assert brief_href(data, "?actor=Kazakhstan", "docx", "/", paper="a4") == "/download/brief.docx?actor=Kazakhstan"
    assert brief_href(data, "?actor=Kazakhstan", "md", "/", paper="letter") == "/download/brief.md?actor=Kazakhstan"


def test_an_unknown_paper_size_is_a_400_naming_the_choices(client):
    answer = client.get("/download/brief.docx?paper=tabloid")
    assert answer.status_code == 400 and b"'tabloid'" in answer.data and b"a4, letter" in answer.data


@pytest.mark.xdist_group("chromium")
@pytest.mark.parametrize("paper, width_inches", [(None, 8.27), ("letter", 8.5)])
def test_the_page_brief_is_a4_unless_letter_is_chosen(client, paper, width_inches):
    import io

    from docx import Document

    answer = client.get("/download/brief.docx?actor=Kazakhstan" + (f"&paper={paper}" if paper else ""))
    assert answer.status_code == 200
    section = Document(io.BytesIO(answer.data)).sections[0]
    assert round(section.page_width.inches, 2) == width_inches


@pytest.mark.parametrize("extra", ["since={t}&changes_since={t}", "changes_since={t}", "since=2023-06",
                                   "as_of={later}&changes_since={t}"])
def test_the_page_brief_honours_since_and_changes_since_as_the_command_does(store, run_cli, monkeypatch, extra):
    """QA11: `download/brief.md?...&since=...&changes_since=...` said "ignored unknown URL parameter 'since'": the
    page's brief could not list what changed, the command's could (one selection path: both make it the same way)."""
    import time

    from tracker.store.history import now_utc

    t = now_utc().replace(tzinfo=None).isoformat(timespec="microseconds")
    time.sleep(0.01)
    run_cli("--user", "zoe", "edit", "--db", store.location, "astana-20", "--set", "summary=Changed by zoe")
    run_cli("--user", "zoe", "delete", "--db", store.location, "kaz-statement-2023-06-22")
    later = now_utc().replace(tzinfo=None).isoformat(timespec="microseconds")
    extra = extra.format(t=t, later=later)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    client = create_app(store).server.test_client()  # a page started after the changes
    query = "process=Astana+format&from=2023-06&to=2023-06&" + extra
    answer = client.get(f"/download/brief.html?{query}")
    assert answer.status_code == 200, answer.data
    options = ["--process", "Astana format", "--from", "2023-06", "--to", "2023-06"]
    for pair in extra.split("&"):
        key, value = pair.split("=")
        options += [f"--{key.replace('_', '-')}", value]
    cli = run_cli("brief", "--db", store.location, *options, "--format", "html", "-o", "-")
    assert cli.exit_code == 0, cli.output
    assert answer.data == cli.stdout_bytes
    page = answer.data.decode()
    assert "ignored unknown URL parameter" not in page
    if "changes_since" in extra:
        assert "What changed since" in page and "Edited: 20th International Meeting" in page, page
        assert "Deleted: Kazakhstan ready to consider" in page, page
    else:
        assert "New or changed since 1 Jun 2023" in page and "What changed since" not in page


def test_a_bad_since_is_a_400_naming_the_parameter(client):
    answer = client.get("/download/brief.md?process=Astana+format&changes_since=soon")
    assert answer.status_code == 400 and b"changes_since=soon" in answer.data and b"is not a date" in answer.data
    assert client.get("/download/brief.md?since=later").status_code == 400


def test_the_pages_what_changed_since_box_puts_since_and_changes_since_in_the_link(data):
    """The marks and the "What changed since" section could be had from the page only by editing the address; the
    box beside the downloads puts both in the Briefing link, and a value it cannot read is said, not sent."""
    from tracker.dashboard.brief import changes_query

    href = brief_href(data, "?actor=Kazakhstan", "md", "/", changes="2023-06-15")
    assert href == "/download/brief.md?actor=Kazakhstan&since=2023-06-15&changes_since=2023-06-15"
    timed = brief_href(data, "", "pdf", "/", paper="letter", changes=" 2023-06-15T09:30 ")
    assert timed == "/download/brief.pdf?paper=letter&since=2023-06-15T09%3A30&changes_since=2023-06-15T09%3A30"
    assert changes_query("2023-06-15")[1].endswith("(from 15 Jun 2023)")
    assert changes_query("2023-06-15T09:30")[1].endswith("(from 15 Jun 2023 09:30 UTC)")
    query, hint = changes_query("last tuesday")
    assert query == "" and hint.startswith("Not read, so the briefing has no changes: ") and "last tuesday" in hint
    assert brief_href(data, "", "md", "/", changes="last tuesday") == "/download/brief.md"
    assert changes_query("") == ("", changes_query(None)[1]) and "NEW or CHANGED" in changes_query("")[1]
