"""Real Chromium at 1280 px (QA15 LOW): a filter that leaves few lanes made a timeline of 430 px with most of it
empty under them; the figure is now as tall as its lanes need (rows of up to 40 px, at least `figures.LEAST_PX`),
and the key, the marks, the slider and the activity chart still sit one under another."""
from __future__ import annotations

import pytest

from tracker.figures import LEAST_PX, MAX_ROW_PX

#: Boxes of the drawn timeline: its container, the plot area, the key, every mark; and the page's width.
DRAWN = """() => {
    const box = e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left,
                                                                     right: r.right, height: r.height}; };
    const gd = document.querySelector('#timeline .js-plotly-plot');
    return {container: box(document.getElementById('timeline')), plot: box(gd.querySelector('.nsewdrag')),
            legend: box(gd.querySelector(".legend")), layoutHeight: gd._fullLayout.height,
            marks: [...gd.querySelectorAll('.barlayer .point path, .scatterlayer .point')]
                .map(box).filter(b => b.height > 0),
            overview: box(document.getElementById('overview')), activity: box(document.getElementById('activity')),
            pageWidth: document.documentElement.scrollWidth};
}"""


def _check(drawn: dict) -> None:
    plot, marks = drawn["plot"], drawn["marks"]
    assert marks
    assert LEAST_PX <= drawn["container"]["height"] < 430
    assert abs(drawn["container"]["height"] - drawn["layoutHeight"]) <= 1  # the container follows the figure
    above, below = min(m["top"] for m in marks) - plot["top"], plot["bottom"] - max(m["bottom"] for m in marks)
    assert below <= above + 6 and below < 2 * MAX_ROW_PX, (above, below)  # no empty band under the lanes
    assert above >= -1 and drawn["legend"]["bottom"] <= plot["top"] + 1  # the key above the first row of marks
    assert drawn["overview"]["bottom"] <= drawn["container"]["top"] + 1
    assert drawn["activity"]["top"] >= drawn["container"]["bottom"] - 1
    assert drawn["pageWidth"] <= 1280  # nothing wider than the window


@pytest.mark.parametrize("query", ["?process=Geneva+process", "?type=summit"])
def test_a_timeline_of_few_lanes_is_as_tall_as_they_need(probe, query):
    probe.open(query)
    _check(probe.page.evaluate(DRAWN))
    probe.page.screenshot(path=f"/tmp/short_lanes_{query[1:].split('=')[0]}.png", full_page=True)
    assert probe.errors == []


def test_a_short_timeline_keeps_its_layout_when_the_detail_opens_by_mouse_and_by_keyboard(probe):
    probe.open("?type=summit")
    page = probe.page
    star = page.locator("#timeline .scatterlayer .point").first.bounding_box()
    page.mouse.click(star["x"] + star["width"] / 2, star["y"] + star["height"] / 2)  # the detail narrows the plot
    page.wait_for_selector("#detail-close")
    probe.settle()
    _check(page.evaluate(DRAWN))
    page.screenshot(path="/tmp/short_lanes_detail.png", full_page=True)
    page.focus("#timeline")  # from the keyboard alone: Escape closes the detail, Home and Enter open the first event
    page.keyboard.press("Escape")
    page.wait_for_function("!new URLSearchParams(location.search).has('event')")
    probe.settle()
    page.keyboard.press("Home")
    page.keyboard.press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('event') === 'sochi-summit-2019'")
    probe.settle()
    _check(page.evaluate(DRAWN))
    assert probe.errors == []
