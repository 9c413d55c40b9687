"""Real Chromium (ux25; ux23's defect 9): the activity chart's "click a month to narrow the dates" had no keyboard way,
the chart was no Tab stop. Tab now reaches it after the timeline; Left, Right, Home and End move through the months
with events and a live region says each; Enter narrows the dates to the month, as a click on its bar does."""
from __future__ import annotations

import calendar

ACTIVE = "() => document.activeElement && document.activeElement.id"
LIVE = "() => (document.getElementById('activity-live') || {}).textContent || ''"


def test_the_activity_chart_narrows_the_dates_from_the_keyboard(probe):
    page = probe.page
    probe.open("?actor=Kazakhstan")
    page.focus("#timeline")
    for _ in range(12):  # the key's entries are no Tab stops: the chart comes soon after the timeline
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE) == "activity":
            break
    assert page.evaluate(ACTIVE) == "activity"
    assert "Enter narrows the dates" in page.get_attribute("#activity", "aria-label")

    spans = sorted(set(page.evaluate(
        "() => document.querySelector('#activity .js-plotly-plot').data.flatMap(t => t.customdata || [])")))
    year, month = (int(part) for part in spans[-1].split("-"))
    said = f"{calendar.month_abbr[month]} {year}: "
    page.keyboard.press("End")
    last = page.evaluate(LIVE)
    assert last.startswith(said) and f"{len(spans)} of {len(spans)}. Enter narrows the dates to it." in last, last
    page.keyboard.press("Home")
    assert page.evaluate(LIVE).endswith(f", 1 of {len(spans)}. Enter narrows the dates to it.")
    page.keyboard.press("ArrowRight")
    assert f", 2 of {len(spans)}." in page.evaluate(LIVE)
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    start, end = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]}"
    page.wait_for_function("day => new URLSearchParams(location.search).get('from') === day", arg=start)
    probe.settle()
    query = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert (query["from"], query["to"], query["actor"]) == (start, end, "Kazakhstan")
    assert page.input_value("#filter-from") == start
    assert page.evaluate(ACTIVE) == "activity"  # the focus stays for the next key
    page.keyboard.press("ArrowRight")
    assert page.evaluate(LIVE).startswith(said + "1 event") or page.evaluate(LIVE).startswith(said)
    page.screenshot(path="/tmp/ux25/shots/activity_keys.png")
    assert probe.errors == []
