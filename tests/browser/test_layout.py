"""The page's layout measured in real Chromium at the widths analysts use (1280, 1366, 1440 px)."""
from __future__ import annotations

import pytest

STATEMENT_ID = "kaz-statement-2023-06-22"
WIDTHS = [(1280, 800), (1366, 768), (1440, 900)]


def _open(probe, size: tuple[int, int], query: str = "") -> None:
    probe.page.set_viewport_size({"width": size[0], "height": size[1]})
    probe.open(query)


def _box(page, selector: str) -> dict:
    return page.evaluate("s => { const b = document.querySelector(s).getBoundingClientRect();"
                         " return {x: b.x, y: b.y, width: b.width, height: b.height, right: b.right, bottom: b.bottom}; }",
                         selector)


def _resize(probe, size: tuple[int, int]) -> None:
    """Give the open page another window size and wait until the charts have followed it."""
    probe.page.set_viewport_size({"width": size[0], "height": size[1]})
    probe.page.wait_for_function("w => document.documentElement.clientWidth <= w", arg=size[0])
    probe.settle()


def test_the_date_boxes_show_a_whole_iso_date(probe):
    _open(probe, WIDTHS[0], "?from=2023-06-30&to=2023-06-30")
    for size in WIDTHS:  # one page, resized: the layout follows the window, as when an analyst resizes it
        _resize(probe, size)
        for box in ("#filter-from", "#filter-to"):
            assert probe.page.input_value(box) == "2023-06-30"
            scroll, client = probe.page.evaluate("s => [document.querySelector(s).scrollWidth, document.querySelector(s).clientWidth]", box)
            assert scroll <= client, f"{box} at {size[0]} px: {scroll} px of text in a {client} px box"


@pytest.mark.parametrize("dropdown", ["filter-process", "filter-actor"])
def test_an_open_dropdowns_options_are_whole_and_on_top(probe, dropdown):
    """Every option's text, its count included, is inside its box, inside the window, and not under the charts,
    at each width (one page, resized between them)."""
    _open(probe, WIDTHS[0])
    for size in WIDTHS:
        _resize(probe, size)
        _assert_options_whole(probe, dropdown, size)


def _assert_options_whole(probe, dropdown: str, size: tuple[int, int]) -> None:
    probe.page.click(f"#{dropdown}")
    probe.page.wait_for_selector(".dash-dropdown-options .dash-options-list-option-text")
    cut = probe.page.evaluate("""() => {
        const menu = document.querySelector('.dash-dropdown-content'), cut = new Set();
        for (let top = 0; top <= menu.scrollHeight; top += menu.clientHeight / 2) {  // through the whole menu
            menu.scrollTop = top;
            const shown = menu.getBoundingClientRect();
            for (const text of menu.querySelectorAll('.dash-options-list-option-text')) {
                const box = text.getBoundingClientRect(), option = text.closest('[role=option]');
                if (box.top < shown.top || box.bottom > Math.min(shown.bottom, innerHeight)) continue;  // scrolled away
                const start = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
                if (!option.contains(start)) continue;  // under the menu's own sticky search box
                const end = document.elementFromPoint(Math.min(box.right, innerWidth) - 2, box.top + box.height / 2);
                if (text.scrollWidth > text.clientWidth || box.right > innerWidth || !option.contains(end)) cut.add(text.textContent);
            }
        }
        return Array.from(cut); }""")
    assert cut == [], f"cut or covered at {size[0]} px: {cut}"
    assert "Syrian Constitutional Committee (" in probe.page.inner_text(".dash-dropdown-options") or dropdown != "filter-process"
    probe.page.keyboard.press("Escape")
    probe.page.wait_for_selector(".dash-dropdown-options", state="detached")


