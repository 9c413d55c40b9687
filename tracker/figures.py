"""Plotly figures of the chronology: the timeline, the monthly activity chart. Plotly only, never Dash.

Every builder returns a new figure. Text that comes from data goes through `plain`,
so Plotly shows it as characters and never reads it as its pseudo-HTML.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from tracker.aggregate import stack_rows
from tracker.date_ticks import TICK_KEYS, day_ticks, labelled_range, period_ticks, periods_between
from tracker.marks import (  # noqa: F401 (open_symbol, iso: re-exported)
    candidate_traces, centre_ms, hit_trace, iso, mark_traces, open_symbol, round_text, selected_trace, type_style)
from tracker.models import EVENT_TYPES, STATUS_STYLES
from tracker.typed_arrays import typed_array

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
DAY_MS = 86_400_000
OVERVIEW_HEIGHT = 84  # the range slider's figure: a thin empty strip above the slider (the timeline has the dates)
OVERVIEW_SLIDER_FRACTION = 0.7  # the slider's height as a share of the figure's height less its margins
OVERVIEW_PLOT_PX = 8  # the least height Plotly may leave the empty strip when it makes room for the slider
#: Left margin of the timeline (its lane labels, cut to 30 characters) and of the overview strip, so their x axes line up.
LANE_LABELS_PX = 200
#: Right margin of both: room for half of the widest date label ("00:00 / Jun 24, 2023") on a tick at the window's end,
#: which 12 px cut to "Jun 24, 2" on the page and in the toolbar's PNG.
RIGHT_PX = 48
_TYPE_ORDER = tuple(EVENT_TYPES)


def plain(text: object) -> str:
    """Text Plotly shows as written: its pseudo-HTML markup characters escaped."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    round_number: np.ndarray | None = None  # round number of each mark (NaN: none), written on the mark as "R20"
    status: np.ndarray | None = None  # status of each mark's event ("held", "scheduled", ...; None: held)
    lane_titles: list[str] | None = None  # each lane's whole name, shown on hover over its (shortened) label


@dataclass(frozen=True)
class TimelineBins:
    """Events counted per lane and calendar bin, when there are too many to draw one by one."""

    lanes: list[str]
    edges: np.ndarray  # bin edges in days, n_bins + 1
    counts: np.ndarray  # lanes x bins
    unit: str  # day, week, month, quarter, year, 5 years
    total: int


def _x_range(window: tuple[int, int], padded: bool = True) -> list[float]:
    """The x range (ms) that shows the days of `window`, padded on each side unless the analyst chose it: 4%, so
    that a mark at either end keeps its whole shape, and the ring round a selected one (22 px) too, when the detail
    panel narrows the plot to some 400 px (at 2% it was cut in half)."""
    pad = max((window[1] - window[0]) * 0.04, 1) if padded else 0
    return [_ms(window[0] - pad), _ms(window[1] + 1 + pad)]


