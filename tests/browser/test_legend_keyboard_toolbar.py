"""The timeline's legend, its keyboard use, the focus rings and the chart toolbar, in a real headless Chromium.

A legend click filters by event type (count, URL, table and download follow) and never collapses
the timeline; the timeline is reached with Tab and its events opened with the keyboard; every
control shows a ring that can be seen; no toolbar button sends the chart out of the machine.
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tracker.models import EVENT_TYPES
from tracker.store import open_store

ACCEPT = "x-visit-20230720-3e953709"  # Fidan's visit (TASS); no other review flow uses it
MIN_HEIGHT = 300  # the timeline is 430 px or more; collapsed, it was 0


def query(probe) -> dict[str, list[str]]:
    return parse_qs(urlparse(probe.page.url).query)


def timeline_heights(page) -> tuple[float, float]:
    """Height of the timeline's container and of its drawing, in px."""
    return tuple(page.evaluate("""() => [document.getElementById('timeline').getBoundingClientRect().height,
        document.querySelector('#timeline .main-svg').getBoundingClientRect().height]"""))


def legend_entry(page, name: str):
    return page.locator("#timeline .legend .traces", has_text=name).first


def legend_opacity(page, name: str) -> float:
    return float(legend_entry(page, name).evaluate("e => getComputedStyle(e).opacity"))


def test_a_legend_click_filters_by_type_and_a_second_click_brings_it_back(probe, browser_db, expected):
    probe.open()
    page = probe.page
    everything = expected(browser_db)
    probe.wait_count(len(everything))
    before = page.inner_text("#events-table")
    legend_entry(page, "meeting").locator(".legendtoggle").click()
    others = [t for t in EVENT_TYPES if t != "meeting"]
    probe.wait_count(len(expected(browser_db, types=others)))
    probe.settle()
    assert min(timeline_heights(page)) > MIN_HEIGHT
    assert sorted(query(probe)["type"]) == sorted(others)
    assert "meeting" not in page.get_attribute("#download-csv", "href")
    assert not page.is_checked("#filter-type input[value=meeting]") and page.is_checked("#filter-type input[value=summit]")
    assert page.inner_text("#events-table") != before
    assert legend_opacity(page, "meeting") < 1 and legend_opacity(page, "summit") == 1  # greyed, still there
    legend_entry(page, "meeting").locator(".legendtoggle").click()
    probe.wait_count(len(everything))
    probe.settle()
    assert "type" not in query(probe)
    assert min(timeline_heights(page)) > MIN_HEIGHT
    assert legend_opacity(page, "meeting") == 1
    assert probe.errors == []


def test_a_legend_double_click_keeps_that_type_only_and_another_brings_all_back(probe, browser_db, expected):
    probe.open()
    page = probe.page
    statements = expected(browser_db, types=["statement"])
    legend_entry(page, "statement").locator(".legendtoggle").dblclick()
    probe.wait_count(len(statements))
    probe.settle()
    assert query(probe)["type"] == ["statement"]
    assert "collective request" in page.inner_text("#events-table")  # the 22 June 2023 statement
    assert min(timeline_heights(page)) > MIN_HEIGHT
    assert legend_opacity(page, "talk round") < 1
    legend_entry(page, "statement").locator(".legendtoggle").dblclick()
    probe.wait_count(len(expected(browser_db)))
    assert "type" not in query(probe)
    assert probe.errors == []


def test_show_it_on_the_timeline_after_accepting_opens_a_timeline_of_normal_height(review_probe):
    page = review_probe.page
    page.set_viewport_size({"width": 1440, "height": 900})  # where the old page collapsed it every time
    review_probe.open_review()
    page.click(f"#review-list button[title='Review {ACCEPT}']")
    page.wait_for_selector(f"#review-evidence code:has-text('{ACCEPT}')")
    review_probe.settle()
    page.click("#review-accept")
    page.wait_for_selector("#review-message:has-text('Accepted')")
    page.click("#review-message a:has-text('Show it on the timeline')")
    page.wait_for_selector("#detail .detail-heading:has-text('Visit')")
    review_probe.settle()
    assert query(review_probe)["event"] == [ACCEPT]
    assert min(timeline_heights(page)) > MIN_HEIGHT
    # the slider's strip sits above the timeline and the activity chart below it, neither over it
    timeline = page.locator("#timeline").bounding_box()
    overview = page.locator("#overview").bounding_box()
    activity = page.locator("#activity").bounding_box()
    assert overview["y"] + overview["height"] <= timeline["y"] + 1
    assert activity["y"] >= timeline["y"] + timeline["height"] - 1
    legend_entry(page, "meeting").locator(".legendtoggle").click()  # and a legend click there keeps it too
    review_probe.page.wait_for_function("new URLSearchParams(location.search).getAll('type').length > 0")
    review_probe.settle()
    assert min(timeline_heights(page)) > MIN_HEIGHT
    assert review_probe.errors == []


