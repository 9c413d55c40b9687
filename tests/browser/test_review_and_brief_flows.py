"""The review page and the Briefing button in a real headless Chromium, checked against the store and the command line.

Each review flow works on its own candidate of `review_db`, so the flows hold in any order.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd

from tracker.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ACCEPTED = "x-statement-20230710-0a169c7d"  # Lavrov: Russia will propose the next Astana meeting (TASS)
REJECTED = "x-proposal-20230520-d3cf54fb"  # Blinken "urged both sides" (Reuters, Jeddah)
MERGED = "x-statement-20230714-81f1a053"  # Russian MFA on the Lavrov-Fidan call (TASS)
TARGET = "kaz-statement-2023-06-22"
XSS_CANDIDATE, XSS_TITLE = "x-hostile-candidate", "<img src=x onerror=alert(1)>"  # see conftest
EPOCH = "1700000000"  # 14 Nov 2023


def stored(db: str, event_id: str) -> pd.Series:
    """The event as the store holds it now."""
    store = open_store(db)
    try:
        events = store.load().events
    finally:
        store.close()
    return events[events["event_id"] == event_id].iloc[0]


def card(event_id: str) -> str:
    return f"#review-list button[title='Review {event_id}']"


def pick(probe, event_id: str) -> None:
    """Click a candidate's card and wait for its form."""
    probe.page.click(card(event_id))
    probe.page.wait_for_selector(f"#review-evidence code:has-text('{event_id}')")
    probe.settle()


def test_the_review_page_lists_candidates_with_their_sentence_and_data_as_text(review_probe):
    review_probe.open_review()
    page = review_probe.page
    lavrov = page.inner_text(card(ACCEPTED))
    assert "Statement by Sergey Lavrov (Astana format)" in lavrov
    assert "Lavrov earlier this week told reporters in Moscow" in lavrov and "Source: TASS, 14 Jul 2023" in lavrov
    assert page.inner_text(card(XSS_CANDIDATE)).startswith(XSS_TITLE)
    pick(review_probe, XSS_CANDIDATE)
    assert page.input_value("#review-title") == XSS_TITLE
    assert page.locator("img").count() == 0 and review_probe.dialogs == []
    assert review_probe.errors == [] and review_probe.external == []


def test_edit_and_accept_puts_the_candidate_on_the_timeline(review_probe, review_db):
    review_probe.open_review()
    page = review_probe.page
    pick(review_probe, ACCEPTED)
    assert page.input_value("#review-title") == "Statement by Sergey Lavrov (Astana format)"
    page.fill("#review-title", "Lavrov says Russia will propose the next Astana meeting")
    page.click("#review-accept")
    page.wait_for_selector("#review-message:has-text('Accepted')")
    page.wait_for_selector(card(ACCEPTED), state="detached")
    row = stored(review_db, ACCEPTED)
    assert row["review_state"] == "confirmed" and row["title"] == "Lavrov says Russia will propose the next Astana meeting"
    page.click("#nav >> text=Timeline")  # the timeline of the same page, default view: confirmed events
    page.fill("#filter-text", "propose the next Astana")
    page.press("#filter-text", "Enter")
    page.wait_for_selector("#events-table .ag-cell[col-id=title]:has-text('Lavrov says Russia will propose')")
    review_probe.open(f"?event={ACCEPTED}")  # and after a reload
    page.wait_for_selector("#detail .detail-heading:has-text('Lavrov says Russia will propose')")
    assert "confirmed" in page.inner_text("#detail")
    assert review_probe.errors == []


def test_reject_keeps_the_candidate_in_the_store_as_rejected(review_probe, review_db):
    review_probe.open_review()
    pick(review_probe, REJECTED)
    review_probe.page.click("#review-reject")
    review_probe.page.wait_for_selector("#review-message:has-text('Rejected')")
    review_probe.page.wait_for_selector(card(REJECTED), state="detached")
    assert stored(review_db, REJECTED)["review_state"] == "rejected"


