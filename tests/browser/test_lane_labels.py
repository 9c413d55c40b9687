"""Lane labels at 1280 px in real Chromium (QA9 defect 4): grouped by actor or venue, and with the detail panel
open, every lane's name is shown whole, inside the figure, without running into the next label."""
from __future__ import annotations

import pytest

LABELS = """() => {
  const gd = document.querySelector('#timeline .js-plotly-plot'), g = gd.getBoundingClientRect();
  const plotLeft = g.left + gd._fullLayout._size.l;
  return Array.from(gd.querySelectorAll('.annotation')).filter(a => a.querySelector('text'))
    .map(a => { const r = a.getBoundingClientRect();
      return {text: Array.from(a.querySelectorAll('text tspan.line')).map(t => t.textContent).join(' ')
                    || a.querySelector('text').textContent,
              left: r.left - g.left, right: r.right - plotLeft, top: r.top, bottom: r.bottom}; })
    .filter(l => l.right <= 0);  // the lane labels, left of the plot (not the 'today' note)
}"""


@pytest.mark.parametrize("query", ["?group=actor", "?group=venue", "", "?group=actor&event=astana-20",
                                   "?event=astana-20"])
def test_every_lane_label_is_whole_and_inside_the_figure(probe, query):
    probe.open(query)
    assert probe.page.viewport_size["width"] == 1280
    labels = probe.page.evaluate(LABELS)
    assert len(labels) >= 3
    cut = [label["text"] for label in labels if "…" in label["text"]]
    assert cut == [], cut
    outside = [label for label in labels if label["left"] < 0]
    assert outside == [], outside
    ordered = sorted(labels, key=lambda label: label["top"])
    overlapping = [(a["text"], b["text"]) for a, b in zip(ordered, ordered[1:]) if b["top"] < a["bottom"] - 1]
    assert overlapping == [], overlapping
    if "group=actor" in query:
        assert "Kassym-Jomart Tokayev (Kazakhstan)" in {label["text"] for label in labels}
    assert probe.errors == []
