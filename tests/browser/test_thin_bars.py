"""Real Chromium (QA15 LOW): over a window of years the talk rounds' bars kept only their dark outline, black
strokes under a pixel wide; each is now drawn at least `figures.BAR_PX` wide, in its type's colour."""
from __future__ import annotations

import io

from PIL import Image

from tracker.models import TYPE_STYLES

#: The page box of every drawn bar of a type (held, confirmed), from the bar traces' own data.
BARS = """(group) => {
    const boxes = [];
    document.querySelectorAll('#timeline .barlayer .trace.bars').forEach(g => {
        const trace = g.__data__ && g.__data__[0] && g.__data__[0].trace;
        if (!trace || trace.legendgroup !== group || trace.marker.opacity < 1) return;
        g.querySelectorAll('.point path').forEach(p => {
            const r = p.getBoundingClientRect();
            boxes.push({x: r.x, y: r.y, width: r.width, height: r.height});
        });
    });
    return boxes;
}"""


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def test_talk_round_bars_over_many_years_are_wide_enough_to_show_their_colour(probe):
    probe.open("?type=talk_round")  # 2014-2024: a two-day round is under a pixel at this width
    page = probe.page
    bars = page.evaluate(BARS, "talk_round")
    assert len(bars) >= 30, bars
    assert min(b["width"] for b in bars) >= 4, sorted(b["width"] for b in bars)[:5]
    shot = Image.open(io.BytesIO(page.screenshot(full_page=True))).convert("RGB")
    page.screenshot(path="/tmp/thin_bars.png", full_page=True)
    scroll = page.evaluate("window.scrollY")
    want = _rgb(TYPE_STYLES["talk_round"].colour)
    off = []
    for bar in bars:
        pixel = shot.getpixel((int(bar["x"] + bar["width"] / 2), int(bar["y"] + scroll + bar["height"] / 2)))
        if max(abs(a - b) for a, b in zip(pixel, want)) > 40:
            off.append((bar, pixel))
    assert not off, off[:5]  # the middle of every bar is its type's blue, not the outline's near-black
    assert probe.errors == []


def test_a_short_window_draws_bars_over_their_days_only(probe):
    """Zoomed in, a bar is its days: the least width never stretches a round that is wide enough already."""
    probe.open("?x0=2023-06-01&x1=2023-06-30&type=talk_round")
    bars = probe.page.evaluate(BARS, "talk_round")
    assert len(bars) == 1  # astana-20, 20-21 June 2023: two days of thirty
    plot = probe.page.locator("#timeline .nsewdrag").first.bounding_box()
    assert abs(bars[0]["width"] - plot["width"] * 2 / 30) < 2, (bars, plot)  # a window chosen is not padded
    assert probe.errors == []
