"""The same page on SQLite and on PostgreSQL, in real Chromium: the dashboard speaks to either only through
the Store (its reads in `tracker.store.serving`), so counts, search, detail and the CSV download agree with
the command line on both."""
from __future__ import annotations

from pathlib import Path

import pytest

from tracker.export import export_bytes
from tracker.filters import EventFilter
from tracker.query import select_events

from tests.browser.conftest import PageProbe, _serve, csp_safe, hostile_event
from tests.conftest import BACKENDS, open_backend

STATEMENT_ID = "kaz-statement-2023-06-22"


@pytest.fixture(params=BACKENDS)
def engine_page(request, tmp_path, shipped, browser, monkeypatch):
    """(probe, store) for the page served over the shipped data on each engine."""
    monkeypatch.setenv("TRACKER_CACHE", str(tmp_path / "cache"))
    store = open_backend(request.param, tmp_path)
    store.save(shipped)
    store.save(hostile_event())
    served = _serve(store.reopen_location())
    base = next(served)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    csp_safe(page)  # PageProbe.open waits on an expression, which the page's CSP refuses to eval (seen failing)
    page.set_default_timeout(20_000)
    try:
        yield PageProbe(page, base), store
    finally:
        context.close()
        next(served, None)
        store.close()


def wanted(store, **options) -> list[str]:
    """The ids the command line's filtering gives."""
    return list(select_events(store.load(), EventFilter.build(**options), store)["event_id"])


def test_the_page_filters_searches_and_downloads_alike_on_both_engines(engine_page):
    probe, store = engine_page
    probe.open()
    probe.wait_count(len(wanted(store)))
    assert probe.page.locator("#timeline .scatterlayer .point").count() > 0
    probe.choose("filter-actor", "Kazakhstan")
    probe.wait_count(len(wanted(store, actors=["Kazakhstan"])))
    probe.settle()
    with probe.page.expect_download(timeout=30_000) as download:  # the view just chosen: ?actor=Kazakhstan
        probe.page.click("#download-csv")
    body = Path(download.value.path()).read_bytes()
    f = EventFilter.build(actors=["Kazakhstan"])
    tables = store.load()
    assert body == export_bytes("csv", tables, select_events(tables, f, store))
    probe.open(f"?q=collective+request&event={STATEMENT_ID}")  # a search and an event, from the URL
    want = wanted(store, text="collective request")
    assert STATEMENT_ID in want
    probe.wait_count(len(want))
    probe.page.wait_for_selector("#events-table .ag-cell[col-id=title]:has-text('collective request')")
    probe.page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    assert "Interfax" in probe.page.inner_text("#detail")
    assert probe.errors == [] and probe.external == []
