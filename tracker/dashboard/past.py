"""The dashboard "as of" an instant: the chronology as it was known then (issue 12, `as_of` in the URL).

Every view reads its data through `data_for(live, search)`: without `as_of` in the query
string it is `live.data` itself (one substring test, nothing else), with it a DashboardData
built from `store.load(as_of=...)`, kept for the last few instants asked and dropped when
the store's data changes. A past copy has no store: text search scans the text it had then
(the text index knows today's only), titles and details come from its own full tables.
"""
from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections import OrderedDict
from dataclasses import replace

from dash import Dash, Input, Output, ctx, dcc, html, no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.inputs import text
from tracker.dashboard.live import LiveData
from tracker.dashboard.state import parse_state
from tracker.instants import format_instant

#: How many past instants each dashboard keeps built (a past copy is a full load of the store).
KEPT = 2


class _Kept:
    """The past copies of one LiveData: (data version, as_of) -> DashboardData, least recent first."""

    def __init__(self) -> None:
        self.version: int | None = None
        self.copies: OrderedDict[dt.datetime, DashboardData] = OrderedDict()
        self.lock = threading.Lock()  # one build at a time: a filter change fires several callbacks at once


_KEPT: "weakref.WeakKeyDictionary[LiveData, _Kept]" = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def as_of_of(search: str | None) -> dt.datetime | None:
    """The instant a URL query string asks to see the chronology at (None: now, or a bad value, which the
    page's notices name)."""
    if not isinstance(search, str) or "as_of" not in search:
        return None
    return parse_state(search)[0].filter.as_of


def past_data(live: LiveData, as_of: dt.datetime) -> DashboardData:
    """The chronology as known at `as_of`, built from the store once per instant and data version."""
    with _KEPT_LOCK:
        kept = _KEPT.setdefault(live, _Kept())
    current = live.data
    with kept.lock:
        if kept.version != current.version:  # the store changed: what was known then may be corrected now
            kept.version, kept.copies = current.version, OrderedDict()
        if as_of in kept.copies:
            kept.copies.move_to_end(as_of)
            return kept.copies[as_of]
        tables = _load(live, as_of)
        data = DashboardData.from_tables(tables)
        data.version = current.version
        # its history up to `as_of`, read on the store's connection under its lock: a link to an event deleted then
        # says who deleted it, as the present view does, not "no such event"
        data.as_of, data.history_store, data._lock = as_of, live.store, live.lock
        kept.copies[as_of] = data
        while len(kept.copies) > KEPT:
            kept.copies.popitem(last=False)
        return data


def _load(live: LiveData, as_of: dt.datetime):
    """The store's Tables as known at `as_of`: on a connection of its own when the engine has one to give
    (the shared one stays free for the present's views meanwhile), else on the shared one."""
    with live.reading() as reader:
        return reader.load(as_of=as_of)


def data_for(live: LiveData, search: str | None) -> DashboardData:
    """The data the view in `search` is drawn from: the current copy, or the past one its `as_of` asks for."""
    as_of = as_of_of(search)
    if as_of is None or live.store is None:  # a dashboard made from data alone has no history to read
        return live.data
    return past_data(live, as_of)


def without_as_of(search: str | None) -> str:
    """The same view as `search`, now: the query string less `as_of` ("" when nothing else is left)."""
    state = parse_state(search)[0]
    return replace(state, filter=replace(state.filter, as_of=None)).to_search()


def banner(search: str | None, prefix: str) -> tuple[list, bool]:
    """The banner over a past view ("Showing the chronology as known on ... — back to now") and whether it hides."""
    as_of = as_of_of(search)
    if as_of is None:
        return [], True
    back = without_as_of(search)
    return [html.Strong("Showing the chronology as known on "), html.Strong(format_instant(as_of)),
            html.Span(" — editing is off in a past view. "),
            dcc.Link("back to now", href=f"{prefix}{back}" if back else prefix,
                     className="as-of-now")], False


def picker_sync(trigger: str | None, picked: object, typed: object) -> tuple[object, object, object]:
    """(box value, calendar date, the month the calendar opens on) after the calendar or the box changed
    (`no_update` for what not to touch): the box's day, or this month when it holds none (not January 1800)."""
    typed = (text(typed) or "").strip()
    try:
        day = dt.date.fromisoformat(typed[:10]).isoformat()
    except ValueError:
        day = None  # empty, or not a day ("last spring": the box's own note says so)
    if trigger == ids.AS_OF_PICKER:
        picked = (text(picked) or "")[:10] or None
        # the calendar echoing the box (it was set from it, or emptied for a box that holds no day) changes
        # nothing: the box keeps its time of day and its text
        return (no_update if picked == day else picked or ""), no_update, no_update
    return no_update, day, day or dt.date.today().isoformat()


def register_past(app: Dash, live: LiveData) -> None:
    """The banner over a past view; while it shows, the stylesheet hides the editing controls
    (assets/tracker.css) and the editor refuses to act (`tracker.dashboard.editor.handlers.act`)."""
    prefix = app.config.requests_pathname_prefix

    @app.callback(Output(ids.AS_OF, "value", allow_duplicate=True), Output(ids.AS_OF_PICKER, "date"),
                  Output(ids.AS_OF_PICKER, "initial_visible_month"),
                  Input(ids.AS_OF_PICKER, "date"), Input(ids.AS_OF, "value"), prevent_initial_call=True)
    def as_of_picker(picked, typed):
        """The calendar and the box say one thing: a day picked goes in the box (which the URL follows); a
        value in the box (typed, or from the URL) shows its day in the calendar."""
        return picker_sync(ctx.triggered_id, picked, typed)

    @app.callback(Output(ids.AS_OF_BANNER, "children"), Output(ids.AS_OF_BANNER, "hidden"), Input(ids.URL, "search"))
    def past_banner(search):
        return banner(search, prefix)
