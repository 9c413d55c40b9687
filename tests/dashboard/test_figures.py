"""Figures: marks within budget, bins beyond it, data shown as text, dates as analysts write them."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.aggregate import MARK_BUDGET, MAX_LANES, Window, bin_counts, bin_edges, cap_lanes, month_counts, uncertain_end
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


def test_an_actor_in_two_roles_is_one_mark_in_its_lane(data):
    """Russia is host and guarantor of the Sochi summit: one star in its lane, not two on the same day (QA)."""
    position = data.position_of("sochi-summit-2019")
    mask = data.mask(EventFilter.build(types=["summit"]))
    content = timeline_content(data, mask, "actor", Window(int(data.start_days[position]) - 1,
                                                           int(data.end_days[position]) + 1))
    lanes = [content.lanes[i] for i in content.lane[content.event_id == "sochi-summit-2019"]]
    assert "Russia" in lanes and len(lanes) == len(set(lanes))


def test_never_more_marks_than_the_budget():
    from tracker.dashboard.data import DashboardData

    data = DashboardData.from_tables(synthetic_tables(MARK_BUDGET + 2_000, seed=2))
    mask = data.mask(EventFilter())
    whole = Window(int(data.start_days.min()), int(data.span_end.max()))
    content = timeline_content(data, mask, "actor", whole)
    assert isinstance(content, TimelineBins) and content.counts.sum() >= mask.sum()
    figure = timeline_figure(content, (whole.first, whole.last))
    assert sum(np.size(t.z) for t in figure.data) <= MAX_LANES * 151  # lanes x calendar bins (bin_edges' target)
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
    confirmed = next(t for t in by_name["Statement"] if t.customdata is not None)  # after the legend's entry
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


# --- reading the timeline (issue 9, defect 8) -------------------------------------------------------------

def marks(**columns) -> TimelineMarks:
    """TimelineMarks of a few events; `start`, `end` in days, everything else defaulted."""
    start = np.asarray(columns.pop("start"))
    n = len(start)
    end = np.asarray(columns.pop("end", start))
    base = dict(lanes=["Astana format", "Geneva process"], lane=np.zeros(n, dtype=int), start=start, end=end,
                kind=np.where(end > start, "span", "point"), event_type=np.array(["talk_round"] * n, dtype=object),
                event_id=np.array([f"e{i}" for i in range(n)], dtype=object),
                hover=np.array([f"h{i}" for i in range(n)], dtype=object))
    base.update(columns)
    return TimelineMarks(**base)


def y_of(figure) -> dict:
    """Event id -> y of its mark."""
    return {e: y for t in figure.data if t.customdata is not None for e, y in zip(t.customdata, t.y)}


def test_overlapping_spans_in_one_lane_get_different_sub_rows_and_the_others_share_one():
    content = marks(start=np.array([17_000, 17_010, 17_200, 17_000]), end=np.array([17_030, 17_040, 17_230, 17_030]),
                    lane=np.array([0, 0, 0, 1]))
    y = y_of(timeline_figure(content, (16_990, 17_240)))
    assert y["e0"] != y["e1"], "the two overlapping month-long spans hide each other no more"
    assert y["e2"] == y["e0"], "a span that overlaps nothing goes back to the first sub-row"
    assert y["e3"] > max(y["e0"], y["e1"]), "the second lane starts below both sub-rows of the first"


def test_stacking_never_puts_overlapping_marks_in_the_same_row():
    from tracker.aggregate import stack_rows

    rng = np.random.default_rng(9)
    lane = rng.integers(0, 4, 400)
    start = np.sort(rng.integers(0, 2_000, 400))
    end = start + rng.integers(0, 40, 400)
    rows = stack_rows(lane, start, end, gap=2.0, max_rows=1_000)
    for a in range(400):
        for b in range(a + 1, 400):
            if lane[a] == lane[b] and rows[a] == rows[b]:
                assert end[a] + 1 + 2.0 <= start[b] or end[b] + 1 + 2.0 <= start[a]
    assert rows.max() > 0


def test_day_marks_sit_at_noon_and_bars_run_from_the_first_days_start_to_the_last_days_end():
    june_20 = day_number(__import__("datetime").date(2023, 6, 20))
    content = marks(start=np.array([june_20, june_20 + 2]), end=np.array([june_20 + 1, june_20 + 2]),
                    event_type=np.array(["talk_round", "statement"], dtype=object))
    figure = timeline_figure(content, (june_20 - 5, june_20 + 5), selected="e1")
    point = next(t for t in figure.data if t.customdata is not None and "e1" in t.customdata)
    assert list(point.x) == ["2023-06-22 12:00"], "the 22 June statement sits in the middle of its day"
    bar = next(t for t in figure.data if t.type == "bar")
    assert list(bar.base) == ["2023-06-20"] and list(bar.x) == [2 * 86_400_000], "20-21 June: to midnight after the 21st"
    ring = next(t for t in figure.data if t.name == "selected")
    assert ring.x[0] == (june_20 + 2.5) * 86_400_000, "the selection ring sits on the mark it rings"


def test_round_numbers_are_written_on_round_marks():
    content = marks(start=np.array([19_000, 19_040]), end=np.array([19_001, 19_040]),
                    round_number=np.array([20.0, np.nan]), event_type=np.array(["talk_round", "statement"], dtype=object))
    figure = timeline_figure(content, (18_990, 19_050))
    bar = next(t for t in figure.data if t.type == "bar")
    assert list(bar.text) == ["R20"]
    statement = next(t for t in figure.data if t.customdata is not None and "e1" in t.customdata)
    assert statement.text is None
    wide = timeline_figure(content, (17_000, 19_050))
    assert all(t.text is None for t in wide.data), "over years the numbers would only crowd the marks"


def test_a_today_line_shows_when_today_is_in_the_window():
    content = marks(start=np.array([19_000]))
    inside = timeline_figure(content, (18_990, 19_050), today=19_020)
    line = [s for s in inside.layout.shapes if s.name == "today"]
    assert len(line) == 1 and line[0].x0 == 19_020.5 * 86_400_000
    assert any(a.text == "today" for a in inside.layout.annotations)
    outside = timeline_figure(content, (18_990, 19_010), today=19_020)
    assert not [s for s in outside.layout.shapes if s.name == "today"]
    assert not [s for s in timeline_figure(content, (18_990, 19_050)).layout.shapes if s.name == "today"]


def test_the_activity_axis_counts_whole_events():
    chart = activity_figure(np.array(["2023-05-01", "2023-06-01"], dtype="datetime64[D]"), np.array([[1, 0], [0, 1]]),
                            ["statement", "call"])
    axis = chart.layout.yaxis
    assert axis.tickformat == ",d" and axis.rangemode == "tozero" and axis.dtick >= 1 and float(axis.dtick).is_integer()
    many = activity_figure(np.array(["2023-05-01"], dtype="datetime64[D]"), np.array([[730]]), ["statement"])
    assert many.layout.yaxis.dtick in (100, 200) and many.layout.yaxis.tickformat == ",d"


def test_the_status_of_an_event_shows_on_its_mark():
    from tracker.models import GREY

    status = np.array(["held", "scheduled", "postponed", "cancelled", "scheduled"], dtype=object)
    content = marks(start=np.array([100, 200, 300, 400, 500]), end=np.array([101, 201, 301, 401, 500]),
                    status=status)
    figure = timeline_figure(content, (90, 510))
    by_event = {e: t for t in figure.data if t.customdata is not None and t.meta != "hit" for e in t.customdata}
    assert by_event["e0"].marker.opacity == 1 and by_event["e0"].opacity in (None, 1)
    # a bar's paleness is its fill's (the trace's opacity faded its round label too)
    assert by_event["e1"].marker.opacity < 0.5 and by_event["e1"].opacity in (None, 1)
    assert by_event["e4"].marker.opacity < 0.5, "planned: a lighter fill"
    outlines = {t.line.dash for t in figure.data if t.type == "scatter" and t.mode == "lines"}
    assert {"dot", "dash"} <= outlines, "dotted outline when scheduled, dashed when postponed"
    assert by_event["e3"].marker.color == GREY
    assert any(t.marker.symbol == "x-thin-open" for t in figure.data if t.type == "scatter"), "crossed out"


def test_every_trace_of_a_type_is_in_its_legend_group_under_its_label():
    from tracker.models import TYPE_STYLES

    content = marks(start=np.array([100, 110, 120, 130]), end=np.array([100, 112, 120, 130]),
                    event_type=np.array(["talk_round", "talk_round", "statement", "statement"], dtype=object),
                    status=np.array(["held", "held", "cancelled", "held"], dtype=object))
    figure = timeline_figure(content, (90, 140))
    for event_type in ("talk_round", "statement"):
        traces = [t for t in figure.data if t.legendgroup == event_type]
        assert {t.name for t in traces} == {TYPE_STYLES[event_type].label}
        assert sum(t.showlegend is not False for t in traces) == 1


def test_every_event_type_status_and_kind_has_every_style_field():
    from dataclasses import fields

    from tracker.models import EVENT_TYPES, KIND_STYLES, STATUS_STYLES, STATUSES, TYPE_STYLES

    assert set(TYPE_STYLES) == set(EVENT_TYPES) and set(STATUS_STYLES) == set(STATUSES)
    assert set(KIND_STYLES) == {"point", "span", "uncertain"}
    for table in (TYPE_STYLES, STATUS_STYLES, KIND_STYLES):
        for name, style in table.items():
            missing = [f.name for f in fields(style) if getattr(style, f.name) is None]
            assert not missing, f"{name} has no {missing}"
    assert len({s.colour for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert len({s.symbol for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)


def test_actor_lanes_have_short_labels_that_tell_states_apart_and_the_whole_name_on_hover(data):
    whole = Window(int(data.start_days.min()), int(data.span_end.max()))
    content = timeline_content(data, data.mask(EventFilter()), "actor", whole)
    assert "MFA (Kazakhstan)" in content.lanes and "Aibek Smadiyarov (Kazakhstan)" in content.lanes  # via the MFA
    at = content.lanes.index("MFA (Kazakhstan)")
    assert content.lane_titles[at] == "Ministry of Foreign Affairs of Kazakhstan"
    figure = timeline_figure(content, (whole.first, whole.last))
    label = next(a for a in figure.layout.annotations if a.text == "MFA (Kazakhstan)")
    assert label.hovertext == "Ministry of Foreign Affairs of Kazakhstan" and label.yref == "y"


def test_rollup_draws_ministries_and_officials_in_their_states_lane(data):
    whole = Window(int(data.start_days.min()), int(data.span_end.max()))
    mask = data.mask(EventFilter())
    rolled = timeline_content(data, mask, "actor", whole, rollup=True)
    assert not any("(Kazakhstan)" in lane for lane in rolled.lanes)
    kazakhstan = rolled.lanes.index("Kazakhstan")
    statement = rolled.event_id == "kaz-statement-2023-06-22"
    assert rolled.lane[statement].tolist() == [kazakhstan], "once, in the state's lane"
    apart = timeline_content(data, mask, "actor", whole)
    assert len(rolled.event_id) < len(apart.event_id)


def test_rollup_round_trips_through_the_url():
    from tracker.dashboard.state import ViewState, parse_state

    state, notices = parse_state("?group=actor&rollup=state")
    assert state.rollup and state.group == "actor" and notices == []
    assert parse_state(state.to_search())[0] == state
    assert not parse_state("?rollup=nonsense")[0].rollup and parse_state("?rollup=nonsense")[1]
    assert ViewState().to_search() == ""


def test_a_tall_timeline_repeats_its_date_axis_at_the_top():
    lanes = [f"lane {i}" for i in range(30)]
    tall = timeline_figure(marks(start=np.arange(30) * 10, lanes=lanes, lane=np.arange(30)), (0, 300))
    assert tall.layout.height > 600 and tall.layout.xaxis2.side == "top" and tall.layout.xaxis2.matches == "x"
    assert any(t.xaxis == "x2" for t in tall.data)
    short = timeline_figure(marks(start=np.array([0, 10])), (0, 300))
    assert "xaxis2" not in short.to_plotly_json()["layout"]


def test_no_axis_makes_plotly_measure_its_tick_labels_after_each_draw():
    """Plotly's default ticklabeloverflow measures every tick label once per label after each draw (a forced
    layout each time): 150 ms of the first 949-mark redraw; the bench's worst redraw fell from 716-751 to 408 ms."""
    lanes = [f"lane {i}" for i in range(30)]
    tall = timeline_figure(marks(start=np.arange(30) * 10, lanes=lanes, lane=np.arange(30)), (0, 300))
    activity = activity_figure(np.array(["2023-01-01", "2023-02-01"], dtype="datetime64[D]"), np.array([[1, 2]]),
                               ["talk_round"])
    for axis in (tall.layout.xaxis, tall.layout.xaxis2, tall.layout.yaxis, activity.layout.xaxis, activity.layout.yaxis):
        assert axis.ticklabeloverflow == "allow"


