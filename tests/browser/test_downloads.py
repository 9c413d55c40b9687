"""The page's downloads in a real Chromium: names that say what a file holds, the Excel CSV, XLSX, the window
choice, the timeline image, and a filter naming an unknown actor that selects nothing and says so."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

EPOCH = "1700000000"  # 14 Nov 2023: the day in the file names
QUERY = "?process=astana+talks&from=2023-06-01&to=2023-06-30"
NAME = "tracker_astana-format_2023-06-01_to_2023-06-30_2023-11-14"
CLI_FILTER = ("--process", "Astana format", "--from", "2023-06-01", "--to", "2023-06-30")


@pytest.fixture(autouse=True)
def same_day(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)  # the server runs in this process


def ids(body: bytes) -> list[str]:
    return [row["event_id"] for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))]


def click_download(probe, selector: str, timeout: float = 30_000):
    """Click a download link; the file's suggested name and bytes."""
    with probe.page.expect_download(timeout=timeout) as download:
        probe.page.click(selector)
    return download.value.suggested_filename, Path(download.value.path()).read_bytes()


@pytest.mark.parametrize("query, notice, name", [
    ("?actor=Nowhere", "no actor named 'Nowhere'; nothing selected", "tracker_nowhere_2023-11-14.csv"),
    ("?actor=Kazakhstan&round=77", "no event has round 77; nothing selected", "tracker_kazakhstan_round-77_2023-11-14.csv"),
    ("?type=meetin", "no event type named 'meetin'; nothing selected", "tracker_meetin_2023-11-14.csv"),
])
def test_an_unknown_actor_or_round_selects_nothing_and_the_page_says_so(probe, query, notice, name):
    probe.open(query)
    probe.wait_count(0)  # before: the value was dropped and all 97 (or Kazakhstan's 29) events were counted
    assert notice in probe.page.inner_text("#notices")
    assert "?" + probe.page.url.split("?", 1)[1] == query  # the URL keeps the value
    got, body = click_download(probe, "#download-csv")
    assert got == name and ids(body) == []
    assert probe.errors == []


def test_the_csv_downloads_are_named_for_the_view_and_equal_the_command(probe, browser_db, run_cli):
    probe.open(QUERY)
    probe.wait_count(4)
    name, plain = click_download(probe, "#download-csv")
    assert name == f"{NAME}.csv"
    assert plain == run_cli("export", "--db", browser_db, *CLI_FILTER).stdout_bytes
    name, excel = click_download(probe, "#download-csv-excel")
    assert name == f"{NAME}_excel.csv"  # not the plain CSV's name: both can sit in one folder
    assert excel == b"\xef\xbb\xbf" + plain  # Excel reads UTF-8 with its byte-order mark; CRLF rows as before
    assert excel == run_cli("export", "--db", browser_db, *CLI_FILTER, "--excel").stdout_bytes
    name, xlsx = click_download(probe, "#download-xlsx")
    assert name == f"{NAME}.xlsx"
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ids(plain)
    assert probe.errors == []


def test_only_the_visible_time_window_limits_the_files_and_the_brief(probe, browser_db, run_cli):
    probe.open("?process=Astana+format&x0=2023-01-01&x1=2023-06-30")
    page = probe.page
    _, everything = click_download(probe, "#download-csv")
    page.check("#download-window input")
    page.wait_for_function("document.getElementById('download-csv').href.includes('x1=2023-06-30')")
    page.wait_for_function("document.getElementById('briefing').href.includes('x1=2023-06-30')")
    assert page.get_attribute("#briefing", "download") == "briefing_astana-format_2023-01-01_to_2023-06-30_2023-11-14.docx"
    name, windowed = click_download(probe, "#download-csv")
    assert name == "tracker_astana-format_2023-01-01_to_2023-06-30_2023-11-14.csv"
    cli = run_cli("export", "--db", browser_db, "--process", "Astana format", "--from", "2023-01-01", "--to", "2023-06-30")
    assert windowed == cli.stdout_bytes
    assert 0 < len(ids(windowed)) < len(ids(everything))
    assert probe.errors == []


def test_the_timeline_downloads_as_an_image_titled_with_the_filters(probe):
    probe.open("?actor=Kazakhstan&from=2023-06&to=2023-06")
    name, svg = click_download(probe, "#download-svg", timeout=90_000)
    assert name == "tracker-timeline_kazakhstan_2023-06-01_to_2023-06-30_2023-11-14.svg"
    text = svg.decode("utf-8")
    assert text.lstrip().startswith("<svg") and "Diplomatic events timeline" in text and "actors: Kazakhstan" in text
    probe.page.focus("#download-png")  # from the keyboard too
    with probe.page.expect_download(timeout=90_000) as download:
        probe.page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".png")
    assert Path(download.value.path()).read_bytes().startswith(b"\x89PNG")
    assert probe.errors == [] and probe.external == []


