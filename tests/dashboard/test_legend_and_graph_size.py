"""The timeline's legend (greyed entries for the types a filter leaves out), the graphs' container heights
and the graphs' config: plain functions, on the shipped data."""
from __future__ import annotations

import plotly.graph_objects as go
import pytest

from tracker.dashboard import handlers
from tracker.dashboard.layout import GRAPH_CONFIG
from tracker.figures import empty_figure, excluded_type_entries
from tracker.models import TYPE_STYLES
from tracker.filters import EventFilter


def _legend(figure: dict) -> list[tuple[str, object, int | None]]:
    """(legend group, visible, rank) of each trace that has a legend entry."""
    return [(t.get("legendgroup"), t.get("visible", True), t.get("legendrank"))
            for t in figure["data"] if t.get("showlegend", True) and t.get("legendgroup")]


@pytest.mark.parametrize("figure, height", [
    ({"data": [], "layout": {"height": 430}}, "430px"),
    (empty_figure("nothing", height=210), "210px"),
    ({"data": [], "layout": {}}, "450px"),  # Plotly's own default
])
def test_a_graph_container_gets_its_figure_height(figure, height):
    assert handlers.graph_style(figure) == {"height": height}


def test_excluded_types_are_those_the_type_filter_leaves_out_among_the_matching(data):
    assert handlers.excluded_types(data, EventFilter()) == []
    left_out = handlers.excluded_types(data, EventFilter.build(types=["statement"]))
    assert "statement" not in left_out and {"talk_round", "meeting", "agreement"} <= set(left_out)
    assert "visit" not in left_out  # no visit in the shipped data: no entry to bring back
    assert left_out == [t for t in TYPE_STYLES if t in left_out]  # in type order
    # under another filter, only the types that filter would show
    astana = handlers.excluded_types(data, EventFilter.build(types=["statement"], processes=["Geneva process"]))
    assert set(astana) < set(left_out)


def test_excluded_type_entries_are_greyed_legend_entries_without_marks():
    entries = excluded_type_entries(["meeting", "talk_round"])
    assert [e["legendgroup"] for e in entries] == ["meeting", "talk_round"]
    assert [e["name"] for e in entries] == [TYPE_STYLES["meeting"].label, TYPE_STYLES["talk_round"].label]  # as when shown
    assert all(e["visible"] == "legendonly" and e["showlegend"] and e["x"] == [None] for e in entries)
    assert entries[0]["marker"]["symbol"] == TYPE_STYLES["meeting"].symbol
    go.Figure(data=entries)  # valid Plotly


def test_the_timeline_keeps_an_entry_for_each_type_the_filter_leaves_out(data):
    figure, _, style = handlers.render_timeline_view(data, "?type=statement&type=meeting")
    legend = _legend(figure)
    shown = {group for group, visible, _ in legend if visible is True}
    greyed = {group for group, visible, _ in legend if visible == "legendonly"}
    assert shown == {"statement", "meeting"}
    assert greyed == set(handlers.excluded_types(data, EventFilter.build(types=["statement", "meeting"])))
    assert "talk_round" in greyed
    ranks = {group: rank for group, _, rank in legend}
    assert sorted(ranks, key=ranks.get) == [t for t in TYPE_STYLES if t in ranks]  # each type keeps its place
    assert style == {"height": f"{figure['layout']['height']}px"}
    go.Figure(figure)  # valid Plotly


def test_no_type_filter_no_greyed_entry_and_bins_or_blank_figures_are_left_alone(data):
    figure, _, _ = handlers.render_timeline_view(data, "")
    assert all(visible is True for _, visible, _ in _legend(figure))
    blank, fit_disabled, style = handlers.render_timeline_view(data, "?type=visit")  # nothing matches
    assert isinstance(blank, go.Figure) and fit_disabled and style == {"height": f"{blank.layout.height}px"}


def test_typed_legend_ranks_type_entries_and_leaves_others():
    traces = [{"legendgroup": "candidate"}, {"legendgroup": "meeting"}, {"legendgroup": "talk_round"},
              {"legendgroup": "summit", "legendrank": 5}]
    ranked = handlers.typed_legend(traces)
    assert ranked[0] == {"legendgroup": "candidate"}
    assert ranked[1]["legendrank"] > ranked[2]["legendrank"]  # talk round comes first, as in TYPE_STYLES
    assert ranked[3]["legendrank"] == 5
    assert "legendrank" not in traces[1]  # the input is not changed


def test_overview_view_is_the_overview_and_its_height(data):
    figure, style = handlers.render_overview_view(data, "")
    assert figure == handlers.render_overview(data, "")
    assert style == {"height": f"{figure['layout']['height']}px"}


def test_no_graph_offers_to_send_the_chart_out():
    assert GRAPH_CONFIG["showSendToCloud"] is False and GRAPH_CONFIG["showEditInChartStudio"] is False
    assert GRAPH_CONFIG["plotlyServerURL"] == ""
    assert {"sendChartToCloud", "sendDataToCloud", "editInChartStudio"} <= set(GRAPH_CONFIG["modeBarButtonsToRemove"])


def test_the_legend_never_hides_a_trace_on_its_own(data):
    figure, _, _ = handlers.render_timeline_view(data, "")
    assert figure["layout"]["legend"]["itemclick"] is False and figure["layout"]["legend"]["itemdoubleclick"] is False