def test_the_hover_says_when_an_event_is_not_held_and_strikes_a_cancelled_title(data):
    from tracker.dashboard.views import hover_texts

    events = data.tables.events
    statuses = events["status"].astype(str).to_numpy()
    cancelled, held = int(np.flatnonzero(statuses == "cancelled")[0]), int(np.flatnonzero(statuses == "held")[0])
    hovers = hover_texts(data, np.array([cancelled, held]))
    assert "<b>cancelled</b>" in hovers[cancelled] and "<s>" in hovers[cancelled]
    assert "<s>" not in hovers[held] and "held" not in hovers[held]


@pytest.mark.parametrize("counts, types, unit", [
    ([[1, 0, 2], [0, 3, 0]], ["meeting", "statement"], "month"),
    ([[730, 0, 5], [0, 0, 0]], ["meeting", "talk_round"], "year"),  # a type with no bar; counts past int8
    ([[100_000, 1, 2]], ["statement"], "month"),
])
def test_the_activity_chart_as_a_dict_is_the_figure_it_replaces(counts, types, unit):
    """The summary callback sends `activity_spec` (no Plotly objects): the same JSON as `activity_figure`."""
    from plotly.io.json import to_json_plotly

    from tracker.figures import activity_spec

    months = np.array(["2020-01-01", "2020-02-01", "2020-03-01"], dtype="datetime64[D]")
    counts = np.array(counts)
    spec = activity_spec(months, counts, types, unit)
    assert json.loads(to_json_plotly(spec)) == json.loads(to_json_plotly(activity_figure(months, counts, types, unit)))
    assert json.loads(to_json_plotly(spec))["layout"]["template"]  # the default template, as a figure carries it


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(["int64", "uint64", "int32", "int8", "uint16", "float64", "float32", "bool", "<U4"]),
       st.lists(st.integers(-2**40, 2**40), max_size=12), st.booleans())
