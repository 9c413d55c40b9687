"""Plotly figures of the chronology: the timeline, the monthly activity chart. Plotly only, never Dash.

Every builder returns a new figure. Text that comes from data goes through `plain`,
so Plotly shows it as characters and never reads it as its pseudo-HTML.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

#: Event type -> (colour, marker symbol). Okabe-Ito colours, told apart by shape as well.
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "talk_round": ("#0072B2", "square"), "meeting": ("#56B4E9", "circle"), "summit": ("#000000", "star"),
    "visit": ("#009E73", "triangle-up"), "call": ("#999999", "diamond"), "proposal": ("#E69F00", "triangle-right"),
    "statement": ("#D55E00", "hexagon"), "agreement": ("#CC79A7", "star-diamond"),
    "announcement": ("#F0E442", "hourglass"), "decision": ("#332288", "cross"), "other": ("#BBBBBB", "circle-open"),
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
DAY_MS = 86_400_000
OVERVIEW_HEIGHT = 84  # the range slider's figure: a thin empty strip above the slider (the timeline has the dates)
OVERVIEW_SLIDER_FRACTION = 0.7  # the slider's height as a share of the figure's height less its margins
OVERVIEW_PLOT_PX = 8  # the least height Plotly may leave the empty strip when it makes room for the slider
#: Left margin of the timeline (its lane labels, cut to 30 characters) and of the overview strip, so their x axes line up.
LANE_LABELS_PX = 200


def plain(text: object) -> str:
    """Text Plotly shows as written: its pseudo-HTML markup characters escaped."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def iso(days: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 as ISO date strings."""
    return np.datetime_as_string(np.asarray(days, dtype=np.int64).astype("datetime64[D]"), unit="D")


@dataclass(frozen=True)
class TimelineMarks:
    """Individual events to draw: one mark per event and lane."""

    lanes: list[str]  # lane labels, top first
    lane: np.ndarray  # lane index of each mark
    start: np.ndarray  # first day of each mark
    end: np.ndarray  # last day (inclusive); for month/year precision the last possible day
    kind: np.ndarray  # "point", "span" or "uncertain"
    event_type: np.ndarray
    event_id: np.ndarray
    hover: np.ndarray  # hover text of each mark, already escaped with `plain`
    candidate: np.ndarray | None = None  # True for marks of candidate (unconfirmed) events: drawn open and dashed


@dataclass(frozen=True)
class TimelineBins:
    """Events counted per lane and calendar bin, when there are too many to draw one by one."""

    lanes: list[str]
    edges: np.ndarray  # bin edges in days, n_bins + 1
    counts: np.ndarray  # lanes x bins
    unit: str  # day, week, month, quarter, year, 5 years
    total: int


def _x_range(window: tuple[int, int], padded: bool = True) -> list[float]:
    """The x range (ms) that shows the days of `window`, padded by 2% on each side unless the analyst chose it."""
    pad = max((window[1] - window[0]) * 0.02, 1) if padded else 0
    return [_ms(window[0] - pad), _ms(window[1] + 1 + pad)]


def _base_layout(n_lanes: int, window: tuple[int, int], revision: str, padded: bool) -> dict:
    height = int(min(max(200 + 30 * n_lanes, 430), 1000))
    return dict(
        height=height, margin=dict(l=LANE_LABELS_PX, r=12, t=36, b=10), font=dict(family=FONT, size=12),
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff", hovermode="closest", dragmode="zoom", uirevision=revision,
        barmode="overlay",
        # A legend click filters by type (assets/timeline_keys.js); Plotly itself never hides a trace.
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0, font=dict(size=11), uirevision="legend",
                    itemclick=False, itemdoubleclick=False),
        # The range slider lives in `overview_spec`'s strip: Plotly's own would draw every mark a second time.
        xaxis=dict(type="date", range=_x_range(window, padded), showgrid=True, gridcolor="#eceff3", automargin=True),
        yaxis=dict(autorange="reversed", fixedrange=True, automargin=False, showgrid=True, gridcolor="#f3f4f6",
                   tickfont=dict(size=11)),
        hoverlabel=dict(font=dict(family=FONT, size=12), align="left", bgcolor="#ffffff"),
    )


