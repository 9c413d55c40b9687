"""The timeline's image download, drawn by Kaleido and looked at in real Chromium (QA9 defect 2): no empty band
under the lanes, and every date label on the x axis whole, the first one with its year."""
from __future__ import annotations

import re

import pytest

#: Boxes in the drawn image: its size, the lowest mark, the x axis's date labels.
MEASURE = """() => {
  const svg = document.querySelector('svg'), s = svg.getBoundingClientRect();
  const box = e => { const r = e.getBoundingClientRect(); return {left: r.left - s.left, right: r.right - s.left,
                                                               top: r.top - s.top, bottom: r.bottom - s.top}; };
  const marks = Array.from(svg.querySelectorAll('.cartesianlayer .point')).map(box);
  return {width: s.width, height: s.height, lowest: Math.max(...marks.map(m => m.bottom)), marks: marks.length,
          ticks: Array.from(svg.querySelectorAll('.xtick text')).map(t => ({
            text: Array.from(t.querySelectorAll('tspan.line')).map(l => l.textContent).join(' ') || t.textContent, ...box(t)}))};
}"""


@pytest.mark.parametrize("query", ["?q=collective+request", "?x0=2023-06-01&x1=2023-06-30",
                                   "?group=type&x0=2017-01-01&x1=2017-12-31", ""])
def test_the_image_ends_under_its_last_lane_and_shows_every_date_label_whole(probe, query):
    response = probe.page.request.get(f"{probe.base}/download/timeline.svg{query}")
    assert response.ok, response.text()
    svg = response.text()
    probe.page.set_content(f"<!doctype html><body style='margin:0'>{svg}</body>")
    drawn = probe.page.evaluate(MEASURE)
    assert drawn["marks"] > 0
    ticks = drawn["ticks"]
    # the date labels come right under the last lane's marks: the page's least height (430 px) left 200 px and
    # more of white under a lane of one or two rows
    assert min(t["top"] for t in ticks) - drawn["lowest"] < 45, drawn
    assert ticks and all(0 <= t["left"] and t["right"] <= drawn["width"] for t in ticks), (drawn["width"], ticks[-1])
    assert re.search(r"\b(18|19|20|21)\d\d\b", ticks[0]["text"]), ticks[0]  # the first label says the year


@pytest.mark.parametrize("query", ["?q=collective+request", "?group=type&x0=2017-01-01&x1=2017-12-31"])
def test_the_pages_date_labels_are_whole(probe, query):
    """The page's drawing (which the toolbar's PNG is): a date label on a tick at the window's end was cut at the
    figure's right edge ("Jun 24, 2", "Jan 20")."""
    probe.open(query)
    drawn = probe.page.evaluate("""() => { const gd = document.querySelector('#timeline .js-plotly-plot');
        const g = gd.querySelector('.main-svg').getBoundingClientRect();
        return {right: g.right, left: g.left, ticks: Array.from(gd.querySelectorAll('.xtick text')).map(t => {
            const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.right]; })}; }""")
    assert drawn["ticks"]
    cut = [t for t in drawn["ticks"] if t[2] > drawn["right"] or t[1] < drawn["left"]]
    assert cut == [], (drawn["right"], cut)
    assert probe.errors == []
