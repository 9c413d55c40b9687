"""The brief's timeline chart: a Plotly figure of its entries, and its static image through Kaleido.

`timeline_chart` is pure (a fresh figure per call). `chart_png` draws it once
with Kaleido in the system Chromium, and fails fast with a clear message
(`ChartUnavailable`) when Chromium is missing or does not answer in time.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import os
import shutil
import threading
from pathlib import Path

import numpy as np
import plotly.graph_objects as go

from tracker.dates import shift_day
from tracker.aggregate import uncertain_end
from tracker.briefing.model import Brief, Entry
from tracker.figures import TimelineMarks, lane_layout, timeline_spec
from tracker.marks import centre_ms, type_style
from tracker.models import EVENT_TYPES

EPOCH = dt.date(1970, 1, 1)

#: Seconds Kaleido may take for the image (Chromium start included) before the brief gives up.
IMAGE_TIMEOUT = 60.0
#: extra seconds for Chromium to start before the brief stops waiting for Kaleido.
STARTUP_GRACE = 15.0
IMAGE_WIDTH = 900
#: One Kaleido drawing at a time in a process: a warm server is not thread-safe, and must not be
#: used before its first chart has worked (just after start it can fail with "kaleido_scopes is not defined").
KALEIDO = threading.Lock()
_warm_ready = threading.Event()
#: The lock of the drawings now (`_kaleido`): a drawing that hung past its time keeps the lock it took, and is left
#: with it (a daemon thread), so that the next chart and the warm server's stop do not wait on it for ever (one hung
#: Chromium made every later brief of the server a 503 and a test's stop_warm_chromium block for 15 minutes).
_current = [KALEIDO]
log = logging.getLogger(__name__)
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class ChartUnavailable(RuntimeError):
    """The static chart image could not be made (no Chromium, or it failed or hung)."""


def _hover(entry: Entry) -> str:
    lines = [f"<b>{html.escape(entry.title)}</b>", html.escape(f"{entry.date_text} · {entry.type_label}")]
    if entry.context_text:
        lines.append(html.escape(entry.context_text))
    if entry.change:
        lines.append(html.escape(entry.change_text))
    lines.append(html.escape(f"id: {entry.event_id}"))
    return "<br>".join(lines)


def chart_height(brief: Brief) -> int:
    """Pixels the chart needs: a band per event type shown, and the legend's rows under the date labels."""
    types = {entry.event_type for entry in brief.entries}
    return max(300, 150 + 42 * len(types)) + _legend_room(brief) - 80


