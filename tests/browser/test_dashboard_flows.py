"""What an analyst does in the dashboard, in a real headless Chromium, checked against the command line."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse



STATEMENT_ID = "kaz-statement-2023-06-22"
PROPOSAL_ID = "kaz-proposal-2023-06-21"
XSS_ID, XSS_TITLE, XSS_URL = "xss-test-event", "<img src=x onerror=alert(1)>", "javascript:alert(1)"  # see conftest


def _day(plotly_date: str) -> dt.date:
    """The day of a Plotly axis date ("2025-03-08 20:38:24.5")."""
    return dt.date.fromisoformat(plotly_date[:10])


def test_page_loads_with_no_console_errors_and_no_outside_requests_and_the_keyboard_reaches_every_filter(
        probe, browser_db, expected):
    probe.open()
    total = len(expected(browser_db))
    probe.wait_count(total)
    assert probe.page.locator("#timeline .scatterlayer .point").count() > 0
    assert probe.errors == []
    assert probe.external == []
    # the same page, with the keyboard alone
    wanted = {"filter-text", "filter-actor", "filter-venue", "filter-process", "filter-round", "filter-from",
              "filter-to", "filter-type", "filter-status", "filter-state", "reset", "group-by", "download-csv"}
    reached = set()
    for _ in range(60):
        probe.page.keyboard.press("Tab")
        reached.add(probe.page.evaluate(
            "(() => { const e = document.activeElement; return e.id || (e.closest('[id]') || {}).id || ''; })()"))
    assert wanted <= reached
    assert probe.errors == []


def test_actor_kazakhstan_and_venue_astana_narrow_the_count(probe, browser_db, expected):
    probe.open()
    probe.choose("filter-actor", "Kazakhstan")
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"])))
    probe.choose("filter-venue", "Astana")
    want = expected(browser_db, actors=["Kazakhstan"], venues=["Astana"])
    probe.wait_count(len(want))
    query = parse_qs(urlparse(probe.page.url).query)
    assert query["actor"] == ["Kazakhstan"] and query["venue"] == ["Astana"]
    assert len(want) > 20  # the renamed venue (Nur-Sultan) counts as Astana
    assert probe.errors == []


def test_text_search_finds_the_22_june_2023_statement_and_its_table_row_selects_it(probe, browser_db, expected):
    probe.open()
    probe.page.fill("#filter-text", "collective request")
    probe.page.press("#filter-text", "Enter")
    want = expected(browser_db, text="collective request")
    assert STATEMENT_ID in want
    probe.wait_count(len(want))
    probe.page.wait_for_selector("#events-table .ag-cell[col-id=title]:has-text('collective request')")
    assert "22 Jun 2023" in probe.page.inner_text("#events-table")
    # clicking its row in the table selects the event
    probe.page.locator("#events-table .ag-cell[col-id=title]", has_text="collective request").click()
    probe.page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    assert parse_qs(urlparse(probe.page.url).query)["event"] == [STATEMENT_ID]


def test_clicking_an_event_on_the_timeline_opens_its_detail_with_the_source_link(probe):
    probe.open("?q=collective+request&x0=2023-06-01&x1=2023-06-30")
    probe.page.locator("#timeline .scatterlayer .point").first.click(force=True)
    probe.page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    assert parse_qs(urlparse(probe.page.url).query)["event"] == [STATEMENT_ID]
    detail = probe.page.inner_text("#detail")
    assert "22 Jun 2023" in detail and "Interfax" in detail
    assert "collective request for continuing the negotiations" in detail  # the quote, with its speaker
    assert "— Ministry of Foreign Affairs of Kazakhstan" in detail
    probe.page.locator("#detail .link-button", has_text="Kazakhstan proposes").click()  # a linked event, in turn
    probe.page.wait_for_selector("#detail .detail-heading:has-text('Kazakhstan proposes')")
    assert parse_qs(urlparse(probe.page.url).query)["event"] == [PROPOSAL_ID]
    links = probe.page.locator("#detail a.source-link")
    assert links.count() >= 1
    for i in range(links.count()):
        assert links.nth(i).get_attribute("href").startswith(("https://", "http://"))
        assert links.nth(i).get_attribute("target") == "_blank"
    assert probe.errors == []


def test_a_url_with_filters_reopens_the_same_view_and_back_works(probe, browser_db, expected):
    query = f"?actor=Kazakhstan&venue=Astana&group=actor&event={STATEMENT_ID}"
    probe.open(query)
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"], venues=["Astana"])))
    assert "Kazakhstan" in probe.page.inner_text("#filter-actor")
    assert probe.page.is_checked("#group-by input[value=actor]")
    probe.page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    probe.page.check("#filter-type input[value=statement]")
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"], venues=["Astana"], types=["statement"])))
    probe.page.go_back()
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"], venues=["Astana"])))
    assert not probe.page.is_checked("#filter-type input[value=statement]")
    probe.page.go_forward()
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"], venues=["Astana"], types=["statement"])))


def test_dragging_the_range_slider_sets_the_timeline_window_in_the_url(probe):
    probe.open()
    page = probe.page
    page.wait_for_selector("#overview .rangeslider-grabber-min")
    page.locator("#overview").scroll_into_view_if_needed()
    before = page.evaluate("() => document.querySelector('#timeline .js-plotly-plot')._fullLayout.xaxis.range")
    box = page.locator("#overview .rangeslider-grabber-min").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 200, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    # The URL gets the window (x0..x1, both days shown), and the timeline and the strip show exactly that.
    ranges = page.wait_for_function("""() => {
        const query = new URLSearchParams(location.search), x0 = query.get('x0'), x1 = query.get('x1');
        if (!x0 || !x1) return false;
        const after = new Date(Date.parse(x1 + 'T00:00:00Z') + 864e5).toISOString().slice(0, 10);
        const shown = ['#timeline', '#overview'].map(s => document.querySelector(s + ' .js-plotly-plot')._fullLayout.xaxis.range);
        return shown.every(r => r[0].startsWith(x0) && r[1].startsWith(after)) && shown[0]; }""", timeout=20_000).json_value()
    assert _day(before[0]) < _day(ranges[0]) and abs((_day(ranges[1]) - _day(before[1])).days) <= 1  # the left handle moved
    assert probe.errors == []


def test_bad_url_parameters_are_ignored_with_a_notice(probe):
    probe.open("?type=nonsense&from=notadate&bogus=1&group=weird&event=no-such-event")
    notices = probe.page.inner_text("#notices")
    for word in ("type", "from", "bogus", "group", "no-such-event"):
        assert word in notices
    assert probe.errors == []


def test_csv_download_equals_tracker_export(probe, browser_db, run_cli, expected):
    probe.open("?actor=Kazakhstan&venue=Astana")
    probe.wait_count(len(expected(browser_db, actors=["Kazakhstan"], venues=["Astana"])))
    with probe.page.expect_download() as download:
        probe.page.click("#download-csv")
    body = Path(download.value.path()).read_bytes()
    cli = run_cli("export", "--db", browser_db, "--format", "csv", "--actor", "Kazakhstan", "--venue", "Astana")
    assert cli.exit_code == 0
    assert body == cli.stdout_bytes
    assert body.count(b"\r\n") > 20


def test_an_event_titled_with_html_renders_as_text(probe):
    probe.open(f"?event={XSS_ID}&x0=2023-06-20&x1=2023-06-26&group=type")
    heading = probe.page.wait_for_selector("#detail .detail-heading")
    assert heading.inner_text() == XSS_TITLE
    assert probe.page.locator("img").count() == 0
    assert probe.page.locator("a[href^='javascript']").count() == 0
    assert XSS_URL in probe.page.inner_text("#detail")
    probe.page.locator("#timeline .scatterlayer .point").first.hover(force=True)
    probe.page.wait_for_timeout(300)
    assert probe.page.locator("img, svg script").count() == 0
    assert probe.dialogs == []
    assert probe.errors == []


def test_screenshot_of_the_page_on_the_shipped_data(probe, tmp_path):
    probe.open("?x0=2016-06-01&x1=2024-12-31&event=" + STATEMENT_ID)
    probe.page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    probe.page.wait_for_timeout(500)
    target = Path(os.environ.get("TRACKER_SCREENSHOT") or tmp_path / "screenshot.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    probe.page.screenshot(path=str(target), full_page=False)
    assert target.stat().st_size > 20_000