def _base_layout(n_lanes: int, window: tuple[int, int], revision: str, padded: bool) -> dict:
    height = int(min(max(200 + 30 * n_lanes, 430), 1000))
    return dict(
        # b: room for two-line date ticks ("Jun 21" over "2023"). A fixed margin, not automargin, which drew
        # the whole figure twice: 520-800 ms against 280-380 ms for a window of ~950 marks in headless Chromium.
        height=height, margin=dict(l=LANE_LABELS_PX, r=RIGHT_PX, t=36, b=36), font=dict(family=FONT, size=12),
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff", hovermode="closest", dragmode="zoom", uirevision=revision,
        barmode="overlay",
        # A legend click filters by type (assets/timeline_keys.js); Plotly itself never hides a trace.
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0, font=dict(size=11), uirevision="legend",
                    itemclick=False, itemdoubleclick=False),
        # The range slider lives in `overview_spec`'s strip: Plotly's own would draw every mark a second time.
        # ticklabeloverflow "allow": Plotly's default ("hide past div") measures every tick label once per label
        # after each draw, a forced layout each time (~150 ms of a 949-mark redraw); our labels fit the margins.
        xaxis=dict(type="date", range=_x_range(window, padded), showgrid=True, gridcolor="#eceff3", automargin=False,
                   ticklabeloverflow="allow", **day_ticks(*(r / DAY_MS for r in _x_range(window, padded)))),
        yaxis=dict(autorange="reversed", fixedrange=True, automargin=False, showgrid=True, gridcolor="#f3f4f6",
                   tickfont=dict(size=11), ticklabeloverflow="allow"),
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
    top = int(counts.max()) if len(counts) else 0
    # Each bin a step from its first day to the next bin's, closed by a 0 at the last edge: a line through the bins'
    # middles drew nothing for one bin and hairlines at the strip's edges for a few (ux23's defect 5).
    x = _list(iso(edges)) if len(counts) else []
    y = [*_list(counts), 0] if len(counts) else []
    trace = dict(type="scatter", x=x, y=y, mode="lines",
                 line=dict(color="#6b7280", width=1, shape="hv"), fill="tozeroy", fillcolor="rgba(107,114,128,0.25)",
                 hoverinfo="skip", name="events")
    return dict(data=[trace], layout=dict(
        height=OVERVIEW_HEIGHT, margin=dict(l=LANE_LABELS_PX, r=RIGHT_PX, t=2, b=2), font=dict(family=FONT, size=11),
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


#: Characters of a lane label's line (30 fit LANE_LABELS_PX at 11 px), and the least height in pixels of a lane
#: whose label may take two lines.
LABEL_LINE_CHARS, TWO_LINE_LANE_PX = 30, 30


def lane_label(label: str, lines: int = 2) -> str:
    """A lane's name as Plotly text: one line when it fits, else wrapped at spaces onto up to `lines` lines of
    LABEL_LINE_CHARS, the last cut with "…" only when the name is longer still (the whole name is on hover)."""
    wrapped = textwrap.wrap(label, LABEL_LINE_CHARS, break_on_hyphens=False) or [label]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines - 1] + [_short(" ".join(wrapped[lines - 1:]), LABEL_LINE_CHARS)]
    return "<br>".join(plain(line) for line in wrapped)


def _ms(days: float) -> float:
    return float(days) * DAY_MS


#: Pixels per sub-row of a lane; lanes are padded by LANE_PAD sub-rows above and below their marks.
ROW_PX, MAX_ROW_PX = 22, 40
#: The page's least timeline height: a few lanes take rows of up to MAX_ROW_PX, up to 430 px, and no more (at a
#: least height of 430 px one lane left most of it empty, QA15 LOW); room for one lane under a key of three rows.
LEAST_PX = 200
#: The tallest timeline, in pixels: beyond, sub-rows get thinner (a taller SVG costs the browser more to draw).
MAX_HEIGHT = 1800
LANE_PAD = 0.3
#: A timeline taller than this repeats its date axis at the top.
TOP_AXIS_PX = 600
#: Room (in sub-rows) above the first lane for the top axis's labels, drawn inside the plot.
TOP_ROOM = 0.8
#: Width of a marker and of a round number ("R20") in pixels, and of the plot area, roughly: marks closer
#: than a marker (and its label) stack into sub-rows.
MARKER_PX, LABEL_PX, PLOT_PX = 14, 28, 700
#: The narrowest bar, in pixels of PLOT_PX: a shorter one is drawn this wide about its middle (`marks.bar_extent`).
BAR_PX = 6
#: Round numbers are written on the marks when the window spans at most this many days (beyond, they crowd).
ROUND_TEXT_DAYS = 1_100


@dataclass(frozen=True)
class LaneLayout:
    """Where each lane and each mark sit on the y axis: lanes top to bottom, one y unit per sub-row."""

    y: np.ndarray  # y of each mark
    top: np.ndarray  # top edge of each lane band
    rows: np.ndarray  # sub-rows of each lane
    total: float  # y extent of all lanes

    @property
    def centre(self) -> np.ndarray:
        """The middle of each lane band, where its label sits."""
        return self.top + (self.rows + 2 * LANE_PAD) / 2


def lane_layout(content: TimelineMarks, window: tuple[int, int], head: float = 0.0) -> LaneLayout:
    """Stack overlapping marks into sub-rows within their lane, and place lanes one under another.

    `head` is room (in sub-rows) left above the first lane.
    """
    day_px = PLOT_PX / (window[1] - window[0] + 1)
    gap = np.full(len(content.lane), max(0.5, MARKER_PX / day_px))  # about a marker's width, in days
    rounds = _round_numbers(content, window)
    if rounds is not None:  # room for the number written after the mark
        gap[~np.isnan(rounds)] += LABEL_PX / day_px
    row = stack_rows(content.lane, content.start, content.end, gap)
    rows = np.ones(len(content.lanes), dtype=np.int64)
    if len(row):
        np.maximum.at(rows, content.lane, row + 1)
    heights = rows + 2 * LANE_PAD
    top = head + np.concatenate([[0.0], np.cumsum(heights)[:-1]])
    y = top[content.lane] + LANE_PAD + row + 0.5 if len(row) else np.zeros(0)
    return LaneLayout(y=y, top=top, rows=rows, total=float(head + heights.sum()))


def _round_numbers(content: TimelineMarks, window: tuple[int, int]) -> np.ndarray | None:
    """The round numbers to write on the marks: none when the window is too wide for them to be read."""
    if content.round_number is None or window[1] - window[0] + 1 > ROUND_TEXT_DAYS:
        return None
    return np.asarray(content.round_number, dtype=float)


def timeline_spec(content: TimelineMarks | TimelineBins, window: tuple[int, int], selected: str | None = None,
                  revision: str = "", padded: bool = True, today: int | None = None, targets: bool = True,
                  fit: bool = False) -> dict:
    """The timeline as a plain Plotly figure dict: lanes top to bottom, time left to right; marks or,
    beyond the budget, a lane x time heatmap. `today` (days since 1970) draws a line when in the window;
    `targets`: the bars' invisible pointer targets (`marks.hit_trace`), which a still image does without;
    `fit`: as tall as its lanes, without the page's least height (an image has no empty band under them).

    A dict, not a `go.Figure`, because the dashboard serves it on every filter change and Plotly's
    per-property validation and deep copies cost more than building it (`timeline_figure` validates).
    """
    layout = _base_layout(len(content.lanes), window, revision, padded)
    if isinstance(content, TimelineBins):
        return _today(_bins_spec(content, layout), window, today)
    lanes = lane_layout(content, window)
    tall = 96 + ROW_PX * lanes.total > TOP_AXIS_PX
    if tall:  # room for the top axis's labels above the first lane
        lanes = LaneLayout(y=lanes.y + TOP_ROOM, top=lanes.top + TOP_ROOM, rows=lanes.rows, total=lanes.total + TOP_ROOM)
    layout["height"] = int(min(max(96 + ROW_PX * lanes.total, 0 if fit else min(96 + MAX_ROW_PX * lanes.total, 430),
                                   0 if fit else LEAST_PX), MAX_HEIGHT))
    _lane_axis(layout, content, lanes)
    if tall:  # the date axis again at the top, inside the plot so it does not meet the legend
        layout["xaxis2"] = dict(type="date", overlaying="x", matches="x", side="top", showgrid=False,
                                **{"tickmode": "auto", **{k: v for k, v in layout["xaxis"].items() if k in TICK_KEYS}},
                                ticks="inside", ticklabelposition="inside", ticklabeloverflow="allow",
                                tickfont=dict(size=10, color="#4b5563"))
    traces = _mark_traces(content, lanes.y, _round_numbers(content, window), targets,
                          BAR_PX * (window[1] - window[0] + 1) / PLOT_PX, content.event_id == selected)
    if traces and tall:
        traces.append(dict(type="scatter", x=[None], y=[None], xaxis="x2", mode="markers", hoverinfo="skip",
                           showlegend=False, name="top axis"))
    if selected is not None:
        picked = np.flatnonzero(content.event_id == selected)
        if len(picked):
            traces.append(selected_trace(content.start[picked], content.end[picked], lanes.y[picked]))
    return _today(dict(data=traces, layout=layout), window, today)


def _lane_axis(layout: dict, content: TimelineMarks, lanes: LaneLayout) -> None:
    """Lane labels centred on their bands, with the whole name on hover; a line between lanes."""
    titles = content.lane_titles or content.lanes
    # the lanes fill the plot: the figure is as tall as they need (at its least height, its rows are taller; the
    # room left empty under them at 430 px was QA15 LOW); at least one row: a still image of a window with no
    # events had none, and its download answered 500
    bottom = max(lanes.total, 1.0)
    layout["yaxis"].update(range=[bottom, 0], autorange=False, showticklabels=False, showgrid=False,
                           zeroline=False, tickmode="array", tickvals=[])
    # a long name on two lines where its lane is tall enough: cut to one line at 1280 px, "Kassym-Jomart Tokayev
    # (Kazakh…" and, with the detail open, "Syrian Constitutional Committ…" said less than the page had room for
    unit_px = (layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]) / bottom
    band_px = ((lanes.rows + 2 * LANE_PAD) * unit_px).tolist()
    layout["annotations"] = [
        dict(x=0, xref="paper", xanchor="right", align="right", xshift=-6, y=float(centre), yref="y", showarrow=False,
             text=lane_label(label, 2 if band >= TWO_LINE_LANE_PX else 1), hovertext=plain(title),
             font=dict(size=11, color="#1f2937"), hoverlabel=dict(bgcolor="#ffffff"), name="lane label")
        for label, title, centre, band in zip(content.lanes, titles, lanes.centre.tolist(), band_px)]
    layout["shapes"] = [
        dict(type="line", xref="paper", x0=0, x1=1, yref="y", y0=float(edge), y1=float(edge), layer="below",
             line=dict(color="#e5e7eb", width=1), name="lane edge")
        for edge in lanes.top[1:].tolist()]


