"""The page's downloads: the events matching the URL's filter as CSV (plain or for Excel), XLSX or JSON, and the timeline
as PNG or SVG.

Every download reads the view from its query string as the page does (`known_filter`, the one
selection of `tracker.selection`), so it holds the events the page counts; `x0`/`x1` in a
download's query limit it to that time window as well ("only the visible time window").
The CSV is byte for byte `tracker export` (`--excel` for the Excel one); names say what a file holds.
It is taken from the serving snapshot's CSV lines, which the export's own Arrow writer wrote
(`Flattener`, `csv_fields`, `csv_lines`); between a write and the next snapshot, it reads the rows
from the store and writes them the same way.
"""
from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator

import numpy as np
import pyarrow as pa
from dash import Dash, Input, Output
from flask import Response, request, stream_with_context

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.shown import PAGE, skip_hidden
from tracker.dashboard.past import data_for
from tracker.dashboard.state import ViewState, parse_state
from tracker.dashboard.views import known_filter
from tracker.export import EXPORTERS, export_bytes
from tracker.export.csv_format import _header
from tracker.export.json_format import to_json_bytes
from tracker.flat_columns import one_array
from tracker.flat import FLAT_COLUMNS
from tracker.export.names import export_filename, today
from tracker.filters import EventFilter
from tracker.problems import OutputError
from tracker.selection import within_window

CHUNK = 50_000
#: download route name -> (exporter, options, file suffix, media type, link text)
FILES = {
    "events.csv": ("csv", {}, ".csv", "text/csv; charset=utf-8", "CSV"),
    "events-excel.csv": ("csv", {"excel": True}, "_excel.csv", "text/csv; charset=utf-8", "CSV for Excel"),
    "events.xlsx": ("xlsx", {}, ".xlsx", EXPORTERS["xlsx"][2], "XLSX"),
    "events.json": ("json", {}, ".json", "application/json; charset=utf-8", "JSON"),
}
IMAGES = {"timeline.png": ("png", "image/png"), "timeline.svg": ("svg", "image/svg+xml")}
IMAGE_WIDTH = 1400
#: Right margin of the timeline image: half the widest date label ("00:00 / Jun 24, 2023") centred on the last tick.
IMAGE_RIGHT_PX = 60


def csv_chunks(data: DashboardData, f: EventFilter, chunk: int = CHUNK, excel: bool = False) -> Iterator[bytes]:
    """The CSV export of the events matching `f`, a chunk of events at a time (one header).

    The concatenation equals `tracker export --format csv [--excel]` with the same filter: from the
    snapshot's export cells (`flat_chunks`) when the data has them, else each chunk's rows read from
    the store and written by `export_bytes("csv", ...)`, the next chunk read while this one is written.
    """
    positions = np.flatnonzero(data.mask(f))
    if data.flat is not None:
        yield from flat_chunks(data.flat, positions, excel=excel)
        return
    starts = list(range(0, max(len(positions), 1), chunk))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="download") as pool:
        ahead = pool.submit(_subset, data, positions[:chunk])
        for number, start in enumerate(starts):
            subset = ahead.result()
            if number + 1 < len(starts):
                ahead = pool.submit(_subset, data, positions[starts[number + 1]:starts[number + 1] + chunk])
            if start == 0:
                yield export_bytes("csv", subset, subset.events, excel=excel)
            else:
                yield export_bytes("csv", subset, subset.events).split(b"\r\n", 1)[1]
            del subset


