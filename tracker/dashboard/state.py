"""The whole view in the URL: the filter, the grouping, the zoom window and the selected event.

`parse_state` never raises: a bad or unknown parameter is dropped with a notice the
page shows, so any link opens something.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode

from tracker.briefing.changes import changes_instant, since_instant
from tracker.dashboard.inputs import MAX_ITEMS, MAX_TEXT, text
from tracker.dates import DateParseError, parse_iso_day
from tracker.filters import QUERY_KEYS, EventFilter
from tracker.instants import format_instant

#: group-by value -> label
GROUPS = {"process": "Process", "actor": "Actor", "venue": "Venue", "type": "Event type"}
DEFAULT_GROUP = "process"
VIEW_KEYS = ("group", "x0", "x1", "event", "rollup", "window", "changes_since")
#: `window=only`: the downloads and the briefing hold only the visible time window (the summary bar's checkbox)
WINDOW_ONLY = "only"
#: rollup value -> what it does: ministries and officials drawn in their state's lane (group=actor)
ROLLUPS = {"state": "Roll ministries and officials into their state"}
#: The words of the note on an `as_of` after now, which the page takes out of the URL and the As of box.
LATER_THAN_NOW = "is later than now"


@dataclass(frozen=True)
class ViewState:
    """What the page shows; `to_search` and `parse_state` round-trip it."""

    filter: EventFilter = EventFilter()
    group: str = DEFAULT_GROUP
    x0: dt.date | None = None  # zoom window, both ends or neither
    x1: dt.date | None = None
    event: str | None = None
    rollup: bool = False  # group=actor: ministries and officials in their state's lane
    window_only: bool = False  # the downloads and the briefing hold only x0..x1 (`window=only`)
    changes_since: str | None = None  # the briefing's "what changed since", as typed and read (`changes_since=`)

    def to_search(self) -> str:
        """`?actor=Kazakhstan&group=actor&x0=...`, or "" for the default view."""
        pairs = self.filter.to_pairs()
        if self.group != DEFAULT_GROUP:
            pairs.append(("group", self.group))
        if self.x0 and self.x1:
            pairs += [("x0", self.x0.isoformat()), ("x1", self.x1.isoformat())]
        if self.event:
            pairs.append(("event", self.event))
        if self.rollup:
            pairs.append(("rollup", "state"))
        if self.window_only:
            pairs.append(("window", WINDOW_ONLY))
        if self.changes_since:
            pairs.append(("changes_since", self.changes_since))
        return "?" + urlencode(pairs) if pairs else ""

    def filter_key(self) -> str:
        """The filter as a canonical string (cache key)."""
        return self.filter.to_query_string()

    def with_filter(self, f: EventFilter) -> "ViewState":
        """A new filter: the zoom window is dropped (fit to the new events), the selection kept."""
        return replace(self, filter=f, x0=None, x1=None)


def parse_state(search: str | None) -> tuple[ViewState, list[str]]:
    """The view a URL query string asks for, and a notice for each parameter ignored."""
    notices: list[str] = []
    filter_pairs: list[tuple[str, str]] = []
    view: dict[str, str] = {}
    try:
        if search is not None and text(search) is None:  # a forged value: not text, or longer than any link
            raise ValueError(f"it is not text of at most {MAX_TEXT:,} characters")
        try:
            pairs = parse_qsl((search or "").lstrip("?"), keep_blank_values=True, max_num_fields=MAX_ITEMS)
        except ValueError:
            raise ValueError(f"it has more than {MAX_ITEMS} parameters") from None
    except ValueError as exc:
        notices.append(f"ignored the URL query: {exc}")
        pairs = []
    for key, value in pairs:
        if key in QUERY_KEYS:
            if value.strip():
                filter_pairs.append((key, value))
        elif key in VIEW_KEYS:
            view[key] = value.strip()
        else:
            notices.append(f"ignored unknown URL parameter {key!r}")
    event_filter, filter_notices = EventFilter.from_query_string(urlencode(filter_pairs))
    notices += filter_notices
    event_filter, later = now_if_later(event_filter)
    notices += [later] if later else []
    state = ViewState(filter=event_filter)
    group = view.get("group")
    if group:
        if group in GROUPS:
            state = replace(state, group=group)
        else:
            notices.append(f"ignored URL parameter group={group}: use one of {', '.join(GROUPS)}")
    if view.get("x0") or view.get("x1"):
        try:
            x0, x1 = parse_iso_day(view.get("x0", "")), parse_iso_day(view.get("x1", ""))
            if x1 < x0:
                raise DateParseError("x1 is before x0")
            state = replace(state, x0=x0, x1=x1)
        except DateParseError as exc:
            notices.append(f"ignored the zoom window in the URL (x0, x1): {exc}")
    if view.get("event"):
        state = replace(state, event=view["event"])
    if view.get("rollup"):
        if view["rollup"] in ROLLUPS:
            state = replace(state, rollup=True)
        else:
            notices.append(f"ignored URL parameter rollup={view['rollup']}: use rollup=state")
    if view.get("window"):
        if view["window"] == WINDOW_ONLY:
            state = replace(state, window_only=True)
        else:
            notices.append(f"ignored URL parameter window={view['window']}: use window={WINDOW_ONLY}")
    if view.get("changes_since"):
        try:
            state = replace(state, changes_since=read_changes_since(view["changes_since"]))
        except ValueError as exc:
            notices.append(f"ignored URL parameter changes_since={view['changes_since'][:40]}: {exc}")
    return state, notices


def read_changes_since(value: str) -> str:
    """The "what changed since" text as the briefing takes it (`tracker brief --since` and `--changes-since` read it
    so), stripped; ValueError says why it is not read. The text is kept, not the instant, as the box shows it."""
    value = value.strip()[:MAX_TEXT]
    changes_instant(value)
    since_instant(value)
    return value


def now_if_later(f: EventFilter, now: dt.datetime | None = None) -> tuple[EventFilter, str | None]:
    """`f` without an `as_of` later than `now` (default: the clock), and the note saying so (None when kept).

    The store knows nothing after now, so such a view is today's data: shown as a past one it said "as known on
    1 Jan 2030, editing is off". Today's date is later too, as a day means its end."""
    if f.as_of is None or f.as_of <= (now or dt.datetime.now(dt.timezone.utc)):
        return f, None
    return replace(f, as_of=None), f"As of {format_instant(f.as_of)} {LATER_THAN_NOW}: this is the chronology as known now"