def test_the_briefing_paper_is_a4_unless_letter_is_chosen_with_the_keyboard(probe):
    probe.open("?actor=Kazakhstan")
    page = probe.page
    page.wait_for_function("() => document.getElementById('briefing').getAttribute('href').includes('brief.docx')")
    assert "paper=" not in page.get_attribute("#briefing", "href")  # A4 by default
    page.focus("#briefing-paper input[value=a4]")
    page.keyboard.press("ArrowRight")  # radio buttons move with the arrow keys
    page.wait_for_function("() => document.getElementById('briefing').getAttribute('href').includes('paper=letter')")
    assert page.get_attribute("#briefing", "href").endswith("brief.docx?actor=Kazakhstan&paper=letter")
    assert probe.errors == []


def test_the_briefing_lists_what_changed_since_the_day_typed_in_its_box_with_the_keyboard(probe):
    """The brief's NEW/CHANGED marks and its "What changed since" section were reachable from the page only by
    editing the address: a box under the downloads, reached with Tab, puts both in the Briefing link."""
    probe.open(QUERY)
    probe.wait_count(4)
    page = probe.page
    page.check("#briefing-format input[value=md]")
    page.focus("#download-window input")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "briefing-changes":
            break
    assert page.evaluate("document.activeElement.id") == "briefing-changes"  # the next stop after the window choice
    page.keyboard.type("soon")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('briefing-changes-note').innerText.startsWith('Not read')")
    assert "since=" not in page.get_attribute("#briefing", "href")
    page.fill("#briefing-changes", "2023-01-01")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('briefing').getAttribute('href').includes('changes_since=2023-01-01')")
    assert page.get_attribute("#briefing", "href").endswith("&since=2023-01-01&changes_since=2023-01-01")
    assert page.inner_text("#briefing-changes-note").endswith("(from 1 Jan 2023)")
    name, body = click_download(probe, "#briefing")
    text = body.decode("utf-8")
    assert name.endswith(".md") and "What changed since 1 Jan 2023" in text and "NEW" in text, text[:2000]
    page.screenshot(path="/tmp/briefing_changes.png")
    assert probe.errors == []


def test_the_window_choice_and_the_changes_date_are_kept_in_the_url_and_read_back_on_load(probe):
    """QA: every filter was in the shareable URL but these two: a reload or a shared link lost them."""
    probe.open("?process=Astana+format&x0=2023-01-01&x1=2023-06-30")
    page = probe.page
    page.check("#download-window input")
    page.wait_for_function("new URLSearchParams(location.search).get('window') === 'only'")
    page.fill("#briefing-changes", "2023-06-15")
    page.keyboard.press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('changes_since') === '2023-06-15'")
    shared = page.url
    probe.page.goto("about:blank")
    page.goto(shared)  # a shared link, opened afresh
    page.wait_for_selector("#timeline .main-svg")
    page.wait_for_function("document.querySelector('#download-window input').checked")
    page.wait_for_function("document.getElementById('briefing-changes').value === '2023-06-15'")
    page.wait_for_function("document.getElementById('download-csv').href.includes('x1=2023-06-30')")
    page.wait_for_function("document.getElementById('briefing').href.endsWith('changes_since=2023-06-15')")
    assert page.inner_text("#briefing-changes-note").endswith("(from 15 Jun 2023)")
    page.uncheck("#download-window input")
    page.wait_for_function("!new URLSearchParams(location.search).has('window')")
    page.wait_for_function("!document.getElementById('download-csv').href.includes('x1=')")
    assert probe.errors == []


def test_the_graph_toolbars_png_is_named_after_the_view_as_the_png_link_is(probe):
    """QA: the toolbar's camera downloaded every view as newplot.png / plot-image.png."""
    probe.open("?actor=Kazakhstan&from=2023-06&to=2023-06")
    page = probe.page
    page.hover("#timeline .main-svg")
    button = page.locator("#timeline .modebar-btn[data-title^='Download plot']")
    button.wait_for()
    with page.expect_download(timeout=60_000) as download:
        button.click()
    name = download.value.suggested_filename
    assert name == "tracker-timeline_kazakhstan_2023-06-01_to_2023-06-30_2023-11-14.png"
    assert name == page.get_attribute("#download-png", "download")  # the PNG link's file, named the same
    assert Path(download.value.path()).read_bytes().startswith(b"\x89PNG")
    assert probe.errors == []