def test_at_1280x800_reset_is_in_view_the_charts_take_the_width_and_the_histogram_is_drawn_once(probe):
    """One page at 1280x800 with no event chosen, measured three ways (each was a page load of its own)."""
    _open(probe, (1280, 800))
    page = probe.page
    # Reset is in view without scrolling, and the filters have no scroll of their own
    assert page.evaluate("window.scrollY") == 0
    reset = _box(page, "#reset")
    assert 0 <= reset["y"] and reset["bottom"] <= 800 and 0 <= reset["x"] and reset["right"] <= 1280, reset
    trapped = page.evaluate("""() => Array.from(document.querySelectorAll('.filters, .filters *')).filter(e => {
        const style = getComputedStyle(e);
        return /(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1 && !e.closest('.dash-dropdown-content')
            && style.visibility !== 'hidden';  // the date picker's hidden text-measuring boxes scroll nothing
    }).map(e => e.className || e.tagName)""")
    assert trapped == []
    # With no event chosen the charts take the detail panel's width
    assert _box(page, "#timeline")["width"] >= 700
    assert not page.is_visible("#detail-aside")
    # The histogram is drawn once, in the slider, not again above it
    page.wait_for_selector("#overview .rangeslider-container .js-line")
    shown = page.evaluate("""() => {
        const plot = document.querySelector('#overview .nsewdrag').getBoundingClientRect();
        return Array.from(document.querySelectorAll('#overview .cartesianlayer .js-line, #overview .cartesianlayer .js-fill'))
            .map(path => path.getBoundingClientRect())
            .filter(box => Math.min(box.bottom, plot.bottom) - Math.max(box.top, plot.top) > 1).length; }""")
    assert shown == 0


def _slider_geometry(page) -> list[float]:
    return page.evaluate("""() => {
        const strip = document.querySelector('#overview').getBoundingClientRect();
        const slider = document.querySelector('#overview .rangeslider-container').getBoundingClientRect();
        return [strip.top, strip.bottom, slider.top, slider.bottom, slider.height]; }""")


def test_the_range_slider_is_whole_inside_its_strip_and_stays_put_when_dragged(probe):
    _open(probe, (1280, 800))
    page = probe.page
    page.wait_for_selector("#overview .rangeslider-grabber-min")
    page.locator("#overview").scroll_into_view_if_needed()
    first = _slider_geometry(page)
    top, bottom, slider_top, slider_bottom, height = first
    assert top <= slider_top and slider_bottom <= bottom and height >= 40, first
    for dx in (150, 80):
        box = page.locator("#overview .rangeslider-grabber-min").bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + dx, box["y"] + box["height"] / 2, steps=6)
        page.mouse.up()
        page.wait_for_function("() => new URLSearchParams(location.search).has('x0')")
        probe.settle()
        page.wait_for_timeout(300)  # Plotly's redraw after the new figure
        after = _slider_geometry(page)
        assert [round(v) for v in after] == [round(v) for v in first], (first, after)


def test_no_double_click_notice_after_a_zoom(probe):
    _open(probe, (1280, 800))
    page = probe.page
    plot = page.locator("#timeline .nsewdrag").first.bounding_box()
    page.mouse.move(plot["x"] + 80, plot["y"] + 40)
    page.mouse.down()
    page.mouse.move(plot["x"] + 300, plot["y"] + 40, steps=6)
    page.mouse.up()
    page.wait_for_function("() => new URLSearchParams(location.search).has('x0')")
    probe.settle()
    page.wait_for_timeout(500)  # Plotly shows its tip at once after a zoom; give it the chance
    notes = page.evaluate("() => Array.from(document.querySelectorAll('.plotly-notifier .notifier-note')).map(n => n.textContent)")
    assert not any("Double-click" in note for note in notes), notes


def test_a_chosen_event_opens_the_panel_and_following_a_link_shows_its_heading_at_the_top(probe):
    _open(probe, (1280, 800), f"?event={STATEMENT_ID}")
    page = probe.page
    page.wait_for_selector("#detail .detail-heading:has-text('collective request')")
    assert page.is_visible("#detail-aside") and _box(page, "#detail-aside")["width"] >= 300  # choosing opens the panel
    scrolled = page.evaluate("() => { const p = document.querySelector('aside.detail'); p.scrollTop = p.scrollHeight; return p.scrollTop; }")
    assert scrolled > 0  # the panel is taller than the window: the link is further down
    page.locator("#detail .link-button", has_text="Kazakhstan proposes").click()
    page.wait_for_selector("#detail .detail-heading:has-text('Kazakhstan proposes')")
    page.wait_for_function("() => document.querySelector('aside.detail').scrollTop === 0", timeout=5_000)
    assert page.evaluate("() => document.activeElement.classList.contains('detail-heading')")
    heading = _box(page, "#detail .detail-heading")
    assert heading["y"] >= 0 and heading["bottom"] <= 800
    assert probe.errors == []
