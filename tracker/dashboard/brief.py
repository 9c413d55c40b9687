"""The Briefing button: `download/brief.<fmt>?<filter query>` is `tracker brief` for the view on screen.

The filter is read from the query string exactly as the CSV download reads it, so the brief
holds the events the CSV holds; `make_brief` and `render_brief` make the file, as for the
command. Only the matching events are read from the store; the "Generated ... from" line
still counts the whole store. `since=` and `changes_since=` are `tracker brief --since` and
`--changes-since` (NEW/CHANGED marks, the "What changed since" section), read and made as the
command reads and makes them.
"""
from __future__ import annotations

import logging
import threading
from contextlib import nullcontext
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from urllib.parse import parse_qsl, urlencode

import numpy as np
from dash import Dash, Input, Output, dcc, html
from flask import Response, request

from tracker.api import with_changes
from tracker.auth.guard import content_security_policy, script_hashes

from tracker.briefing import PAPERS, RENDERERS, Brief, ChartUnavailable, brief_filename, describe_data, make_brief, render_brief
from tracker.briefing.changes import changes_instant, changes_note, since_instant
from tracker.briefing.model import since_words
from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.inputs import MAX_ITEMS, MAX_TEXT, bounded_notes, text
from tracker.dashboard.layout import CHANGES_HINT
from tracker.dashboard.live import LiveData
from tracker.dashboard.shown import PAGE, skip_hidden
from tracker.dashboard.past import data_for
from tracker.dashboard.state import ViewState, parse_state, read_changes_since
from tracker.dashboard.views import known_filter
from tracker.export.names import export_filename
from tracker.filters import EventFilter
from tracker.selection import within_window

log = logging.getLogger(__name__)
#: The brief's own parameters (not the view's): each one's reader; `paper` is checked by `brief_response`.
BRIEF_PARAMETERS = {"paper": None, "since": since_instant, "changes_since": changes_instant}
#: The notes `parse_state` gives on the brief's own parameters.
BRIEF_KEYS = tuple(f"ignored unknown URL parameter {key!r}" for key in BRIEF_PARAMETERS)
DEFAULT_FORMAT = "docx"
#: A4 unless asked: analysts in ministries outside the US print on it.
DEFAULT_PAPER = "a4"
PAPER_LABELS = {"a4": "A4", "letter": "Letter"}
#: one brief at a time in a process: Chromium and fpdf2 are heavy (chart.KALEIDO guards Kaleido itself).
RENDERING = threading.Lock()
#: The most events a briefing from the page holds; above it, the page asks to narrow the filter, with the count
#: (docs/briefings.md). A brief of the whole 100k-event store took 94 s, 1.4 GB of server memory and 166 MB of
#: HTML; one of 2,000 events takes seconds. `tracker brief` has no limit.
BRIEF_EVENT_LIMIT = 2_000
#: Briefs are made by this many worker threads, off the request threads; at most BRIEF_WAITING are made or wait
#: at once (a busy answer beyond), and a request waits at most BRIEF_SECONDS.
BRIEF_WORKERS = 1
BRIEF_WAITING = 4
BRIEF_SECONDS = 300
_SLOTS = threading.BoundedSemaphore(BRIEF_WAITING)
_pool: ThreadPoolExecutor | None = None
#: A Chromium started for briefs is kept this long after the last one, then stopped: while it runs, the
#: timeline's callbacks were ~20% slower at 1M events (p95 112-139 ms against 99-106 ms without it).
WARM_IDLE_SECONDS = 300.0
_idle_timer: threading.Timer | None = None
_idle_lock = threading.Lock()


