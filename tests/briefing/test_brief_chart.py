"""The brief's timeline chart: a fresh figure of its entries; one PNG from Kaleido, or a clear error."""
from __future__ import annotations

import datetime as dt
import struct
import time

import pytest

from tracker.briefing.bench import time_briefs
from tracker.briefing.chart import IMAGE_WIDTH, ChartUnavailable, chart_height, chart_png, figure_png, timeline_chart

from .brief_helpers import requires_chromium


def test_chart_has_one_marker_per_entry_grouped_by_type(june_brief):
    figure = timeline_chart(june_brief)
    markers = [t for t in figure.data if t.mode == "markers" and t.name != "New or changed since 22 Jun 2023"]
    assert sum(len(t.x) for t in markers) == len(june_brief.entries)
    assert {t.name for t in markers} == {e.type_label for e in june_brief.entries}
    spans = [t for t in figure.data if t.mode == "lines"]
    assert any(dt.date(2023, 6, 20) in t.x and dt.date(2023, 6, 22) in t.x for t in spans), "round 20 drawn over both days"
    assert figure.layout.xaxis.range == ("2023-05-31", "2023-07-01")
    assert figure.layout.xaxis.tickformat == "%-d %b %Y"
    assert timeline_chart(june_brief) is not figure, "a fresh figure per call"


def test_chart_hover_text_is_escaped_and_carries_ids(odd_brief):
    figure = timeline_chart(odd_brief)
    hovers = [h for t in figure.data if t.hovertext for h in t.hovertext]
    assert any("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in h for h in hovers)
    assert not any("<script>" in h for h in hovers)
    assert all("id: odd-" in h for h in hovers)
    changed = next(t for t in figure.data if t.name == "New or changed since 20 Jun 2023")
    assert len(changed.x) == 2


def test_missing_chromium_raises_a_clear_error(odd_brief, tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nothing"))
    with pytest.raises(ChartUnavailable, match="needs Chromium.*BROWSER_PATH=.*nothing.*apt-get install chromium"):
        chart_png(odd_brief)


def test_a_browser_that_hangs_is_given_up(odd_brief, tmp_path, monkeypatch):
    import tracker.briefing.chart as chart

    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nsleep 600\n")
    fake.chmod(0o755)
    monkeypatch.setenv("BROWSER_PATH", str(fake))
    monkeypatch.setattr(chart, "_kaleido_png", lambda *args: time.sleep(30))
    monkeypatch.setattr(chart, "STARTUP_GRACE", 0.5)
    started = time.monotonic()
    with pytest.raises(ChartUnavailable, match="did not draw the chart within"):
        figure_png(timeline_chart(odd_brief), 400, 300, timeout=0.5)
    assert time.monotonic() - started < 5


@requires_chromium
def test_chart_png_is_a_png_of_the_asked_size(odd_brief):
    png = chart_png(odd_brief)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (2 * IMAGE_WIDTH, 2 * chart_height(odd_brief)), "drawn at scale 2 for print"
    assert chart_height(odd_brief) == 150 + 42 * 5, "a band per event type"


def test_empty_brief_has_no_chart(shipped):
    from tracker.briefing.model import build_brief
    from tracker.filters import EventFilter, apply_filter

    f = EventFilter.build(date_from="1990", date_to="1990")
    assert chart_png(build_brief(shipped, apply_filter(shipped, f), f)) is None


def test_time_briefs_reports_seconds_per_format():
    timings = time_briefs(n_events=40, formats=("md", "html", "docx"), chart=False)
    assert set(timings) == {"md", "html", "docx"} and all(seconds >= 0 for seconds in timings.values())
