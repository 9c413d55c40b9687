"""The timeline's keyboard focus ring in real Chromium (QA9 defect 3): drawn whole, inside the timeline's box,
not over the range slider just above it."""
from __future__ import annotations

import io

FOCUS = (245, 158, 11)  # --focus, #f59e0b

BOXES = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const timeline = document.getElementById('timeline'), style = getComputedStyle(timeline);
  const ring = getComputedStyle(timeline, '::after');  // the ring (assets/tracker.css), or an outline
  const drawn = ring.content !== 'none' && ring.borderTopStyle !== 'none';
  return {timeline: box(timeline), overview: box(document.getElementById('overview')),
          slider: box(document.querySelector('#overview .rangeslider-bg')),
          width: drawn ? parseFloat(ring.borderTopWidth) : parseFloat(style.outlineWidth),
          offset: drawn ? -parseFloat(ring.borderTopWidth) : parseFloat(style.outlineOffset),
          focused: document.activeElement === timeline && timeline.matches(':focus-visible')};
}"""


def _share_of_focus(image, box: tuple[int, int, int, int]) -> float:
    """The share of the pixels in `box` (left, top, right, bottom) that are the focus colour."""
    pixels = list(image.crop(box).convert("RGB").get_flattened_data())
    near = [p for p in pixels if all(abs(a - b) <= 30 for a, b in zip(p, FOCUS))]
    return len(near) / max(len(pixels), 1)


def _tab_to_timeline(probe) -> dict:
    probe.page.focus("#briefing-changes")  # the control before the timeline, then Tab as an analyst would
    for _ in range(2):  # the range slider's start and end handles (assets/range_keys.js)
        probe.page.keyboard.press("Tab")
        assert probe.page.evaluate("() => document.activeElement.getAttribute('role')") == "slider"
    probe.page.keyboard.press("Tab")
    probe.page.wait_for_function("() => document.activeElement && document.activeElement.id === 'timeline'")
    probe.page.evaluate("() => document.getElementById('overview').scrollIntoView({block: 'start'})")
    probe.page.wait_for_timeout(100)
    return probe.page.evaluate(BOXES)


def test_the_focus_ring_is_inside_the_timeline_and_clear_of_the_range_slider(probe):
    from PIL import Image

    probe.open("")
    boxes = _tab_to_timeline(probe)
    assert boxes["focused"]
    ring_top = boxes["timeline"]["top"] - boxes["offset"] - boxes["width"]
    assert ring_top >= boxes["overview"]["bottom"] - 0.5, boxes  # the ring's outer edge is below the slider's strip
    shot = Image.open(io.BytesIO(probe.page.screenshot()))
    t, s = boxes["timeline"], boxes["slider"]
    # the slider (with its foot) shows none of the ring
    assert _share_of_focus(shot, (int(s["left"]), int(s["top"]), int(s["right"]), int(s["bottom"]) + 1)) < 0.01
    # and the ring is drawn whole: each edge of it is the focus colour along the timeline
    edge = int(boxes["width"])
    top = int(ring_top) + 1
    for box in [(int(t["left"]) + 10, top, int(t["right"]) - 10, top + edge - 1),
                (int(t["left"]) + 1, int(t["top"]) + 10, int(t["left"]) + edge, int(t["top"]) + 200),
                (int(t["right"]) - edge, int(t["top"]) + 10, int(t["right"]) - 1, int(t["top"]) + 200)]:
        assert _share_of_focus(shot, box) > 0.9, box
    assert probe.errors == []


def test_tab_leaves_the_timeline_both_ways(probe):
    """From the timeline, Tab goes through its toolbar's buttons and on out of it; Shift+Tab comes back (no trap)."""
    probe.open("")
    _tab_to_timeline(probe)
    inside = "() => document.getElementById('timeline').contains(document.activeElement)"
    presses = 0
    while probe.page.evaluate(inside) and presses < 12:
        probe.page.keyboard.press("Tab")
        presses += 1
    assert not probe.page.evaluate(inside), "Tab never left the timeline"
    assert probe.page.evaluate("() => document.activeElement !== document.body")
    for _ in range(presses):
        probe.page.keyboard.press("Shift+Tab")
    assert probe.page.evaluate("() => document.activeElement.id") == "timeline"
    probe.page.keyboard.press("Shift+Tab")  # the range slider's end handle, just before the timeline
    assert probe.page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "End of the timeline's window"