def test_typed_arrays_are_what_plotly_makes_of_them(dtype, numbers, two_rows):
    """The summary's activity chart writes its counts as Plotly's typed-array specs itself (Plotly's conversion
    copies each array through narwhals): the same spec, narrowing and shape as Plotly's for every dtype."""
    from _plotly_utils.utils import to_typed_array_spec

    from tracker.figures import typed_array

    values = np.array(numbers if dtype == "<U4" else np.array(numbers).astype(dtype) if dtype != "uint64"
                      else np.abs(np.array(numbers, dtype=np.int64)).astype(dtype))
    if two_rows and len(values) % 2 == 0 and len(values):
        values = values.reshape(2, -1)
    ours, theirs = typed_array(values.copy()), to_typed_array_spec(values.copy())
    if isinstance(theirs, dict):
        assert ours == theirs
    else:
        assert not isinstance(ours, dict) and np.array_equal(np.asarray(ours), np.asarray(theirs))



def test_each_type_has_one_legend_entry_with_its_symbol_whatever_its_marks_are_drawn_as():
    """QA: the legend took the look of a type's first trace: a talk round's square in one view, a hatched bar where
    its only rounds were known to the month. Each type has one entry drawn with its symbol."""
    marks = TimelineMarks(
        lanes=["Astana format"], lane=np.zeros(3, dtype=int), start=np.array([100, 110, 130]),
        end=np.array([130, 112, 130]), kind=np.array(["uncertain", "span", "point"]),
        event_type=np.array(["talk_round", "talk_round", "statement"]),
        event_id=np.array(["r1", "r2", "s1"], dtype=object), hover=np.array(["a", "b", "c"], dtype=object))
    figure = timeline_figure(marks, (90, 160))
    entries = [t for t in figure.data if t.showlegend]
    assert [(t.name, t.marker.symbol, t.legendgroup) for t in entries] == [
        ("Talk round", "square", "talk_round"), ("Statement", "hexagon", "statement")]
    assert all(t.x == (None,) and t.visible in (True, None) for t in entries)
    drawn = [t for t in figure.data if t.customdata is not None and t.legendgroup == "talk_round"]
    assert drawn and all(t.showlegend is False for t in drawn)  # a click on the entry still hides or shows them all