def overview_spec(edges: np.ndarray, counts: np.ndarray, unit: str, window: tuple[int, int],
                  extent: tuple[int, int], revision: str = "", padded: bool = True) -> dict:
    """The range slider under the timeline: matching events per calendar bin over their whole extent, drawn
    once, inside the slider, whose handles set the timeline's window (shown here as the plot's x range).

    A figure of its own holding one line, so dragging the slider redraws that line, not every mark.
    The strip's own plot is a thin date axis with nothing in it (its y range lies above the data), so
    the histogram is not drawn twice; the slider's y axis ranges over the data by itself. Margins,
    thickness and `minreducedheight` are fixed so that Plotly's automatic bottom margin for the slider
    always fits the height: it neither cuts the slider off nor moves it after a drag.
    """
    x, _ = _bin_axis(edges, unit)
    top = int(counts.max()) if len(counts) else 0
    trace = dict(type="scatter", x=x, y=_list(counts), mode="lines",
                 line=dict(color="#6b7280", width=1, shape="hvh"), fill="tozeroy", fillcolor="rgba(107,114,128,0.25)",
                 hoverinfo="skip", name="events")
    return dict(data=[trace], layout=dict(
        height=OVERVIEW_HEIGHT, margin=dict(l=LANE_LABELS_PX, r=12, t=2, b=2), font=dict(family=FONT, size=11),
        showlegend=False, minreducedheight=OVERVIEW_PLOT_PX,
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff", hovermode=False, dragmode="zoom", uirevision=revision,
        xaxis=dict(type="date", range=_x_range(window, padded), showgrid=False, showticklabels=False, ticks="",
                   rangeslider=dict(visible=True, thickness=OVERVIEW_SLIDER_FRACTION, bgcolor="#f3f4f6",
                                    bordercolor="#d1d5db", borderwidth=1, range=_x_range(extent),
                                    yaxis=dict(rangemode="auto"))),
        # Above the data, not below: Plotly fills the slider's area down to where y=0 falls on this axis.
        yaxis=dict(visible=False, fixedrange=True, range=[top + 1, top + 2]),
    ))


def _bin_axis(edges: np.ndarray, unit: str) -> tuple[list, str]:
    """The x of each time bin (its middle day) and the hover date format that suits the bin's unit."""
    centers = edges[:-1] + (np.diff(edges) - 1) / 2
    hover_day = "%b %Y" if unit in ("month", "quarter") else ("%Y" if "year" in unit else "%d %b %Y")
    return _list(iso(np.floor(centers))), hover_day


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def _ms(days: float) -> float:
    return float(days) * DAY_MS


def timeline_spec(content: TimelineMarks | TimelineBins, window: tuple[int, int], selected: str | None = None,
                  revision: str = "", padded: bool = True) -> dict:
    """The timeline as a plain Plotly figure dict: lanes top to bottom, time left to right; marks or,
    beyond the budget, a lane x time heatmap.

    A dict, not a `go.Figure`, because the dashboard serves it on every filter change and Plotly's
    per-property validation and deep copies cost more than building it (`timeline_figure` validates).
    """
    layout = _base_layout(len(content.lanes), window, revision, padded)
    if isinstance(content, TimelineBins):
        return _bins_spec(content, layout)
    layout["yaxis"].update(tickmode="array", tickvals=list(range(len(content.lanes))),
                           ticktext=[plain(_short(label)) for label in content.lanes],
                           range=[len(content.lanes) - 0.5, -0.5], autorange=False)
    traces: list[dict] = []
    candidate = content.candidate if content.candidate is not None else np.zeros(len(content.event_id), dtype=bool)
    for event_type, (colour, symbol) in TYPE_STYLE.items():
        of_type = content.event_type == event_type
        if not of_type.any():
            continue
        shown = False
        for kind in ("point", "span", "uncertain"):
            picked = np.flatnonzero(of_type & (content.kind == kind) & ~candidate)
            if len(picked):
                traces.append(_trace(content, picked, kind, event_type, colour, symbol, legend=not shown))
                shown = True
            picked = np.flatnonzero(of_type & (content.kind == kind) & candidate)
            if len(picked):
                traces.extend(_candidate_traces(content, picked, kind, event_type, colour, symbol))
    if candidate.any():  # one legend entry for all candidates; clicking it hides or shows them
        traces.append(dict(type="scatter", x=[None], y=[None], mode="markers", name="candidate (open, dashed)",
                           legendgroup="candidate", hoverinfo="skip",
                           marker=dict(symbol="circle-open", size=11, color="#374151", line=dict(width=2))))
    if selected is not None:
        picked = np.flatnonzero(content.event_id == selected)
        if len(picked):
            middle = (content.start[picked] + content.end[picked]) / 2
            traces.append(dict(
                type="scatter", x=_list(iso(np.floor(middle))), y=_list(content.lane[picked]), mode="markers",
                name="selected", showlegend=False, hoverinfo="skip",
                marker=dict(symbol="circle-open", size=22, color="#111827", line=dict(width=3))))
    return dict(data=traces, layout=layout)