def json_chunks(data: DashboardData, f: EventFilter, chunk: int = CHUNK // 5) -> Iterator[bytes]:
    """The JSON export of the events matching `f` (`tracker export --format json`, byte for byte), `chunk` events at
    a time: the document is one list, so each chunk's records are written as that list's items (a million events
    were one document in memory)."""
    positions = np.flatnonzero(data.mask(f))
    empty = json.dumps({"events": []}, indent=2).encode("utf-8")
    if not len(positions):
        yield empty
        return
    head, tail = b'{\n  "events": [\n', b"\n  ]\n}"
    yield head
    for start in range(0, len(positions), chunk):
        subset = _subset(data, positions[start:start + chunk])
        body = to_json_bytes(subset, subset.events)
        yield (b",\n" if start else b"") + body[len(head):-len(tail)]
        del subset
    yield tail


def _subset(data: DashboardData, positions: np.ndarray):
    return data.subset(data.ids.take(positions))


def flat_chunks(flat: pa.Table, positions: np.ndarray, chunk: int = CHUNK, excel: bool = False) -> Iterator[bytes]:
    """The header, then the snapshot's CSV lines (the export writer's, see `tracker.dashboard.snapshot`) of the
    events at these positions, `chunk` at a time: a run of neighbouring events is one slice of the mapped file."""
    yield (b"\xef\xbb\xbf" if excel else b"") + _header(FLAT_COLUMNS)
    lines = one_array(flat.column("csv"))
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)[lines.offset:lines.offset + len(lines) + 1]
    text = lines.buffers()[2]
    for start in range(0, len(positions), chunk):
        part = positions[start:start + chunk]
        if len(part) and part[-1] - part[0] == len(part) - 1:  # consecutive: one view of the file
            yield text.slice(int(offsets[part[0]]), int(offsets[part[-1] + 1] - offsets[part[0]])).to_pybytes()
            continue
        taken = lines.take(pa.array(part))
        ends = np.frombuffer(taken.buffers()[1], dtype=np.int64)[taken.offset:taken.offset + len(taken) + 1]
        yield taken.buffers()[2].slice(int(ends[0]), int(ends[-1] - ends[0])).to_pybytes()


def view_filter(data: DashboardData, query: str | None) -> tuple[ViewState, EventFilter, list[str]]:
    """The view a download's query asks for, the filter it selects with (narrowed to `x0`..`x1` when
    they are given) and the notes on values that match nothing."""
    state, notices = parse_state(query)
    f, more = known_filter(data, state.filter)
    return state, within_window(f, state.x0, state.x1), notices + more


def file_name(f: EventFilter, suffix: str, day: dt.date | None = None, prefix: str = "tracker") -> str:
    """The name of a download of the events `f` selects (see `tracker.export.names`)."""
    return export_filename(f, suffix, day, prefix)


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store"}


def events_file(data: DashboardData, route: str, query: str) -> Response:
    """The answer to `download/<route>?<query>`: the matching events as a file."""
    fmt, options, suffix, media, _ = FILES[route]
    _, f, _ = view_filter(data, query)
    name = file_name(f, suffix)
    if fmt == "csv":
        return Response(stream_with_context(csv_chunks(data, f, excel=bool(options.get("excel")))), content_type=media,
                        headers=_attachment(name))
    if fmt == "json":
        return Response(stream_with_context(json_chunks(data, f)), content_type=media, headers=_attachment(name))
    subset = data.subset(data.ids.take(np.flatnonzero(data.mask(f))))
    try:
        body = export_bytes(fmt, subset, subset.events, **options)
    except OutputError as exc:  # a file the format cannot hold whole (an Excel cell's limit): said, not a 500
        return Response(f"{exc}\n", status=422, mimetype="text/plain", headers={"Cache-Control": "no-store"})
    return Response(body, content_type=media, headers=_attachment(name))


def timeline_image(data: DashboardData, fmt: str, query: str) -> tuple[bytes, EventFilter]:
    """The page's timeline for `query` (grouping, window) drawn by Kaleido, titled with the filter in words."""
    from tracker.briefing.chart import figure_png
    from tracker.dashboard.handlers import render_timeline
    from tracker.figures import plain

    state, f, _ = view_filter(data, query)
    figure, _ = render_timeline(data, query, still=True)
    spec = figure if isinstance(figure, dict) else figure.to_plotly_json()
    layout = dict(spec.get("layout") or {})
    def day(value) -> str:  # "5 Dec 2026", as the page and the briefs write a day (not "05 Dec 2026")
        return f"{value.day} {value:%b %Y}"

    window = f" · {day(state.x0)} to {day(state.x1)}" if state.x0 and state.x1 else ""
    layout["title"] = {"text": f"<b>Diplomatic events timeline</b><br><sup>{plain(state.filter.describe())}{window}"
                               f" · {len(np.flatnonzero(data.mask(f))):,} events · made {day(today())}</sup>",
                       "x": 0.01, "xanchor": "left"}
    margin = dict(layout.get("margin") or {})
    margin["t"] = int(margin.get("t") or 0) + 60  # room for the title above the legend
    margin["r"] = max(int(margin.get("r") or 0), IMAGE_RIGHT_PX)  # the last date label whole ("Jun 24, 2023")
    layout["margin"] = margin
    height = int(layout.get("height") or 400) + 60
    layout["height"] = height
    import plotly.graph_objects as go

    drawn = go.Figure({"data": spec.get("data") or [], "layout": layout})
    return figure_png(drawn, IMAGE_WIDTH, height, fmt=fmt), f


