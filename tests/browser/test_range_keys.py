"""Real Chromium (QA15 LOW): the range slider's handles were not reachable by Tab. Its start and end handles are now
focusable sliders with aria labels (assets/range_keys.js): the arrow keys move them, the timeline's window (x0/x1 in
the URL) follows, and the focus stays on the handle through the redraw."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

FOCUSED = """() => { const e = document.activeElement;
    return {role: e.getAttribute('role'), label: e.getAttribute('aria-label'), text: e.getAttribute('aria-valuetext'),
            now: e.getAttribute('aria-valuenow'), id: e.id}; }"""


def _window(probe) -> tuple[str, str] | None:
    query = parse_qs(urlparse(probe.page.url).query)
    return (query["x0"][0], query["x1"][0]) if "x0" in query else None


def _press(probe, key: str) -> None:
    before = probe.page.url
    probe.page.keyboard.press(key)
    probe.page.wait_for_function("u => location.href !== u", arg=before)
    probe.settle()


def test_tab_reaches_the_slider_handles_and_arrow_keys_move_the_window(probe):
    probe.open("")
    page = probe.page
    page.focus("#briefing-changes")  # the control before the range slider
    labels = []
    for _ in range(2):
        page.keyboard.press("Tab")
        labels.append(page.evaluate(FOCUSED))
    assert [f["role"] for f in labels] == ["slider"] * 2
    assert [f["label"] for f in labels] == ["Start of the timeline's window", "End of the timeline's window"]
    assert all(f["text"] for f in labels)
    page.keyboard.press("Shift+Tab")  # back to the start handle
    start = page.evaluate(FOCUSED)
    assert start["label"] == "Start of the timeline's window"
    _press(probe, "ArrowRight")
    _press(probe, "ArrowRight")
    first = _window(probe)
    assert first and first[0] > "2012-01-01", first  # the window starts later: the shipped events start June 2012
    moved = page.evaluate(FOCUSED)
    assert moved["label"] == "Start of the timeline's window" and int(moved["now"]) > int(start["now"])  # still here
    assert moved["text"] != start["text"]
    page.keyboard.press("Tab")  # the end handle: PageDown moves it a tenth of the span to the left
    _press(probe, "PageDown")
    second = _window(probe)
    assert second[0] == first[0] and second[1] < first[1], (first, second)
    assert page.evaluate(FOCUSED)["label"] == "End of the timeline's window"
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["id"] == "timeline"  # and on to the timeline
    page.screenshot(path="/tmp/range_keys.png")
    assert "Timeline window" in page.inner_text("#overview-live")  # said to a screen reader
    assert probe.errors == []


def test_dragging_a_handle_with_the_mouse_still_sets_the_window(probe):
    probe.open("")
    page = probe.page
    box = page.locator("#overview .rangeslider-grabber-max").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] - 200, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    page.wait_for_function("new URLSearchParams(location.search).has('x1')")
    probe.settle()
    assert _window(probe)[1] < "2024-01-01"
    assert probe.errors == []