def _mark_traces(content: TimelineMarks, y: np.ndarray, rounds: np.ndarray | None, targets: bool = True,
                 least_days: float = 0.0, ringed: np.ndarray | None = None) -> list[dict]:
    """One legend entry per event type (name: its label, legendgroup: the type) over every trace of that type."""
    traces: list[dict] = []
    candidate = content.candidate if content.candidate is not None else np.zeros(len(content.event_id), dtype=bool)
    status = (np.where(pd.isna(content.status), "held", content.status).astype(str) if content.status is not None
              else np.full(len(content.event_id), "held"))
    hover = np.asarray(content.hover, dtype=object)
    types = list(dict.fromkeys(list(_TYPE_ORDER) + sorted(set(content.event_type.tolist()) - set(_TYPE_ORDER))))
    for event_type in types:
        of_type = content.event_type == event_type
        if not of_type.any():
            continue
        label = type_style(event_type).label
        traces += type_legend_entries([event_type], visible=True)  # its symbol, whatever its first mark is drawn as
        for kind in ("point", "span", "uncertain"):
            of_kind = of_type & (content.kind == kind)
            if not of_kind.any():
                continue
            for state in STATUS_STYLES:
                picked = np.flatnonzero(of_kind & ~candidate & (status == state))
                if len(picked):
                    common = dict(name=label, legendgroup=event_type, showlegend=False,
                                  customdata=_list(content.event_id[picked]), hovertext=_list(hover[picked]),
                                  hovertemplate="%{hovertext}<extra></extra>")
                    traces += mark_traces(content.start[picked], content.end[picked], y[picked], kind, event_type,
                                          state, common, round_text(rounds, picked, ringed), least_days)
            picked = np.flatnonzero(of_kind & candidate)
            if len(picked):
                common = dict(name=f"candidate {event_type.replace('_', ' ')}", legendgroup="candidate",
                              showlegend=False, customdata=_list(content.event_id[picked]),
                              hovertext=_list(hover[picked]), hovertemplate="%{hovertext}<extra>candidate</extra>")
                traces += candidate_traces(content.start[picked], content.end[picked], y[picked], kind, event_type,
                                           common, least_days)
    bars = np.flatnonzero(content.kind != "point") if targets else np.zeros(0, dtype=np.int64)
    if len(bars):  # each bar's invisible target, which wins the pointer over a marker beside it (marks.hit_trace);
        # one trace after the drawn marks, over them
        colour = [type_style(t).colour for t in content.event_type[bars].tolist()]
        template = np.where(candidate[bars], "%{hovertext}<extra>candidate</extra>", "%{hovertext}<extra></extra>")
        traces.append(hit_trace(content.start[bars], content.end[bars], y[bars], content.event_id[bars], hover[bars],
                                colour, template.tolist()))
    if candidate.any():  # one legend entry for all candidates; clicking it hides or shows them
        traces.append(dict(type="scatter", x=[None], y=[None], mode="markers", name="candidate (open, dashed)",
                           legendgroup="candidate", hoverinfo="skip",
                           marker=dict(symbol="circle-open", size=11, color="#374151", line=dict(width=2))))
    return traces


