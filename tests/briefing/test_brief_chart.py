"""The brief's timeline chart: a fresh figure of its entries; one PNG from Kaleido, or a clear error."""
from __future__ import annotations

import struct
import time

import plotly.graph_objects as go
import pytest

from tracker.briefing.bench import time_briefs
from tracker.briefing.chart import IMAGE_WIDTH, ChartUnavailable, chart_height, chart_png, figure_png, timeline_chart

from .brief_helpers import requires_chromium


def test_chart_has_one_mark_per_entry_grouped_by_type(june_brief):
    figure = timeline_chart(june_brief)
    marked = [event_id for t in figure.data if t.customdata is not None for event_id in t.customdata]
    assert sorted(marked) == sorted(e.event_id for e in june_brief.entries)
    assert {t.name for t in figure.data if t.showlegend} == {e.type_label for e in june_brief.entries}
    assert figure.layout.xaxis.range == ("2023-05-31", "2023-07-01")
    # short, level labels (the year is in the title's period): "%-d %b %Y" was turned 30 degrees, ran into the legend
    # and was cut at the right edge (QA of the briefings)
    assert figure.layout.xaxis.tickformat == "%-d %b" and figure.layout.xaxis.tickangle == 0
    assert figure.layout.legend.yref == "container" and figure.layout.legend.y == 0
    assert timeline_chart(june_brief) is not figure, "a fresh figure per call"


def test_rounds_are_bars_over_their_days_with_their_number(june_brief):
    """Round 20 (20-21 June) is a bar from the start of the 20th to the end of the 21st, written R20, as on the
    dashboard; the old chart drew it as a dot on the 20th with a line."""
    figure = timeline_chart(june_brief)
    bar = next(t for t in figure.data if t.type == "bar" and "astana-20" in t.customdata)
    at = list(bar.customdata).index("astana-20")
    assert bar.base[at] == "2023-06-20" and bar.x[at] == 2 * 86_400_000 and bar.orientation == "h"
    assert bar.text[at] == "R20"
    statement = next(t for t in figure.data if t.customdata is not None and "kaz-statement-2023-06-22" in t.customdata)
    assert statement.type == "scatter" and "2023-06-22 12:00" in statement.x, "a one-day mark at the middle of its day"


def test_the_brief_chart_draws_events_in_the_dashboards_colours_and_symbols(june_brief, store):
    """One style table: the same events get the same colour, symbol and kind of mark in the brief and on the page."""
    from tracker.aggregate import Window
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.views import timeline_content
    from tracker.figures import timeline_figure
    from tracker.filters import EventFilter

    def looks(figure) -> dict:
        return {event_id: (t.type, t.marker.color, t.marker.symbol if t.type == "scatter" else None)
                for t in figure.data if t.customdata is not None and t.meta != "hit" for event_id in t.customdata}

    data = DashboardData.load(store)
    mask = data.mask(EventFilter.build(processes=["Astana format"], date_from="2023-06", date_to="2023-06"))
    window = Window(int(data.start_days[mask].min()), int(data.span_end[mask].max()))
    page = looks(timeline_figure(timeline_content(data, mask, "type", window), (window.first, window.last)))
    brief = looks(timeline_chart(june_brief))
    assert set(brief) <= set(page) and len(brief) >= 3
    assert {e: brief[e] for e in brief} == {e: page[e] for e in brief}


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
    assert chart_height(odd_brief) == 150 + 42 * 5 + 2, "a band per event type, and the legend's room below (82 px)"


def test_empty_brief_has_no_chart(shipped):
    from tracker.briefing.model import build_brief
    from tracker.filters import EventFilter, apply_filter

    f = EventFilter.build(date_from="1990", date_to="1990")
    assert chart_png(build_brief(shipped, apply_filter(shipped, f), f)) is None


def test_time_briefs_reports_seconds_per_format():
    timings = time_briefs(n_events=40, formats=("md", "html", "docx"), chart=False)
    assert set(timings) == {"md", "html", "docx"} and all(seconds >= 0 for seconds in timings.values())


def test_a_hung_drawing_is_left_behind_and_does_not_hold_up_the_next_ones(monkeypatch):
    """A Kaleido drawing that hung past its time kept the one lock of Kaleido drawings: every later brief of that server
    waited on it and was a 503, and stopping the warm Chromium blocked for good (a CI run lost 15 minutes to it)."""
    import threading
    import time

    from tracker.briefing import chart

    release = threading.Event()

    def hung(figure, opts, timeout, browser):
        with chart._kaleido():
            release.wait(30)  # a Chromium that never answers
        return b"late"

    def quick(figure, opts, timeout, browser):
        with chart._kaleido():
            return b"png"

    monkeypatch.setattr(chart, "STARTUP_GRACE", 0.0)
    monkeypatch.setattr(chart, "chromium_path", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(chart, "_kaleido_png", hung)
    chart._warm_ready.set()  # as if a warm Chromium were the one that hung
    try:
        with pytest.raises(chart.ChartUnavailable, match="did not draw the chart within"):
            chart.figure_png(go.Figure(), 100, 100, timeout=0.3)
        assert not chart.warm_chromium_running()  # the warm one is no longer used
        monkeypatch.setattr(chart, "_kaleido_png", quick)
        started = time.monotonic()
        assert chart.figure_png(go.Figure(), 100, 100, timeout=5) == b"png"  # not behind the hung one
        chart.stop_warm_chromium()  # returns at once
        assert time.monotonic() - started < 3
    finally:
        release.set()