def image_file(data: DashboardData, route: str, query: str) -> Response:
    """The answer to `download/timeline.<png|svg>?<query>`; 503 when Chromium cannot draw it."""
    from tracker.briefing import ChartUnavailable
    from tracker.dashboard.brief import RENDERING, keep_chromium_warm

    fmt, media = IMAGES[route]
    try:
        with RENDERING:
            body, f = timeline_image(data, fmt, query)
        keep_chromium_warm()
    except ChartUnavailable as exc:
        return Response(f"The timeline image could not be made: {exc}\n", status=503, mimetype="text/plain")
    return Response(body, mimetype=media, headers=_attachment(file_name(f, f".{fmt}", prefix="tracker-timeline")))


def download_links(data: DashboardData, search: str | None, window_only: bool, prefix: str) -> list[str]:
    """href and file name of each download link (FILES, then IMAGES), for the view in `search`.

    The files carry the filter, and the zoom window when `window_only`; the images carry the whole
    view (they draw what the page shows).
    """
    state, f, _ = view_filter(data, search)
    resolved, _ = known_filter(data, state.filter)
    files = ViewState(filter=state.filter, x0=state.x0, x1=state.x1) if window_only else ViewState(filter=state.filter)
    named = f if window_only else resolved
    out: list[str] = []
    for route, (_, _, suffix, _, _) in FILES.items():
        out += [f"{prefix}download/{route}{files.to_search()}", file_name(named, suffix)]
    view = ViewState(filter=state.filter, group=state.group, x0=state.x0, x1=state.x1)
    for route, (fmt, _) in IMAGES.items():
        out += [f"{prefix}download/{route}{view.to_search()}", file_name(f, f".{fmt}", prefix="tracker-timeline")]
    return out


def image_button_config(data: DashboardData, search: str | None) -> dict:
    """The timeline graph's config, its toolbar's "Download plot as a png" named after the view as the PNG link's
    file is (`tracker-timeline_<filters>_<day>`; Plotly adds `.png`): it was `newplot.png` for every view (QA)."""
    from tracker.dashboard.layout import GRAPH_CONFIG

    _, f, _ = view_filter(data, search)
    stem = file_name(f, ".png", prefix="tracker-timeline").removesuffix(".png")
    return {**GRAPH_CONFIG, "toImageButtonOptions": {"format": "png", "filename": stem}}


#: the links' ids, in the order of `download_links`
LINK_IDS = (ids.DOWNLOAD, ids.DOWNLOAD_EXCEL, ids.DOWNLOAD_XLSX, ids.DOWNLOAD_JSON, ids.DOWNLOAD_PNG, ids.DOWNLOAD_SVG)


def register_download(app: Dash, live: LiveData) -> None:
    """Serve `download/<file>?<view query>` next to the app (from the data current at the request), and keep
    the summary bar's download links on the view and the window choice."""
    base = app.config.routes_pathname_prefix
    prefix = app.config.requests_pathname_prefix

    def events(route: str) -> Response:
        query = request.query_string.decode("utf-8", "replace")
        if route in FILES:
            return events_file(data_for(live, query), route, query)
        if route in IMAGES:
            return image_file(data_for(live, query), route, query)
        return Response(f"No download {route!r}; use one of: {', '.join([*FILES, *IMAGES])}.\n", status=404,
                        mimetype="text/plain")

    app.server.add_url_rule(f"{base}download/<route>", "download_events", events)

    outputs = [Output(link, prop) for link in LINK_IDS for prop in ("href", "download")]

    # the window choice is read from the URL, where the sync callback keeps it with the filters (`window=only`)
    @app.callback(*outputs, Input(ids.URL, "search"), Input(ids.DATA_VERSION, "data"), PAGE)
    def links(search, _version, pathname):
        skip_hidden(pathname, prefix)  # the links are the timeline's: nothing to do on the review page
        return download_links(data_for(live, search), search, parse_state(search)[0].window_only, prefix)