def _store_round_copy(store, shipped, event_id: str, **cells) -> None:
    """Store a copy of round 20 (with its source) under `event_id`, its cells changed as given, beside the shipped
    events."""
    from tracker.frames import coerce

    event = shipped.events[shipped.events["event_id"] == "astana-20"].copy()
    event["event_id"] = event_id
    for column, value in cells.items():
        event[column] = value
    sources = shipped.sources[shipped.sources["event_id"] == "astana-20"].assign(event_id=event_id,
                                                                                 source_id=f"{event_id}:s1")
    empty = {t: getattr(shipped, t).iloc[0:0] for t in ("actors", "processes", "venues", "event_actors", "quotes", "event_links")}
    store.save(shipped.replace(events=coerce("events", event), sources=coerce("sources", sources), **empty))

def test_the_activity_chart_runs_over_the_filters_dates_and_places_no_year_only_event_in_a_month(store, shipped):
    """QA: an event known only to its year was counted in its January, and the chart stopped at the last event's month
    though the filter ran to December. The bars run from the filter's first month to its last; a year-only event is
    in no month's bar, and the chart says how many are left out."""
    import pandas as pd

    from tracker.dashboard import handlers
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.views import activity

    _store_round_copy(store, shipped, "year-only-2023", date_precision="year", start_date=pd.Timestamp("2023-01-01"),
                      end_date=pd.Timestamp("2023-12-31"))
    data = DashboardData.load(store)
    f = EventFilter.build(date_from="2023-01-01", date_to="2023-12-31")
    mask = data.mask(f)
    assert mask[data.position_of("year-only-2023")]
    starts, counts, _, unit, left_out, spanning = activity(data, mask, f.date_from, f.date_to)
    assert unit == "month" and (str(starts[0]), str(starts[-1])) == ("2023-01-01", "2023-12-01") and left_out == 1
    assert counts.sum() == int(mask.sum()) - 1 + spanning  # every other event in its month(s)
    before = activity(data, mask)[0]
    assert str(before[-1]) < "2023-12-01"  # without the filter's dates the bars stopped at the last event's month
    chart = handlers.render_summary(data, "?from=2023-01-01&to=2023-12-31", None, "/")[10]
    assert chart["layout"]["annotations"][0]["text"].startswith("1 event known only to its year is in no month's bar")