def briefing_control(data: DashboardData) -> html.Div:
    """The header's format choice and the Briefing link (its address follows the view's filter)."""
    return html.Div([
        html.Span("Brief as", id=f"{ids.BRIEF_FORMAT}-label", className="inline-label"),
        dcc.RadioItems(id=ids.BRIEF_FORMAT, value=DEFAULT_FORMAT, inline=True, className="radio brief-format",
                       options=[{"label": fmt, "value": fmt} for fmt in RENDERERS]),
        html.Span([
            html.Span("on", id=f"{ids.BRIEF_PAPER}-label", className="inline-label"),
            dcc.RadioItems(id=ids.BRIEF_PAPER, value=DEFAULT_PAPER, inline=True, className="radio brief-paper",
                           options=[{"label": PAPER_LABELS.get(paper, paper), "value": paper} for paper in PAPERS]),
        ], className="brief-paper-group", role="group", title="Page size of the docx and pdf briefs",
            **{"aria-label": "Paper size of the docx and pdf briefs"}),
        html.A("Briefing", id=ids.BRIEF, href=f"download/brief.{DEFAULT_FORMAT}", className="button primary",
               title="Download a sourced brief of the events on screen (takes a few seconds)"),
    ], className="brief-control", role="group", **{"aria-labelledby": f"{ids.BRIEF_FORMAT}-label"})


def changes_query(value: str | None) -> tuple[str, str]:
    """The brief's `since` and `changes_since` for the page's "what changed since" box (a day, or a date and time),
    as a query part, and the hint under the box: what it does, or why the value is not read (then no part)."""
    value = (text(value) or "").strip()[:MAX_TEXT]
    if not value:
        return "", CHANGES_HINT
    try:
        value = read_changes_since(value)  # as the page's URL reads it (`changes_since=`)
    except ValueError as exc:
        return "", f"Not read, so the briefing has no changes: {exc}"
    return urlencode({"since": value, "changes_since": value}), f"{CHANGES_HINT} (from {since_words(changes_instant(value))})"


def brief_href(data: DashboardData, search: str | None, fmt: str | None, prefix: str, window_only: bool = False,
               paper: str | None = None, changes: str | None = None) -> str:
    """The Briefing link for a view: the filter query the CSV link carries (and its window when `window_only`),
    the paper size when it is not A4 and the format is printed on pages, and `since`/`changes_since` when the
    "what changed since" box holds a date (`changes_query`)."""
    state, _ = parse_state(search)
    f, _ = known_filter(data, state.filter)
    window = ViewState(filter=f, x0=state.x0, x1=state.x1) if window_only else ViewState(filter=f)
    fmt, paper = text(fmt), text(paper)  # from the client: a forged value is a list or a dict
    fmt = fmt if fmt in RENDERERS else DEFAULT_FORMAT
    query = window.to_search()
    if paper in PAPERS and paper != DEFAULT_PAPER and RENDERERS[fmt].paged:
        query += ("&" if query else "?") + f"paper={paper}"
    since, _ = changes_query(changes)
    if since:
        query += ("&" if query else "?") + since
    return f"{prefix}download/brief.{fmt}{query}"


def brief_download_name(data: DashboardData, search: str | None, fmt: str | None, window_only: bool = False) -> str | None:
    """The name the brief of this view downloads under (as `brief_filename` names it: filters and today); None
    above BRIEF_EVENT_LIMIT events, so that the link opens the answer that asks to narrow the filter."""
    state, _ = parse_state(search)
    f, _ = known_filter(data, state.filter)
    f = within_window(f, state.x0, state.x1) if window_only else f
    if int(data.mask(f).sum()) > BRIEF_EVENT_LIMIT:
        return None
    fmt = text(fmt)
    return export_filename(f, RENDERERS[fmt if fmt in RENDERERS else DEFAULT_FORMAT].suffix, prefix="briefing")


def view_selection(data: DashboardData, query: str) -> tuple[EventFilter, list[str], np.ndarray]:
    """The filter of the view in a query string (and its window `x0`..`x1`), the notes on it, and the positions
    of the events it selects, as the downloads select them."""
    # the brief's own parameters are not the view's; the notes on the others (a far date read as the range's end,
    # a parameter ignored) are the brief's, as the page shows them
    state, ignored = parse_state(query)
    f, notes = known_filter(data, state.filter)
    notes = bounded_notes([*(n for n in ignored if n not in BRIEF_KEYS), *notes])
    f = within_window(f, state.x0, state.x1)
    return f, notes, np.flatnonzero(data.mask(f))