def timeline_figure(content: TimelineMarks | TimelineBins, window: tuple[int, int], selected: str | None = None,
                    revision: str = "", padded: bool = True) -> go.Figure:
    """`timeline_spec` as a validated `go.Figure` (for notebooks, images and tests)."""
    return go.Figure(timeline_spec(content, window, selected, revision, padded))


def _list(values: np.ndarray) -> list:
    """An array as a JSON-ready list of Python values."""
    return np.asarray(values).tolist()


def _trace(content: TimelineMarks, picked: np.ndarray, kind: str, event_type: str, colour: str, symbol: str,
           legend: bool = True) -> dict:
    name = event_type.replace("_", " ")
    common = dict(name=name, legendgroup=event_type, showlegend=legend, customdata=_list(content.event_id[picked]),
                  hovertext=_list(np.asarray(content.hover, dtype=object)[picked]),
                  hovertemplate="%{hovertext}<extra></extra>")
    if kind == "point":
        return dict(type="scatter", x=_list(iso(content.start[picked])), y=_list(content.lane[picked]), mode="markers",
                    marker=dict(symbol=symbol, size=11, color=colour, line=dict(width=1, color="#1f2937")), **common)
    length = (content.end[picked] - content.start[picked] + 1).astype(np.int64) * DAY_MS
    bar = dict(type="bar", x=_list(length), base=_list(iso(content.start[picked])), y=_list(content.lane[picked]),
               orientation="h", width=0.55, **common)
    if kind == "span":
        return dict(marker=dict(color=colour, line=dict(width=1, color="#1f2937")), **bar)
    return dict(opacity=0.55, marker=dict(color=colour, pattern=dict(shape="/", fgcolor="#1f2937", size=6),
                                          line=dict(width=1, color=colour)), **bar)


def open_symbol(symbol: str) -> str:
    """The hollow version of a marker symbol ('square' -> 'square-open'; an open one gets a dot)."""
    return f"{symbol}-dot" if symbol.endswith("-open") else f"{symbol}-open"


def _candidate_traces(content: TimelineMarks, picked: np.ndarray, kind: str, event_type: str, colour: str,
                      symbol: str) -> list[dict]:
    """Marks of candidate events: open markers; bars with a pale fill and a dashed outline (a line trace)."""
    common = dict(name=f"candidate {event_type.replace('_', ' ')}", legendgroup="candidate", showlegend=False,
                  customdata=_list(content.event_id[picked]),
                  hovertext=_list(np.asarray(content.hover, dtype=object)[picked]),
                  hovertemplate="%{hovertext}<extra>candidate</extra>")
    if kind == "point":
        return [dict(type="scatter", x=_list(iso(content.start[picked])), y=_list(content.lane[picked]), mode="markers",
                     marker=dict(symbol=open_symbol(symbol), size=12, color=colour, line=dict(width=2, color=colour)),
                     **common)]
    start, end = content.start[picked], content.end[picked] + 1
    length = (end - start).astype(np.int64) * DAY_MS
    bar = dict(type="bar", x=_list(length), base=_list(iso(start)), y=_list(content.lane[picked]), orientation="h",
               width=0.55, opacity=0.35, **common,
               marker=dict(color="#ffffff", line=dict(width=0),
                           pattern=dict(shape="." if kind == "span" else "/", fgcolor=colour, size=6)))
    lane = content.lane[picked].astype(float)
    top, bottom = lane - 0.275, lane + 0.275
    x, y = [], []
    for first, last, high, low in zip(_list(iso(start)), _list(iso(end)), top.tolist(), bottom.tolist()):
        x += [first, last, last, first, first, None]
        y += [high, high, low, low, high, None]
    outline = dict(type="scatter", x=x, y=y, mode="lines", line=dict(color=colour, width=1.5, dash="dash"),
                   hoverinfo="skip", showlegend=False, legendgroup="candidate", name="candidate outline")
    return [bar, outline]