def test_an_event_over_several_months_is_counted_in_each_and_the_chart_says_so(store, shipped):
    """QA11: a meeting known to run from July to December 2023 (month precision) was one July bar. It is counted in
    each month it spans, and the chart's note says how many events are counted in several bars."""
    import pandas as pd

    from tracker.dashboard import handlers
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.views import activity

    _store_round_copy(store, shipped, "jul-dec-2023", date_precision="month", event_type="meeting",
                      start_date=pd.Timestamp("2023-07-01"), end_date=pd.Timestamp("2023-12-31"))
    data = DashboardData.load(store)
    f = EventFilter.build(date_from="2023-01", date_to="2024-06")
    mask = np.zeros(len(data), dtype=bool)
    mask[data.position_of("jul-dec-2023")] = True
    starts, counts, types, unit, left_out, spanning = activity(data, mask, f.date_from, f.date_to)
    row = counts[types.index("meeting")]
    by_month = dict(zip((str(s)[:7] for s in starts), row.tolist()))
    assert [m for m, n in by_month.items() if n] == ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"]
    assert set(by_month.values()) == {0, 1} and spanning == 1 and left_out == 0
    years, yearly = month_counts(np.array(["2023-07-01"], dtype="datetime64[D]"), np.array([0]), 1, (),
                                 np.array(["2024-02-10"], dtype="datetime64[D]"), unit="Y")
    assert [str(y) for y in years] == ["2023-01-01", "2024-01-01"] and yearly.tolist() == [[1, 1]]  # once a year
    chart = handlers.render_summary(data, "?from=2023-01&to=2024-06", None, "/")[10]
    assert chart["layout"]["annotations"][0]["text"] == "1 event over several months is counted in each"


