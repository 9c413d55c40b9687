"""The traces of individual timeline marks, drawn from the style table of `tracker.models`.

A one-day mark is a marker at the middle of its day; a span is a bar from its first day's
start to the end of its last day; a date known only to the month or year is a hatched bar.
The status of an event shows on its mark (lighter fill and dotted outline when planned,
dashed when postponed, greyed and crossed when cancelled). Plotly only, plain dicts.
"""
from __future__ import annotations

import numpy as np

from tracker.models import GREY, KIND_STYLES, STATUS_STYLES, TYPE_STYLES, TypeStyle

DAY_MS = 86_400_000
NOON_MS = DAY_MS // 2
#: Height of a bar, in sub-rows (each sub-row is one y unit).
BAR_WIDTH = 0.6
OUTLINE = "#1f2937"
#: A white halo round a label drawn on stripes (CSS text-shadow, which Plotly's `textfont.shadow` takes).
HALO = "0 0 2px #ffffff, 0 0 2px #ffffff, 0 0 3px #ffffff"
#: Diameter in pixels of the invisible target at the middle of every bar (`hit_trace`).
HIT_PX = 12


def _list(values: np.ndarray) -> list:
    """An array as a JSON-ready list of Python values."""
    return np.asarray(values).tolist()


def iso(days: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 as ISO date strings."""
    return np.datetime_as_string(np.asarray(days, dtype=np.int64).astype("datetime64[D]"), unit="D")


def noon(days: np.ndarray) -> list[str]:
    """The middle of each day, as Plotly date strings: where a one-day mark sits."""
    return _list(np.char.add(iso(days), " 12:00"))


def type_style(event_type: str) -> TypeStyle:
    """The style of an event type; grey circles for a type the table does not know."""
    return TYPE_STYLES.get(event_type) or TypeStyle(GREY, "circle", event_type.replace("_", " ").capitalize())


def open_symbol(symbol: str) -> str:
    """The hollow version of a marker symbol ('square' -> 'square-open'; an open one gets a dot)."""
    return f"{symbol}-dot" if symbol.endswith("-open") else f"{symbol}-open"


#: Put before the round number of the selected mark, so that it starts beyond the ring round the mark (`selected_trace`).
RING_ROOM = "\u2007\u2007"


def round_text(round_number: np.ndarray | None, picked: np.ndarray, ringed: np.ndarray | None = None) -> list[str] | None:
    """'R20' for each picked mark of a numbered round ('' for the others); None when none is numbered. `ringed`
    (True for the selected event's marks, of all marks) moves a number clear of the selection ring."""
    if round_number is None:
        return None
    numbers = np.asarray(round_number, dtype=float)[picked]
    known = ~np.isnan(numbers)
    if not known.any():
        return None
    rings = np.asarray(ringed)[picked].tolist() if ringed is not None else [False] * len(picked)
    return [(RING_ROOM if r else "") + "R%d" % n if k else "" for n, k, r in zip(numbers.tolist(), known.tolist(), rings)]


def plotly_dates(ms: np.ndarray) -> np.ndarray:
    """Milliseconds since 1970 as Plotly date strings: "2023-06-20" at a midnight, "2023-06-20 06:00:00.000" else."""
    ms = np.asarray(ms, dtype=np.int64)
    days = np.datetime_as_string(ms.astype("datetime64[ms]"), unit="ms")
    return np.where(ms % DAY_MS == 0, np.char.partition(days, "T")[:, 0], np.char.replace(days, "T", " "))


def bar_extent(x_start: np.ndarray, x_end: np.ndarray, least_days: float = 0.0) -> tuple[list, list]:
    """Where bars over days [x_start, x_end] are drawn: each one's start (a Plotly date) and length in ms.

    A bar shorter than `least_days` is drawn that long about its middle: at a window of years a round of two days
    was under a pixel wide, and its outline alone showed, black, not its type's colour (QA15 LOW).
    """
    first = np.asarray(x_start, dtype=np.int64) * DAY_MS
    length = (np.asarray(x_end, dtype=np.int64) + 1) * DAY_MS - first
    grown = np.maximum(length, int(round(least_days * DAY_MS)))
    return _list(plotly_dates(first - (grown - length) // 2)), _list(grown)


def mark_traces(x_start: np.ndarray, x_end: np.ndarray, y: np.ndarray, kind: str, event_type: str, status: str,
                common: dict, text: list[str] | None, least_days: float = 0.0) -> list[dict]:
    """The traces of marks of one type, kind and status: the marks, and their outline or overlay when the status has one.

    `x_start`, `x_end` are first and last day (inclusive); `common` the name, legend group, ids and hover;
    `least_days` the shortest bar drawn (`bar_extent`).
    """
    style, drawn, look = type_style(event_type), KIND_STYLES[kind], STATUS_STYLES.get(status, STATUS_STYLES["held"])
    colour = GREY if look.grey else style.colour
    quiet = dict(name=common["name"], legendgroup=common["legendgroup"], showlegend=False, hoverinfo="skip")
    traces: list[dict] = []
    if drawn.drawn_as == "marker":
        mark = dict(type="scatter", x=noon(x_start), y=_list(y), mode="markers",
                    marker=dict(symbol=style.symbol, size=11, color=colour, opacity=look.opacity,
                                line=dict(width=1, color=OUTLINE)), **common)
        if text:
            mark.update(mode="markers+text", text=text, textposition="middle right", textfont=dict(size=10, shadow=HALO))
        traces.append(mark)
        if look.overlay:
            traces.append(dict(type="scatter", x=noon(x_start), y=_list(y), mode="markers", **quiet,
                               marker=dict(symbol=look.overlay, size=15, color=OUTLINE, line=dict(width=1.5))))
        return traces
    base, length = bar_extent(x_start, x_end, least_days)
    # the bar's paleness on its fill, not on the trace: a trace's opacity fades its round label too ("R7" on a
    # hatched bar was grey on grey stripes, QA11)
    marker = dict(color=colour, line=dict(width=1, color=OUTLINE if not drawn.pattern else colour),
                  opacity=round(drawn.opacity * look.opacity, 3))
    if drawn.pattern:
        marker["pattern"] = dict(shape=drawn.pattern, fgcolor=OUTLINE, fgopacity=0.6, size=6, fillmode="overlay")
    bar = dict(type="bar", x=length, base=base, y=_list(y), orientation="h", width=BAR_WIDTH, marker=marker, **common)
    if text:
        # the selected mark's number outside its bar, after the ring (in the bar, the ring crossed it)
        where = [("outside" if t.startswith(RING_ROOM) else "auto") for t in text]
        bar.update(text=text, textposition=where, insidetextanchor="middle", textfont=dict(size=10),
                   outsidetextfont=dict(size=10, shadow=HALO), cliponaxis=False, constraintext="none")
        if drawn.pattern or look.opacity < 1:  # on stripes or a pale fill: dark, with a white halo, not white
            bar["insidetextfont"] = dict(size=10, color=OUTLINE, weight="bold", shadow=HALO)
    traces.append(bar)
    if look.outline:
        traces.append(outline_trace(base, length, y, OUTLINE, look.outline, quiet))
    if look.overlay:
        middle = (x_start + x_end + 1).astype(np.int64) * NOON_MS
        traces.append(dict(type="scatter", x=_list(middle), y=_list(y), mode="markers", **quiet,
                           marker=dict(symbol=look.overlay, size=15, color=OUTLINE, line=dict(width=1.5))))
    return traces


def outline_trace(base: list, length: list, y: np.ndarray, colour: str, dash: str, common: dict) -> dict:
    """A line trace drawing the outline of each bar, placed as `bar_extent` gives it (Plotly bars cannot have a
    dashed outline)."""
    ends = np.array(base, dtype="datetime64[ms]").astype(np.int64) + np.asarray(length, dtype=np.int64)
    first, last = list(base), _list(plotly_dates(ends))
    top, bottom = (y - BAR_WIDTH / 2).tolist(), (y + BAR_WIDTH / 2).tolist()
    xs, ys = [], []
    for a, b, high, low in zip(first, last, top, bottom):
        xs += [a, b, b, a, a, None]
        ys += [high, high, low, low, high, None]
    return dict(type="scatter", x=xs, y=ys, mode="lines", line=dict(color=colour, width=1.5, dash=dash), **common)


def candidate_traces(x_start: np.ndarray, x_end: np.ndarray, y: np.ndarray, kind: str, event_type: str,
                     common: dict, least_days: float = 0.0) -> list[dict]:
    """Marks of candidate events: open markers; bars with a pale fill and a dashed outline (a line trace)."""
    style = type_style(event_type)
    if KIND_STYLES[kind].drawn_as == "marker":
        return [dict(type="scatter", x=noon(x_start), y=_list(y), mode="markers", **common,
                     marker=dict(symbol=open_symbol(style.symbol), size=12, color=style.colour,
                                 line=dict(width=2, color=style.colour)))]
    base, length = bar_extent(x_start, x_end, least_days)
    bar = dict(type="bar", x=length, base=base, y=_list(y), orientation="h",
               width=BAR_WIDTH, opacity=0.35, **common,
               marker=dict(color="#ffffff", line=dict(width=0),
                           pattern=dict(shape="." if kind == "span" else "/", fgcolor=style.colour, size=6)))
    outline = outline_trace(base, length, y, style.colour, "dash",
                            dict(hoverinfo="skip", showlegend=False, legendgroup="candidate", name="candidate outline"))
    return [bar, outline]


def centre_ms(start: np.ndarray, end: np.ndarray) -> list[float]:
    """The middle of marks spanning [start, end] days (inclusive), in ms: a day mark's noon, a bar's centre."""
    return _list((np.asarray(start, dtype=np.int64) + np.asarray(end, dtype=np.int64) + 1) * NOON_MS)


def hit_trace(x_start: np.ndarray, x_end: np.ndarray, y: np.ndarray, event_id: np.ndarray, hover: np.ndarray,
              colour: list[str], template: list[str]) -> dict:
    """An invisible marker at the middle of each bar, carrying the bar's event: what the pointer finds on a bar.

    Plotly's nearest-mark choice ("closest") rates a bar under the pointer as far off as its hover distance
    (some 19 px), so any marker within that reach won the hover and the click over it; and a bar a pixel wide,
    as a few days are at the whole extent, was hard to be on at all. A marker `HIT_PX` wide at the bar's middle
    is both a least target and the nearest mark when the pointer is on the bar. `meta` "hit" marks the trace
    for the page's keyboard, which walks the bars themselves (assets/timeline_keys.js).
    """
    return dict(type="scatter", x=centre_ms(x_start, x_end), y=_list(y), mode="markers", name="bar target",
                meta="hit", showlegend=False, customdata=_list(event_id), hovertext=_list(hover),
                hovertemplate=template, marker=dict(size=HIT_PX, opacity=0, color=colour, line=dict(width=0)))


def selected_trace(x_start: np.ndarray, x_end: np.ndarray, y: np.ndarray) -> dict:
    """The ring round the selected event's mark, over the marks. It hid the mark's round number ("R22" of a round at
    the window's edge, QA15 LOW): that number is written outside the bar, after RING_ROOM (`round_text`)."""
    return dict(type="scatter", x=centre_ms(x_start, x_end), y=_list(y), mode="markers", name="selected",
                showlegend=False, hoverinfo="skip",
                marker=dict(symbol="circle-open", size=22, color="#111827", line=dict(width=3)))