def _bins_spec(content: TimelineBins, layout: dict) -> dict:
    counts = content.counts.astype(float)
    counts[counts == 0] = np.nan
    x, hover_day = _bin_axis(content.edges, content.unit)
    lanes = [plain(_short(label)) for label in content.lanes]
    heatmap = dict(
        type="heatmap", x=x, y=lanes,
        z=[[None if np.isnan(v) else v for v in row] for row in counts.tolist()], colorscale="Cividis",
        reversescale=True, zmin=0, xgap=1, ygap=2, name="events",
        colorbar=dict(title=dict(text=f"events per {content.unit}", side="top"), orientation="h", thickness=10,
                      len=0.3, x=1, xanchor="right", y=1.0, yanchor="bottom"),
        hovertemplate=f"<b>%{{z:,}} events</b><br>{content.unit} of %{{x|{hover_day}}}<br>%{{y}}<br>"
                      "click to zoom in<extra></extra>")
    layout["yaxis"].update(type="category", categoryorder="array", categoryarray=lanes)
    layout["title"] = dict(text=f"{content.total:,} events, counted per {content.unit}: zoom in to see them one by one",
                           font=dict(size=12, color="#4b5563"), x=0, xref="paper", y=0.995, yanchor="top")
    layout["margin"]["t"] = 56  # the title and, at the right, the colour scale
    return dict(data=[heatmap], layout=layout)


def activity_figure(months: np.ndarray, counts: np.ndarray, types: list[str]) -> go.Figure:
    """Events per month, stacked by type; a click on a month narrows the dates to it."""
    figure = go.Figure(layout=dict(
        height=210, barmode="stack", bargap=0.15, margin=dict(l=10, r=10, t=8, b=10), font=dict(family=FONT, size=11),
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff", showlegend=False, hovermode="closest",
        xaxis=dict(type="date", showgrid=False), yaxis=dict(title=dict(text="events / month"), gridcolor="#eceff3",
                                                             automargin=True, fixedrange=True)))
    x = np.datetime_as_string(months, unit="D") if len(months) else []
    for row, event_type in enumerate(types):
        if not counts[row].any():
            continue
        colour = TYPE_STYLE.get(event_type, ("#777777", "circle"))[0]
        figure.add_trace(go.Bar(x=x, y=counts[row], name=event_type.replace("_", " "), marker=dict(color=colour),
                                hovertemplate="%{x|%b %Y}: %{y:,} %{fullData.name}<extra>click to filter to this month</extra>"))
    return figure


def empty_figure(message: str, height: int = 340) -> go.Figure:
    """A blank figure that says why it is blank."""
    return go.Figure(layout=dict(
        height=height, margin=dict(l=10, r=10, t=10, b=10), plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
        xaxis=dict(visible=False), yaxis=dict(visible=False), font=dict(family=FONT),
        annotations=[dict(text=plain(message), x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                          font=dict(size=14, color="#4b5563"))]))


def naive_timeline_figure(events: pd.DataFrame, lane_column: str = "process") -> go.Figure:
    """The baseline the dashboard avoids: every event as a point of one Plotly Express figure."""
    import plotly.express as px

    frame = events.assign(lane=events[lane_column].astype("string").fillna("(none)"))
    return px.scatter(frame, x="start_date", y="lane", color="event_type", hover_name="title",
                      hover_data=["event_id", "venue", "status"])


def excluded_type_entries(event_types: list[str]) -> list[dict]:
    """Greyed legend entries (no marks) for event types the filter leaves out, so a legend click brings one back.

    Each is `legendgroup=<event type>` like the type's own traces, and `visible="legendonly"`,
    which Plotly draws in the legend at half strength.
    """
    return [dict(type="scatter", x=[None], y=[None], mode="markers", name=event_type.replace("_", " "),
                 legendgroup=event_type, showlegend=True, visible="legendonly", hoverinfo="skip",
                 marker=dict(symbol=TYPE_STYLE.get(event_type, ("#777777", "circle"))[1], size=11,
                             color=TYPE_STYLE.get(event_type, ("#777777", "circle"))[0],
                             line=dict(width=1, color="#1f2937")))
            for event_type in event_types]