def _legend_room(brief: Brief) -> int:
    """The bottom margin: the date labels (one line), then the legend, about six entries a row."""
    entries = len({entry.event_type for entry in brief.entries}) + (1 if any(e.change for e in brief.entries) else 0)
    return 50 + 32 * max(1, -(-entries // 6))


def brief_marks(brief: Brief) -> TimelineMarks:
    """The brief's entries as the dashboard's timeline marks, one lane per event type shown."""
    entries = brief.entries
    order = [t for t in EVENT_TYPES if any(e.event_type == t for e in entries)]
    order += sorted({e.event_type for e in entries} - set(order))
    start = np.array([(e.start - EPOCH).days for e in entries], dtype=np.int64)
    end = np.array([((e.end or e.start) - EPOCH).days for e in entries], dtype=np.int64)
    precision = np.array([e.precision for e in entries], dtype=object)
    last = uncertain_end(start, end, precision)
    kind = np.where(precision == "day", np.where(last > start, "span", "point"), "uncertain")
    return TimelineMarks(
        lanes=[type_style(t).label for t in order], lane=np.array([order.index(e.event_type) for e in entries]),
        start=start, end=last, kind=kind, event_type=np.array([e.event_type for e in entries], dtype=object),
        event_id=np.array([e.event_id for e in entries], dtype=object),
        hover=np.array([_hover(e) for e in entries], dtype=object),
        candidate=np.array([e.review_state == "candidate" for e in entries], dtype=bool),
        round_number=np.array([np.nan if e.round_number is None else e.round_number for e in entries], dtype=float),
        status=np.array([e.status or "held" for e in entries], dtype=object))


def timeline_chart(brief: Brief) -> go.Figure:
    """A fresh timeline figure of the brief's entries, drawn as the dashboard draws them (the same style
    table, marks and bars): one lane per event type, rounds and other spans as bars, overlaps stacked."""
    entries = brief.entries
    marks = brief_marks(brief)
    axis = _date_axis(brief)
    days = [(dt.date.fromisoformat(d) - EPOCH).days for d in axis["range"]] if "range" in axis else [0, 1]
    spec = timeline_spec(marks, (days[0], days[1]), padded=False, targets=False) if entries else {"data": [], "layout": {}}
    figure = go.Figure(spec)
    changed = [i for i, e in enumerate(entries) if e.change]
    if changed:
        y = lane_layout(marks, (days[0], days[1])).y
        figure.add_trace(go.Scatter(
            x=centre_ms(marks.start[changed], marks.end[changed]), y=y[changed].tolist(), mode="markers",
            name=brief.since_text, marker={"symbol": "circle-open", "size": 19, "color": "#111111", "line": {"width": 2}},
            hovertext=[_hover(entries[i]) for i in changed], hoverinfo="text"))
    count = len(entries)
    figure.update_layout(
        title={"text": html.escape(f"{count} event{'s' if count != 1 else ''}, {brief.period}"), "x": 0.01},
        template="plotly_white", height=chart_height(brief), margin={"l": 130, "r": 20, "t": 60, "b": _legend_room(brief)},
        # the legend at the foot of the image, below the date labels, in rows of its own (it was drawn over the
        # labels, which Plotly had turned and cut at the right edge)
        legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0}, hovermode="closest",
        showlegend=True,
        font={"family": "DejaVu Sans, Arial, sans-serif", "size": 14}, xaxis=axis,
    )
    figure.layout.xaxis2 = None  # a brief is never tall enough to need the top axis; its width is fixed
    return figure


def _date_axis(brief: Brief) -> dict:
    """A date axis over the brief's period, with ticks written as analysts write dates."""
    axis: dict = {"type": "date", "title": None}
    start = brief.period_start or min((e.start for e in brief.entries), default=None)
    end = brief.period_end or max(((e.end or e.start) for e in brief.entries), default=None)
    if start is None or end is None:
        return axis
    days = (end - start).days
    pad = max(1, days // 30)
    axis["range"] = [shift_day(start, -pad).isoformat(), shift_day(end, pad).isoformat()]
    # short labels, level and whole: the year stands in the title's period when the chart spans a few months
    axis["tickformat"] = "%-d %b" if days <= 120 and start.year == end.year else (
        "%-d %b %Y" if days <= 120 else ("%b %Y" if days <= 3 * 366 else "%Y"))
    axis.update(tickangle=0, nticks=8, ticklabeloverflow="hide past div")
    return axis


def chromium_path() -> str | None:
    """The Chromium Kaleido will use: $BROWSER_PATH if set (and executable), else the first one on PATH."""
    override = os.environ.get("BROWSER_PATH")
    if override:
        return override if Path(override).is_file() and os.access(override, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    try:
        from choreographer.browsers.chromium import Chromium

        return Chromium.find_browser(skip_local=False)
    except Exception:  # a best-effort second look; the message below covers every failure
        return None


class _DropIgnoredPipeErrors(logging.Filter):
    """choreographer logs a traceback for a DevTools message it could not decode and then ignores;
    the chart still comes out (or the timeout says why not), so analysts need not see it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for the ignored-message traceback, True for every other record."""
        return not str(record.msg).startswith("JSONError decoding message")


_PIPE_FILTER = _DropIgnoredPipeErrors()


def _kaleido_png(figure: go.Figure, opts: dict, timeout: float, browser: str) -> bytes:
    import kaleido

    pipe_logger = logging.getLogger("choreographer.channels.pipe")
    if _PIPE_FILTER not in pipe_logger.filters:
        pipe_logger.addFilter(_PIPE_FILTER)
    with _kaleido():
        if _warm_ready.is_set():  # a long-lived app keeps a warm browser: reuse it
            return kaleido.calc_fig_sync(figure, opts=opts)
        # mathjax=False: Kaleido would otherwise fetch MathJax from a CDN; plotly.js comes from the plotly package.
        kopts = {"timeout": timeout, "mathjax": False, "path": browser}
        return asyncio.run(kaleido.calc_fig(figure, opts=opts, kopts=kopts))


def start_warm_chromium(attempts: int = 3) -> bool:
    """Start one Chromium that later chart images reuse (Kaleido's sync server), kept only once it has drawn
    a test chart; False when there is no Chromium or it does not draw."""
    browser = chromium_path()
    if browser is None:
        return False
    import kaleido

    with _kaleido():
        if _warm_ready.is_set():
            return True
        try:
            kaleido.start_sync_server(mathjax=False, path=browser, timeout=IMAGE_TIMEOUT, silence_warnings=True)
        except Exception as exc:  # optional speed-up: never fail a brief for it
            log.warning("no warm Chromium for chart images: %s", exc)
            return False
        for attempt in range(attempts):
            try:
                kaleido.calc_fig_sync(go.Figure(), opts={"format": "png", "width": 100, "height": 100})
                _warm_ready.set()
                return True
            except Exception as exc:
                if attempt == attempts - 1:
                    log.warning("warm Chromium failed its test chart, stopped: %s", exc)
                threading.Event().wait(0.5)
        kaleido.stop_sync_server(silence_warnings=True)
        return False


def stop_warm_chromium() -> None:
    """Stop the warm Chromium, if one runs (after the image being drawn, if any)."""
    import kaleido

    with _kaleido():
        if _warm_ready.is_set():
            _warm_ready.clear()
            kaleido.stop_sync_server(silence_warnings=True)


def _kaleido() -> threading.Lock:
    """The lock every Kaleido drawing takes now (see `_current`)."""
    return _current[0]


def _abandon(stuck: threading.Lock) -> None:
    """Leave a drawing that hung with its lock: later drawings take a new one and start a cold Chromium (the warm one
    may be the one that hung, so it is no longer used; its process goes with the app)."""
    if _current[0] is stuck:
        _warm_ready.clear()
        _current[0] = threading.Lock()


def warm_chromium_running() -> bool:
    """Whether chart images are drawn by a warm Chromium."""
    return _warm_ready.is_set()


def figure_png(figure: go.Figure, width: int, height: int, timeout: float = IMAGE_TIMEOUT, fmt: str = "png") -> bytes:
    """PNG (or `fmt`: svg) bytes of `figure` drawn by Kaleido in Chromium; raises ChartUnavailable instead of hanging."""
    browser = chromium_path()
    if browser is None:
        raise ChartUnavailable(
            "the brief's chart image needs Chromium (Kaleido draws Plotly charts with it) and none was found"
            + (f": BROWSER_PATH={os.environ['BROWSER_PATH']} is not an executable file" if os.environ.get("BROWSER_PATH") else "")
            + ". Install it (Debian: apt-get install chromium) or set BROWSER_PATH=/path/to/chromium; "
              "or leave the chart out with --no-chart.")
    opts = {"format": fmt, "width": width, "height": height, "scale": 2 if fmt == "png" else 1}
    outcome: dict[str, object] = {}

    def draw() -> None:
        """Kaleido's work, in a daemon thread so a hung Chromium cannot keep the process alive."""
        try:
            outcome["png"] = _kaleido_png(figure, opts, timeout, browser)
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    lock = _kaleido()
    worker = threading.Thread(target=draw, name="brief-chart", daemon=True)
    worker.start()
    worker.join(timeout + STARTUP_GRACE)
    if worker.is_alive():
        _abandon(lock)
        raise ChartUnavailable(f"Chromium ({browser}) did not draw the chart within {timeout + STARTUP_GRACE:.0f} s; "
                               "check that it starts (chromium --headless --version) or use --no-chart")
    if "error" in outcome:
        error = outcome["error"]
        raise ChartUnavailable(f"Chromium ({browser}) could not draw the chart: {type(error).__name__}: {error}") from error  # type: ignore[misc]
    return outcome["png"]  # type: ignore[return-value]


def chart_png(brief: Brief) -> bytes | None:
    """The brief's timeline as a PNG (None when the brief has no events)."""
    if not brief.entries:
        return None
    return figure_png(timeline_chart(brief), IMAGE_WIDTH, chart_height(brief))