def test_a_round_label_on_a_hatched_bar_is_dark_and_not_faded():
    """QA11: "R7" on a month-precision round's hatched bar was grey on the stripes: the trace's opacity (0.55)
    faded the label with the bar, and Plotly wrote it white on a pale fill."""
    content = marks(start=np.array([100, 200]), end=np.array([129, 230]), kind=np.array(["uncertain", "span"], dtype=object),
                    event_type=np.array(["talk_round", "talk_round"], dtype=object), round_number=np.array([7.0, 8.0]))
    figure = timeline_figure(content, (90, 240))
    by_event = {e: t for t in figure.data if t.customdata is not None and t.meta != "hit" for e in t.customdata}
    hatched, solid = by_event["e0"], by_event["e1"]
    assert list(hatched.text) == ["R7"] and hatched.marker.pattern.shape == "/"
    assert hatched.opacity in (None, 1) and hatched.marker.opacity < 1  # the stripes pale, the label not
    assert hatched.insidetextfont.color == "#1f2937" and "#ffffff" in hatched.insidetextfont.shadow
    assert solid.insidetextfont.color is None  # white on a full colour, as Plotly picks it


def test_a_bar_shorter_than_the_least_width_is_drawn_that_wide_about_its_middle():
    """QA15 LOW: at a window of years a two-day round was its outline alone, black."""
    from tracker.marks import bar_extent

    start, end = np.array([19528, 19530]), np.array([19529, 19560])  # 20-21 Jun 2023 (2 days); 22 Jun-23 Jul (31)
    assert bar_extent(start, end) == (["2023-06-20", "2023-06-22"], [2 * 86_400_000, 31 * 86_400_000])
    base, length = bar_extent(start, end, least_days=5)
    assert base == ["2023-06-18 12:00:00.000", "2023-06-22"] and length == [5 * 86_400_000, 31 * 86_400_000]
    from tracker.figures import BAR_PX, PLOT_PX

    content = marks(start=np.array([17_000, 18_000]), end=np.array([17_001, 18_001]))  # two-day rounds
    wide = timeline_figure(content, (16_000, 19_650))  # ten years
    bars = [t for t in wide.data if t.type == "bar"]
    assert bars and all(x >= BAR_PX * 3651 / PLOT_PX * 86_400_000 - 1 for t in bars for x in t.x)
    narrow = timeline_figure(content, (16_990, 17_020))
    assert [x for t in narrow.data if t.type == "bar" for x in t.x] == [2 * 86_400_000] * 2


def test_the_overview_strip_draws_a_lone_bin_as_a_block_from_its_first_day_to_the_next_bins():
    """ux23's defect 5: a line through the bins' middles drew nothing for one matching event (a blank strip)."""
    from tracker.figures import overview_spec

    edges, counts = np.array([19520, 19527]), np.array([1])  # one week's bin holding one event
    trace = overview_spec(edges, counts, "week", (19520, 19527), (19520, 19526), "r")["data"][0]
    assert trace["x"] == ["2023-06-12", "2023-06-19"] and trace["y"] == [1, 0] and trace["line"]["shape"] == "hv"
    assert trace["fill"] == "tozeroy"  # the step and the 0 close a filled block one bin wide