def brief_since(query: str) -> dict:
    """The brief's `since` and `changes_since` in a query string (absent: None), read as `tracker brief` reads
    them; ValueError names the parameter and says why its value is not read."""
    pairs = dict(parse_qsl((query or "").lstrip("?"), max_num_fields=MAX_ITEMS))
    found = {}
    for key in ("since", "changes_since"):
        value = (pairs.get(key) or "").strip()
        try:
            found[key] = BRIEF_PARAMETERS[key](value[:MAX_TEXT]) if value else None
        except ValueError as exc:
            raise ValueError(f"URL parameter {key}={value[:40]}: {exc}") from None
    return found


def view_brief(live: LiveData, query: str) -> Brief:
    """The brief of the view in a query string (its filter, and `x0`..`x1` when given), as the downloads select:
    `make_brief` over the matching events only, with the notes on values that match nothing; with `since=` and
    `changes_since=` as `tracker brief --since` and `--changes-since` (ValueError for a value not read)."""
    since = brief_since(query)
    data = data_for(live, query)
    f, notes, positions = view_selection(data, query)
    selected = data.ids.take(positions)
    tables = data.subset(selected)
    store = live.store  # a past copy has none of its own
    label = describe_data(store.location, len(data), live.latest_change()) if store is not None else None
    changes_from = since["changes_since"]
    note = changes_note(f.as_of, changes_from) if changes_from is not None else None
    # the brief reads the store (its text search, the history its marks and "What changed" come from) on the shared
    # connection, which every request of this worker uses: under its lock, as the copy's own reads are
    with live.lock if store is not None else nullcontext():
        brief = make_brief(tables, f, store=store, label=label, notices=(*notes, *([note] if note else [])),
                           since=since["since"])
        if changes_from is not None and store is not None:
            brief, _ = with_changes(brief, store, f, tables, set(selected), changes_from)
    return brief


def brief_bytes(live: LiveData, fmt: str, query: str, paper: str = DEFAULT_PAPER) -> tuple[bytes, str]:
    """The brief file of the filter in `query` and its name; raises ChartUnavailable without Chromium."""
    brief = view_brief(live, query)
    return render_brief(fmt, brief, paper=paper), brief_filename(brief, fmt)


def brief_response(live: LiveData, fmt: str, query: str, paper: str | None = None) -> Response:
    """The HTTP answer: the file as an attachment, 404 for an unknown format, 400 for an unknown paper size,
    503 when the chart cannot be drawn."""
    if fmt not in RENDERERS:
        return Response(f"Unknown brief format {fmt!r}; use one of: {', '.join(RENDERERS)}.\n", status=404,
                        mimetype="text/plain")
    paper = paper or DEFAULT_PAPER
    if paper not in PAPERS:
        return Response(f"Unknown paper size {paper!r}; use one of: {', '.join(PAPERS)}.\n", status=400,
                        mimetype="text/plain")
    try:
        brief_since(query)
    except ValueError as exc:
        return Response(f"{exc}\n", status=400, mimetype="text/plain")
    count = len(view_selection(data_for(live, query), query)[2])
    if count > BRIEF_EVENT_LIMIT:
        return Response(too_many(count), status=422, mimetype="text/plain", headers={"Cache-Control": "no-store"})
    if not _SLOTS.acquire(blocking=False):
        return Response(f"The server is making {BRIEF_WAITING} briefs already; try again in a minute.\n", status=503,
                        mimetype="text/plain", headers={"Retry-After": "30", "Cache-Control": "no-store"})
    job = _workers().submit(_render, live, fmt, query, paper)
    job.add_done_callback(lambda _job: _SLOTS.release())  # the slot is held until the work is done, not the wait
    try:
        body, name = job.result(timeout=BRIEF_SECONDS)
    except FutureTimeout:
        return Response(f"The briefing took longer than {BRIEF_SECONDS} seconds; narrow the filter and try again.\n",
                        status=503, mimetype="text/plain", headers={"Cache-Control": "no-store"})
    except ChartUnavailable as exc:
        log.warning("brief chart unavailable: %s", exc)
        return Response(f"The briefing could not be made: {exc}\nThe HTML format needs no Chromium.\n", status=503,
                        mimetype="text/plain")
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff",
               "Cache-Control": "no-store", "Content-Length": str(len(body))}
    if RENDERERS[fmt].media_type.startswith("text/html"):
        # streamed, so the guard cannot read it: its inline scripts (the chart) are allowed here by their hashes
        headers["Content-Security-Policy"] = content_security_policy(script_hashes(body.decode("utf-8")))
    return Response(_chunks(body), mimetype=RENDERERS[fmt].media_type, direct_passthrough=True, headers=headers)


