"""Figures: marks within budget, bins beyond it, data shown as text, dates as analysts write them."""
from __future__ import annotations

import numpy as np
import pytest

from tracker.aggregate import MARK_BUDGET, Window, bin_counts, bin_edges, cap_lanes, month_counts, uncertain_end
from tracker.dashboard.views import day_number, timeline_content
from tracker.figures import TimelineBins, TimelineMarks, activity_figure, empty_figure, plain, timeline_figure
from tracker.filters import EventFilter
from tracker.synthetic import synthetic_tables


def test_plain_escapes_plotly_markup():
    assert plain("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert plain("a & b") == "a &amp; b"


@pytest.mark.parametrize("unit_days", [10, 100, 1_000, 5_000, 30_000])
def test_bin_edges_cover_the_window_with_few_bins(unit_days):
    first = day_number(__import__("datetime").date(2001, 3, 17))
    edges, unit = bin_edges(first, first + unit_days)
    assert edges[0] <= first and edges[-1] > first + unit_days
    assert 1 <= len(edges) - 1 <= 160
    assert np.all(np.diff(edges) > 0)


def test_bin_counts_add_up():
    edges = np.array([0, 10, 20, 30])
    counts = bin_counts(np.array([0, 1, 1, 0]), np.array([0, 15, 29, 35]), 2, edges)
    assert counts.tolist() == [[1, 0, 0], [0, 1, 1]]


def test_cap_lanes_merges_the_smallest():
    lane = np.repeat(np.arange(5), [5, 4, 3, 2, 1])
    new, labels = cap_lanes(lane, list("abcde"), np.arange(15), max_lanes=3)
    assert labels == ["a", "b", "Other (3 lanes)"]
    assert np.bincount(new).tolist() == [5, 4, 6]


def test_month_and_year_precision_span_their_month_and_year():
    start = np.array([day_number(__import__("datetime").date(2023, 6, 1))] * 3)
    end = uncertain_end(start, start, np.array(["day", "month", "year"], dtype=object))
    assert [end[0] - start[0], end[1] - start[1], end[2] - start[2]] == [0, 29, 213]


def test_month_counts_by_type():
    months, counts = month_counts(np.array([0, 1, 40, 40]), np.array([0, 1, 1, 1]), 2)
    assert len(months) == 2 and counts.tolist() == [[1, 0], [1, 2]]


def test_shipped_timeline_draws_each_event_with_hover_in_analyst_dates(data):
    mask = data.mask(EventFilter.build(text="collective request"))
    content = timeline_content(data, mask, "process", Window(day_number(__import__("datetime").date(2023, 6, 1)),
                                                              day_number(__import__("datetime").date(2023, 6, 30))))
    assert isinstance(content, TimelineMarks)
    hovers = dict(zip(content.event_id, content.hover))
    assert "22 Jun 2023" in hovers["kaz-statement-2023-06-22"]
    assert "statement" in hovers["kaz-statement-2023-06-22"]
    figure = timeline_figure(content, (content.start.min(), content.end.max()), selected="kaz-statement-2023-06-22")
    assert not figure.layout.xaxis.rangeslider.visible  # the overview strip holds the slider
    assert any(trace.name == "selected" for trace in figure.data)


def test_the_overview_strip_counts_the_matches_and_its_slider_frames_the_window(data):
    import plotly.graph_objects as go

    from tracker.dashboard.views import extent, overview_counts
    from tracker.figures import overview_spec

    mask = data.mask(EventFilter.build(processes=["Astana format"]))
    found = extent(data, mask)
    edges, counts, unit = overview_counts(data, mask, found)
    assert counts.sum() == mask.sum() and edges[0] <= found[0] and edges[-1] > found[1]
    window = (found[0] + 100, found[0] + 400)
    spec = overview_spec(edges, counts, unit, window, found, "r")
    figure = go.Figure(spec)  # Plotly validates every property
    timeline = timeline_figure(TimelineBins(["a"], edges, counts[None, :], unit, int(counts.sum())), window)
    assert figure.layout.xaxis.rangeslider.visible and list(figure.layout.xaxis.range) == list(timeline.layout.xaxis.range)
    slider = figure.layout.xaxis.rangeslider.range
    assert slider[0] <= found[0] * 86_400_000 and slider[1] >= (found[1] + 1) * 86_400_000
    assert len(figure.data) == 1 and sum(figure.data[0].y) == mask.sum()


def test_actor_grouping_puts_an_event_in_each_actors_lane(data):
    mask = data.mask(EventFilter.build(text="Astana", processes=["Astana format"], rounds=[20]))
    position = data.position_of("astana-20")
    content = timeline_content(data, mask, "actor", Window(int(data.start_days[position]) - 1,
                                                           int(data.end_days[position]) + 1))
    lanes = {content.lanes[i] for i in content.lane[content.event_id == "astana-20"]}
    assert {"Russia", "Iran", "Türkiye", "Kazakhstan"} <= lanes


def test_never_more_marks_than_the_budget():
    from tracker.dashboard.data import DashboardData

    data = DashboardData.from_tables(synthetic_tables(MARK_BUDGET + 2_000, seed=2))
    mask = data.mask(EventFilter())
    whole = Window(int(data.start_days.min()), int(data.span_end.max()))
    content = timeline_content(data, mask, "actor", whole)
    assert isinstance(content, TimelineBins) and content.counts.sum() >= mask.sum()
    figure = timeline_figure(content, (whole.first, whole.last))
    assert sum(np.size(t.z) for t in figure.data) <= MARK_BUDGET
    narrow = Window(whole.last - 60, whole.last)
    zoomed = timeline_content(data, mask, "actor", narrow)
    assert isinstance(zoomed, TimelineMarks) and len(zoomed.lane) <= MARK_BUDGET


def test_figures_are_built_fresh_each_time():
    first, second = empty_figure("none"), empty_figure("none")
    first.update_layout(height=10)
    assert second.layout.height != 10
    chart = activity_figure(np.array(["2023-06-01"], dtype="datetime64[D]"), np.array([[2], [1]]), ["statement", "call"])
    assert [t.name for t in chart.data] == ["statement", "call"] and chart.layout.barmode == "stack"


def test_candidates_are_drawn_open_and_dashed_next_to_confirmed_events():
    marks = TimelineMarks(
        lanes=["Astana format"], lane=np.zeros(4, dtype=int), start=np.array([100, 100, 110, 120]),
        end=np.array([100, 100, 112, 150]), kind=np.array(["point", "point", "span", "uncertain"]),
        event_type=np.array(["statement", "statement", "talk_round", "meeting"]),
        event_id=np.array(["c1", "s1", "c2", "c3"], dtype=object),
        hover=np.array(["a · <i>candidate</i>", "b", "c", "d"], dtype=object),
        candidate=np.array([True, False, True, True]))
    figure = timeline_figure(marks, (90, 160))
    by_name = {}
    for trace in figure.data:
        by_name.setdefault(trace.name, []).append(trace)
    confirmed = by_name["Statement"][0]
    assert list(confirmed.customdata) == ["s1"] and confirmed.marker.symbol == "hexagon"
    candidates = [t for t in figure.data if t.legendgroup == "candidate" and t.customdata is not None]
    point = next(t for t in candidates if t.type == "scatter")
    assert list(point.customdata) == ["c1"] and point.marker.symbol == "hexagon-open" and point.name == "candidate statement"
    assert "candidate" in point.hovertemplate
    bars = [t for t in candidates if t.type == "bar"]
    assert sorted(c for t in bars for c in t.customdata) == ["c2", "c3"]
    outlines = by_name["candidate outline"]
    assert all(t.line.dash == "dash" and t.hoverinfo == "skip" for t in outlines) and len(outlines) == 2
    legend = [t for t in figure.data if t.legendgroup == "candidate" and t.showlegend is not False]
    assert [t.name for t in legend] == ["candidate (open, dashed)"]  # one legend entry for every candidate


def test_the_timeline_content_marks_candidates(data):
    f = EventFilter.build(states=["candidate", "confirmed"])
    mask = data.mask(f)
    content = timeline_content(data, mask, "process", Window(int(data.start_days.min()), int(data.span_end.max())))
    assert content.candidate is not None and len(content.candidate) == len(content.event_id)
    states = data.tables.events["review_state"].astype(str).to_numpy()
    positions = [data.position_of(e) for e in content.event_id]
    assert content.candidate.tolist() == [states[p] == "candidate" for p in positions]