def test_merge_into_an_event_picked_by_search_adds_the_source_to_its_detail(review_probe, review_db):
    review_probe.open_review()
    page = review_probe.page
    pick(review_probe, MERGED)
    review_probe.search_dropdown("review-target", "collective", served=True)
    # the search box is a named combobox over the options, for a screen reader (QA13 LOW-5: no name, no role)
    box = page.locator("input.dash-dropdown-search:visible").first
    assert (box.get_attribute("role"), box.get_attribute("aria-label")) == ("combobox", "Search Event to merge into")
    controlled = box.get_attribute("aria-controls")
    assert controlled and page.locator(f"[id='{controlled}'] [role='option']").count() >= 1, controlled
    review_probe.pick_option("review-target", TARGET)
    page.click("#review-merge")
    page.wait_for_selector("#review-message:has-text('Merged into')")
    assert stored(review_db, MERGED)["review_state"] == "rejected"
    page.click("#review-message a:has-text('Open that event')")
    page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    assert parse_qs(urlparse(page.url).query)["event"] == [TARGET]
    assert "Lavrov, Fidan discuss Syria settlement by phone" in page.inner_text("#detail")  # the moved TASS source
    assert review_probe.errors == []


def test_a_pasted_article_is_ingested_and_its_candidates_listed(review_probe):
    review_probe.open_review()
    page = review_probe.page
    page.fill("#review-text", (CORPUS / "006_interfax_normandy_berlin.txt").read_text(encoding="utf-8"))
    page.click("#review-ingest")
    page.wait_for_selector("#review-ingest-result .ingest-summary")
    summary = page.inner_text("#review-ingest-result .ingest-summary")
    assert summary.startswith("1 article: ") and "0 new" not in summary
    new_cards = page.locator("#review-ingest-new .candidate-list button")
    assert new_cards.count() >= 1 and page.input_value("#review-text") == ""
    title = new_cards.first.get_attribute("title").removeprefix("Review ")
    page.wait_for_selector(card(title))  # in the list of candidates too
    new_cards.first.click()
    page.wait_for_selector(f"#review-evidence code:has-text('{title}')")
    assert "Interfax" in page.inner_text("#review-evidence")
    # a Save shows in the ingest's list and in the Selected panel, not only in the queue (both kept the old title)
    page.fill("#review-title", "Berlin advisers' round, as the analyst names it")
    page.click("#review-save")
    page.wait_for_selector("#review-ingest-new .card-title:has-text('as the analyst names it')")
    page.wait_for_selector("#review-evidence .evidence-title:has-text('as the analyst names it')")
    assert "waiting for review" in page.inner_text("#review-ingest-new h3")


def test_candidates_are_drawn_apart_on_the_timeline(review_probe):
    review_probe.open("?state=confirmed&state=candidate&x0=2022-01-20&x1=2022-02-05")
    traces = review_probe.page.evaluate(
        "Array.from(document.querySelector('#timeline .js-plotly-plot').data).map(t => "
        "({name: t.name, symbol: (t.marker || {}).symbol, dash: (t.line || {}).dash, hover: t.hovertext}))")
    candidates = [t for t in traces if (t["name"] or "").startswith("candidate ")]
    assert candidates and all(t["symbol"] is None or t["symbol"].endswith(("-open", "-dot")) for t in candidates)
    assert any("candidate" in h for t in candidates for h in (t["hover"] or []))
    assert any(t["name"] == "candidate (open, dashed)" for t in traces)
    assert review_probe.errors == []


def test_briefing_downloads_the_commands_brief_for_the_view(probe, browser_db, run_cli, monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)  # for the server (this process) and the command alike
    probe.open()
    page = probe.page
    probe.choose("filter-process", "Astana format")
    for control, day in (("#filter-from", "2023-06-01"), ("#filter-to", "2023-06-30")):
        page.fill(control, day)
        page.press(control, "Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('to') === '2023-06-30'")
    for fmt in ("md", "docx"):
        page.check(f"#briefing-format input[value={fmt}]")
        page.wait_for_function("f => document.getElementById('briefing').href.includes('brief.' + f + '?')", arg=fmt)
        href = page.get_attribute("#briefing", "href")
        assert parse_qs(urlparse(href).query) == {"process": ["Astana format"], "from": ["2023-06-01"], "to": ["2023-06-30"]}
        with page.expect_download(timeout=90_000) as download:
            page.click("#briefing")
        body = Path(download.value.path()).read_bytes()
        assert download.value.suggested_filename == f"briefing_astana-format_2023-06-01_to_2023-06-30_2023-11-14.{fmt}"
        target = tmp_path / f"brief.{fmt}"
        cli = run_cli("brief", "--db", browser_db, "--process", "Astana format", "--from", "2023-06-01", "--to", "2023-06-30",
                      "--format", fmt, "-o", target)
        assert cli.exit_code == 0, cli.output
        assert body == target.read_bytes()
    assert probe.errors == []