def too_many(count: int) -> str:
    """What the page answers for a brief of more events than it makes: the count, the limit, what to do."""
    return (f"This briefing would hold {count:,} events; a briefing from the page holds at most {BRIEF_EVENT_LIMIT:,}.\n"
            "Narrow the filter (dates, process, actors, type) and press Briefing again, or make it on the command "
            "line with `tracker brief` and the same filter.\n")


def _render(live: LiveData, fmt: str, query: str, paper: str) -> tuple[bytes, str]:
    """The brief file and its name (run by the brief worker, one at a time: Chromium and fpdf2 are heavy)."""
    with RENDERING:
        made = brief_bytes(live, fmt, query, paper)
    if fmt != "html":
        keep_chromium_warm()
    return made


def _chunks(body: bytes, size: int = 256 * 1024):
    """`body` in pieces, so the server sends it as it goes rather than copying it whole."""
    view = memoryview(body)
    for start in range(0, len(body), size):
        yield bytes(view[start:start + size])


def _workers() -> ThreadPoolExecutor:
    """The brief worker (made at the first brief): the request threads only wait for it."""
    global _pool
    with _idle_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=BRIEF_WORKERS, thread_name_prefix="brief")
        return _pool


def register_briefing(app: Dash, live: LiveData) -> None:
    """Serve `download/brief.<fmt>` and keep the Briefing link on the view's filter and the chosen format."""
    prefix = app.config.requests_pathname_prefix

    def download(fmt: str) -> Response:
        return brief_response(live, fmt, request.query_string.decode("utf-8", "replace"), request.args.get("paper"))

    app.server.add_url_rule(f"{app.config.routes_pathname_prefix}download/brief.<fmt>", "download_brief", download)

    # The window and the date are read from the URL (the sync callback puts them there, as it does the filters);
    # the box is read only for its hint, which says why a date typed there is not read.
    @app.callback(Output(ids.BRIEF, "href"), Output(ids.BRIEF, "download"), Output(ids.BRIEF_CHANGES_NOTE, "children"),
                  Input(ids.URL, "search"), Input(ids.BRIEF_FORMAT, "value"), Input(ids.BRIEF_PAPER, "value"),
                  Input(ids.BRIEF_CHANGES, "value"), PAGE)
    def href(search, fmt, paper, typed, pathname):
        skip_hidden(pathname, prefix)  # the Briefing control is the timeline's (hidden on the review page)
        data, (state, _) = data_for(live, search), parse_state(search)
        return (brief_href(data, search, fmt, prefix, state.window_only, paper, state.changes_since),
                brief_download_name(data, search, fmt, state.window_only), changes_query(typed)[1])


def keep_chromium_warm(idle: float = WARM_IDLE_SECONDS) -> None:
    """After a brief with a chart image: keep a Chromium running for the next ones (about 3 s saved each),
    and stop it once no brief has been made for `idle` seconds."""
    global _idle_timer
    from tracker.briefing.chart import start_warm_chromium, stop_warm_chromium, warm_chromium_running

    with _idle_lock:
        if not warm_chromium_running():
            threading.Thread(target=start_warm_chromium, name="warm-chromium", daemon=True).start()
        if _idle_timer is not None:
            _idle_timer.cancel()
        _idle_timer = threading.Timer(idle, stop_warm_chromium)
        _idle_timer.daemon = True
        _idle_timer.start()