def _today(spec: dict, window: tuple[int, int], today: int | None) -> dict:
    """`spec` with a vertical "today" line at the middle of `today`, when it falls in the window."""
    if today is None or not window[0] <= today <= window[1]:
        return spec
    x = centre_ms(np.array([today]), np.array([today]))[0]
    layout = spec["layout"]
    layout["shapes"] = [*layout.get("shapes", []), dict(
        type="line", xref="x", x0=x, x1=x, yref="paper", y0=0, y1=1, layer="above", name="today",
        line=dict(color="#DC2626", width=1.5, dash="dot"))]
    layout["annotations"] = [*layout.get("annotations", []), dict(
        x=x, xref="x", y=0, yref="paper", yanchor="bottom", xanchor="left", text="today", showarrow=False,
        font=dict(size=10, color="#DC2626"), name="today")]
    return spec


def timeline_figure(content: TimelineMarks | TimelineBins, window: tuple[int, int], selected: str | None = None,
                    revision: str = "", padded: bool = True, today: int | None = None) -> go.Figure:
    """`timeline_spec` as a validated `go.Figure` (for notebooks, images and tests)."""
    return go.Figure(timeline_spec(content, window, selected, revision, padded, today))


def _list(values: np.ndarray) -> list:
    """An array as a JSON-ready list of Python values."""
    return np.asarray(values).tolist()


