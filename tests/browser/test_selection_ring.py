"""Real Chromium (QA15 LOW): the ring round the selected event covered its round number ("R22" of the last round,
at the window's edge, and "R1" at its start); the number is now written beyond the ring and inside the figure."""
from __future__ import annotations

import pytest

#: The ring's box and the boxes of the round numbers on the timeline, as the page draws them.
BOXES = r"""() => {
    const box = e => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top,
                                                                     bottom: r.bottom}; };
    const ring = [...document.querySelectorAll('#timeline .scatterlayer .trace')]
        .filter(g => g.__data__ && g.__data__[0] && g.__data__[0].trace.name === 'selected')
        .map(g => box(g.querySelector('.point')));
    // a label's ink: from its first character that is not a space (the box of the text holds the spaces too)
    const ink = t => {
        const first = t.textContent.search(/[^\s\u2007]/), whole = box(t);
        const at = t.getExtentOfChar(first), m = t.getScreenCTM();
        return {...whole, left: m.a * at.x + m.c * at.y + m.e};
    };
    const labels = [...document.querySelectorAll('#timeline .bartext, #timeline .textpoint text')]
        .map(t => ({text: t.textContent.trim(), ...ink(t)}));
    return {ring, labels, figure: box(document.querySelector('#timeline .main-svg'))};
}"""


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize("query, number", [("?from=2023&event=astana-22", "R22"),  # the window's last round
                                           ("?from=2014&to=2016&event=geneva-ii-01", "R1")])  # its first
def test_the_selected_rounds_number_is_clear_of_its_ring_and_inside_the_figure(probe, query, number):
    probe.open(query)
    probe.page.wait_for_selector("#detail-close")  # the detail is open: the plot is at its narrowest
    probe.settle()
    drawn = probe.page.evaluate(BOXES)
    assert len(drawn["ring"]) == 1, drawn
    ring = drawn["ring"][0]
    label = sorted((b for b in drawn["labels"] if b["text"] == number and b["top"] < ring["bottom"]
                    and ring["top"] < b["bottom"]), key=lambda b: abs(b["left"] - ring["right"]))[:1]  # its own
    assert label, drawn["labels"]
    assert not _overlap(ring, label[0]), (ring, label[0])
    assert drawn["figure"]["left"] <= label[0]["left"] and label[0]["right"] <= drawn["figure"]["right"]
    others = [b for b in drawn["labels"] if b is not label[0]]
    assert not any(_overlap(ring, b) for b in others), others  # nor any other number
    probe.page.screenshot(path=f"/tmp/selection_ring_{number}.png")
    assert probe.errors == []
