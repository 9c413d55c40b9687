"""Real Chromium (ux25; ux23's defect 12): ag-grid's own live region (`.ag-aria-description-container`) said "No Rows To
Show" while the events table held rows: ag-grid announces its no-rows overlay (the grid is drawn empty before its first
rows come, and after a filter that matches nothing) and never takes the words back, so a screen reader reading the
page met them above a table of 96 events. The page says an empty result itself (the empty state and the pager's
"No rows"); the grid's overlay is off."""
from __future__ import annotations

GRID_SAYS = "() => Array.from(document.querySelectorAll('#events-table .ag-aria-description-container, " \
            "#events-table .ag-overlay-no-rows-center')).map(e => e.textContent).join(' ')"


def test_the_grid_never_says_it_has_no_rows_while_it_shows_rows(probe):
    page = probe.page
    probe.open("?q=zzzzqqq")
    assert page.evaluate("document.querySelectorAll('#events-table .ag-row').length") == 0
    assert "No events match" in page.inner_text("#empty-state")
    assert page.inner_text("#events-table-info").strip() == "No rows"
    page.click("#reset")  # Reset filters: the same page, now with rows
    page.wait_for_function("document.querySelectorAll('#events-table .ag-row').length > 0", timeout=60_000)
    probe.settle()
    page.wait_for_timeout(600)  # ag-grid writes its region 250 ms after it decides to
    assert "No Rows" not in page.evaluate(GRID_SAYS)
    probe.open()  # a fresh load: the grid is drawn before its rows come
    page.wait_for_function("document.querySelectorAll('#events-table .ag-row').length > 0", timeout=60_000)
    page.wait_for_timeout(600)
    assert "No Rows" not in page.evaluate(GRID_SAYS)
    assert probe.errors == []