def _bins_spec(content: TimelineBins, layout: dict) -> dict:
    counts = content.counts.astype(float)
    counts[counts == 0] = np.nan
    x, hover_day = _bin_axis(content.edges, content.unit)
    layout["margin"]["t"] = 56  # the title and, at the right, the colour scale
    band_px = (layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]) / max(len(content.lanes), 1)
    lanes = [lane_label(label, 2 if band_px >= TWO_LINE_LANE_PX else 1) for label in content.lanes]
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
                           font=dict(size=12, color="#4b5563"), x=0, xref="paper", y=1, yref="paper", yanchor="bottom")
    # above the plot, beside the colour scale: at y=0.995 of the whole figure (yref "container") Plotly drew it above
    # the figure's top edge, out of sight, leaving an empty band where it should be
    return dict(data=[heatmap], layout=layout)


def activity_figure(months: np.ndarray, counts: np.ndarray, types: list[str], unit: str = "month") -> go.Figure:
    """Events per month (or per year, `unit`), stacked by type; a click on a bar narrows the dates to it.

    Each type's trace holds only its bars with events, so the figure grows with the events, not with the span.
    The figure of `activity_spec`, which the page is sent as it is.
    """
    return go.Figure(activity_spec(months, counts, types, unit))


def activity_spec(months: np.ndarray, counts: np.ndarray, types: list[str], unit: str = "month", note: str = "") -> dict:
    """`activity_figure` as the dict it serialises to, built without Plotly's objects: the summary callback
    spent a third of its time validating them and copying them again to serialise them. The x axis keeps
    Plotly's tick labels unmeasured (see _base_layout)."""
    x = np.datetime_as_string(months, unit="D") if len(months) else np.array([], dtype=str)
    spans = np.array([d[:4] if unit == "year" else d[:7] for d in x], dtype=object)  # what a click narrows to
    label = "%{x|%Y}" if unit == "year" else "%{x|%b %Y}"
    # each bar as wide as its month (or year): left to Plotly, a bar is as wide as the gap to the next one, so two
    # months years apart drew two bars years wide
    period = (months.astype("datetime64[M]" if unit == "month" else "datetime64[Y]") + 1).astype("datetime64[D]")
    widths = ((period - months.astype("datetime64[D]")).astype(np.int64) * 86_400_000 * 0.85) if len(months) else np.zeros(0)
    data = []
    for row, event_type in enumerate(types):
        shown = np.flatnonzero(counts[row])
        if len(shown):
            data.append({"customdata": spans[shown].tolist(), "width": widths[shown].tolist(),
                         "xperiod": "M1" if unit == "month" else "M12", "xperiodalignment": "middle", "hovertemplate": label + f": %{{y:,}} %{{fullData.name}}<extra>"
                         f"click to filter to this {unit}</extra>", "marker": {"color": type_style(event_type).colour},
                         "name": event_type.replace("_", " "), "x": x[shown].tolist(), "y": counts[row][shown], "type": "bar"})
    # as a Plotly figure's to_dict: numeric arrays as typed-array specs, text as lists (which orjson, Plotly's JSON
    # engine when installed, writes at once; a numpy array of text sent it through a slow cleaning pass)
    for trace in data:
        trace["y"] = typed_array(trace["y"])
    said = {"annotations": [{"text": note, "showarrow": False, "xref": "paper", "yref": "paper", "x": 0, "y": 1,
                             "xanchor": "left", "yanchor": "bottom", "font": {"size": 11, "color": "#4b5563"}}]} if note else {}
    return {"data": data, "layout": {**said,
        "bargap": 0.05 if unit == "year" else 0.15, "barmode": "stack", "font": {"family": FONT, "size": 11}, "height": 210,
        "hovermode": "closest", "margin": {"b": 10, "l": 10, "r": 10, "t": 24 if note else 8}, "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff", "showlegend": False,
        # a tick mark where each period starts, so a label centred under its period is read against the bars in it
        "xaxis": {"showgrid": False, "ticklabeloverflow": "allow", "type": "date", "ticks": "outside", "ticklen": 5,
                  "tickcolor": "#9ca3af",
                  **(_period_axis(months[0], period[-1], unit) if len(months) else {})},
        "yaxis": {"automargin": True, "dtick": count_step(counts), "fixedrange": True, "gridcolor": "#eceff3",
                  "rangemode": "tozero", "tick0": 0, "tickformat": ",d", "ticklabeloverflow": "allow", "tickmode": "linear",
                  "title": {"text": f"events / {unit}"}},
        "template": default_template()}}