def test_the_candidates_legend_entry_takes_them_out_of_the_review_state_filter(review_probe):
    review_probe.open("?state=confirmed&state=candidate")
    page = review_probe.page
    before = review_probe.count()
    legend_entry(page, "candidate").locator(".legendtoggle").click()
    page.wait_for_function("!new URLSearchParams(location.search).getAll('state').includes('candidate')")
    review_probe.settle()
    assert review_probe.count() != before and not page.is_checked("#filter-state input[value=candidate]")
    assert min(timeline_heights(page)) > MIN_HEIGHT
    assert review_probe.errors == []


def _tab_to(page, element_id: str, limit: int = 80) -> None:
    """Press Tab (from where the focus is; on a page just opened, from its top) until `element_id` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_tab_reaches_the_timeline_and_the_keys_open_and_close_its_events(probe, browser_db):
    probe.open("?x0=2023-06-19&x1=2023-06-23")
    page = probe.page
    _tab_to(page, "timeline")
    assert "Enter opens" in page.get_attribute("#timeline", "aria-label")
    store = open_store(browser_db)
    try:
        events = store.load().events
    finally:
        store.close()
    ends = events["end_date"].fillna(events["start_date"])
    in_view = events[(events["start_date"] <= "2023-06-23") & (ends >= "2023-06-19")
                     & (events["review_state"] == "confirmed")].sort_values("start_date", kind="stable")
    first, last = in_view.iloc[0], in_view.iloc[-1]
    assert in_view["start_date"].iloc[1] > first["start_date"] and in_view["start_date"].iloc[-2] < last["start_date"]
    page.keyboard.press("Home")
    assert page.get_attribute("#timeline", "data-highlighted") == first["event_id"]
    assert page.locator("#timeline .hoverlayer .hovertext").count() == 1  # the highlighted mark shows its label
    page.keyboard.press("Enter")
    page.wait_for_function("id => new URLSearchParams(location.search).get('event') === id", arg=first["event_id"])
    page.wait_for_selector(f"#detail code:has-text('{first['event_id']}')")
    probe.settle()
    # QA11: the hover box stayed open and was drawn again over the lane labels once the plot narrowed
    assert page.locator("#timeline .hoverlayer .hovertext").count() == 0
    # the keys go on working: the timeline keeps (or, after its loading veil hid it, gets back) the focus
    page.wait_for_function("document.activeElement.id === 'timeline'")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("End")
    assert page.get_attribute("#timeline", "data-highlighted") == last["event_id"]
    page.keyboard.press("Enter")
    page.wait_for_function("id => new URLSearchParams(location.search).get('event') === id", arg=last["event_id"])
    probe.settle()
    page.keyboard.press("Escape")
    page.wait_for_function("!new URLSearchParams(location.search).has('event')")
    page.wait_for_selector("#detail-aside", state="hidden")  # the empty panel gives its width back to the charts
    assert page.evaluate("document.activeElement.id") == "timeline"
    assert probe.errors == []


RING = """e => {
    const boxes = [e, e.closest('.dash-input-container'), e.closest('.dash-dropdown-wrapper')].filter(Boolean);
    return Math.max(...boxes.map(b => { const s = getComputedStyle(b);
        const outline = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
        const shadow = s.boxShadow === 'none' ? 0 : Math.max(...(s.boxShadow.match(/(\\d+(\\.\\d+)?)px/g) || ['0']).map(parseFloat));
        const after = getComputedStyle(b, '::after');  // a ring drawn over the box's content (the timeline's)
        const drawn = after.content === 'none' || after.borderTopStyle === 'none' ? 0 : parseFloat(after.borderTopWidth);
        return Math.max(outline, shadow, drawn); }));
}"""


def ring_width(page) -> float:
    """The width in px of the focus ring around the focused control (its outline, shadow or ::after border, or its box's)."""
    return page.evaluate(f"({RING})(document.activeElement)")


def test_every_kind_of_control_shows_a_focus_ring_that_can_be_seen(probe, tmp_path):
    probe.open("?event=kaz-statement-2023-06-22")
    page = probe.page
    page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    for control in ("filter-text", "filter-actor", "filter-from", "reset", "download-csv", "timeline"):  # in page order
        _tab_to(page, control)
        assert ring_width(page) >= 2, f"#{control} has no ring that can be seen"
    page.screenshot(path=str(tmp_path / "focus.png"))
    # Tab cannot come back from the events table yet (another change fixes its trap): the focus is put
    # on these after a key press, which is what Chromium's :focus-visible goes by.
    page.keyboard.press("Shift")
    page.focus("#filter-type input[value=meeting]")
    assert ring_width(page) >= 2  # a checkbox
    page.keyboard.press("Shift")
    page.focus("#detail-close")
    assert ring_width(page) >= 2
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('#detail')") and ring_width(page) >= 2  # a link in the detail


def test_no_toolbar_button_sends_the_chart_out(probe):
    probe.open()
    page = probe.page
    page.hover("#timeline .main-svg")
    titles = page.evaluate("Array.from(document.querySelectorAll('.modebar-btn')).map(b => b.getAttribute('data-title'))")
    assert "Download plot as a PNG" in titles and "Zoom" in titles  # the toolbar is there
    assert not [t for t in titles if any(word in t.lower() for word in ("share", "cloud", "chart studio", "edit"))], titles
    configs = page.evaluate("""Array.from(document.querySelectorAll('.js-plotly-plot')).map(g =>
        [g.parentElement.id, g._context.showSendToCloud, g._context.plotlyServerURL])""")
    assert "timeline" in {c[0] for c in configs} and len(configs) >= 2  # the timeline and the charts under it
    assert all(c[1] is False and c[2] == "" for c in configs), configs
    assert probe.external == []
    # at 1280 px the toolbar covered the legend's last entries, which are filters: it sits over the empty corner
    boxes = page.evaluate("""[document.querySelector('#timeline .modebar').getBoundingClientRect(),
        ...Array.from(document.querySelectorAll('#timeline .legend .traces')).map(t => t.getBoundingClientRect())]
        .map(r => [r.left, r.top, r.right, r.bottom])""")
    bar, entries = boxes[0], boxes[1:]
    assert entries and bar[2] > bar[0]
    overlap = [e for e in entries if e[0] < bar[2] and bar[0] < e[2] and e[1] < bar[3] and bar[1] < e[3]]
    assert not overlap, (bar, overlap)


def legend_and_plot(page) -> dict:
    """The legend's box and the top of the plot area (where the first row of marks is), in px of the page."""
    return page.evaluate("""() => {
        const gd = document.querySelector('#timeline .js-plotly-plot');
        const legend = gd.querySelector('.legend').getBoundingClientRect();
        return {top: Math.round(legend.top), bottom: Math.round(legend.bottom),
                plot_top: Math.round(gd.getBoundingClientRect().top + gd._fullLayout._size.t)};
    }""")


def test_the_key_is_drawn_as_on_a_fresh_load_after_the_detail_closes(probe):
    """The detail panel narrows the timeline (its key wraps to three rows); closed, the key went 29 px lower than
    a fresh load draws it, over the first row of marks, where a click meant for a mark hit the key (plotly.js #6492)."""
    probe.open()
    fresh = legend_and_plot(probe.page)
    probe.open("?event=astana-20")
    probe.page.click("#detail-close")
    probe.page.wait_for_selector("#detail-close[hidden]", state="attached")
    probe.settle()
    probe.page.wait_for_timeout(300)  # Plotly's resize of a responsive graph waits for the window to be still
    closed = legend_and_plot(probe.page)
    assert closed["bottom"] <= closed["plot_top"], closed  # the key never covers marks
    assert closed == fresh
    probe.page.set_viewport_size({"width": 800, "height": 900})  # and after the window is narrowed and widened again
    probe.page.wait_for_timeout(600)
    probe.page.set_viewport_size({"width": 1280, "height": 900})
    # Plotly's resize waits for the window to be still, then timeline_keys.js places the key: on a loaded machine that
    # comes later than a fixed 600 ms (CI failed so once, the three-row key of 800 px still drawn): poll for it instead
    for _ in range(50):
        if legend_and_plot(probe.page) == fresh:
            break
        probe.page.wait_for_timeout(200)
    assert legend_and_plot(probe.page) == fresh