def _period_axis(first: np.datetime64, end: np.datetime64, unit: str) -> dict:
    """The activity chart's x range and ticks: every month (or year) from `first` to `end`, those with no events too
    (Plotly's own range stopped at the last bar), with room for the first and the last label."""
    ticks = period_ticks(first, periods_between(first, end, unit), unit)
    return {"range": labelled_range(first, end, ticks), **ticks}


@lru_cache(maxsize=1)
def default_template() -> dict:
    """The default template as a Plotly figure writes it into its layout (read only: shared by every answer)."""
    return go.Figure().to_plotly_json()["layout"]["template"]


def count_step(counts: np.ndarray, ticks: int = 5) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, ...) giving about `ticks` ticks up to the tallest stacked bar."""
    tallest = int(np.asarray(counts).sum(axis=0).max()) if np.size(counts) else 1
    rough = max(tallest / ticks, 1)
    magnitude = 10 ** int(np.floor(np.log10(rough)))
    return int(next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= rough))


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
    return type_legend_entries(event_types, visible="legendonly")


def type_legend_entries(event_types: list[str], visible: bool | str) -> list[dict]:
    """One legend entry (no marks) per event type, drawn with the type's symbol: the legend took the look of the
    type's first trace, a square for talk rounds in one view and a hatched bar in another (QA)."""
    return [dict(type="scatter", x=[None], y=[None], mode="markers", name=type_style(event_type).label,
                 legendgroup=event_type, showlegend=True, visible=visible, hoverinfo="skip",
                 marker=dict(symbol=type_style(event_type).symbol, size=11, color=type_style(event_type).colour,
                             line=dict(width=1, color="#1f2937")))
            for event_type in event_types]
