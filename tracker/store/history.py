"""The append-only history of every event: records, changes, versions and the errors of the edit API.

Every write to an event (import, ingest, edit, delete, undo, review, merge) adds one row per event it
changes to the `changes` table, in the write's own transaction: the event's whole *record* before and
after (its row, actors with roles, sources, quotes and outgoing links, as the SQL values stored), who
and when. A NULL `before` is a creation, a NULL `after` a deletion. `events.version` counts an event's
changes, so an edit can say which version it started from (optimistic concurrency).

A record is a dict: {"event_id", "version", "event": {column: value}, "actors": [[actor_id, role]],
"sources": [[source_id, publisher, title, url, published_at]], "quotes": [[quote_id, source_id,
speaker, text]], "links": [[to_event_id, link_type]]}; child lists keep the stored order (the order the analyst
gave actors and sources in: an edit, a delete and its undo put them back in it), so a reorder is a change. Records
written before 2026-12-05 have them sorted.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable

import pandas as pd

from tracker.frames import coerce
from tracker.models import SCHEMAS, Tables
from tracker.record_diff import CHILDREN, EVENT_COLUMNS, STAMPS, diff  # noqa: F401 - part of this module's API
from tracker.edits import EditRefused  # defined in the core, which checks edits; exported here
from tracker.instants import as_instant, format_instant  # noqa: F401 - part of this module's API

CHANGE_COLUMNS = ("change_id", "event_id", "version", "action", "user", "changed_at", "kind", "title", "fields")


def default_user() -> str:
    """Who writes when no one is named: $TRACKER_USER, else the OS login name."""
    try:
        return os.environ.get("TRACKER_USER") or getpass.getuser()
    except Exception:  # no login name (a container without a passwd entry)
        return "unknown"


def now_utc() -> dt.datetime:
    """The current instant, timezone-aware UTC."""
    return dt.datetime.now(dt.timezone.utc)


def stamp(instant: dt.datetime) -> str:
    """A UTC instant as the fixed-width text stored in `changes.changed_at` (sorts as time does)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.timezone.utc)
    return instant.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Change:
    """One recorded change of one event: `before` None = created, `after` None = deleted."""

    change_id: int
    event_id: str
    version: int  # the event's version after this change (a deletion counts as one)
    action: str  # import, ingest, edit, create, delete, undo, review accept, ...
    user: str
    changed_at: dt.datetime  # aware, UTC
    before: dict | None
    after: dict | None
    warnings: tuple[str, ...] = field(default=(), compare=False)
    #: False when an edit changed nothing: this is then the change that made the stored version.
    recorded: bool = field(default=True, compare=False)

    @property
    def kind(self) -> str:
        """created, deleted or edited."""
        return "created" if self.before is None else "deleted" if self.after is None else "edited"

    @property
    def title(self) -> str:
        """The event's title after the change (before it, for a deletion)."""
        record = self.after or self.before or {}
        return str(record.get("event", {}).get("title") or "")

    def fields(self) -> dict[str, tuple[Any, Any]]:
        """What changed, field by field: name -> (before, after); children as whole lists."""
        return diff(self.before, self.after)

    def describe(self) -> str:
        """One line per changed field: `title: 'old' -> 'new'`."""
        return "\n".join(f"{name}: {_show(old)} -> {_show(new)}" for name, (old, new) in self.fields().items())


class EditConflict(Exception):
    """An edit started from a version that is no longer the stored one; nothing was written.

    `current` is the stored record (None: the event is deleted) and `change` the change that made
    it (who and when), so the person editing can see the other person's work before trying again.
    """

    def __init__(self, event_id: str, expected: int | None, current: dict | None, change: Change | None):
        self.event_id, self.expected, self.current, self.change = event_id, expected, current, change
        who = f" by {change.user} at {change.changed_at:%Y-%m-%d %H:%M:%S} UTC" if change else ""
        now = f"version {current['version']}" if current else "deleted"
        super().__init__(f"event {event_id} was changed{who} (it is now {now}; you edited version {expected}); "
                         "nothing was saved: look at the change and edit again")


class UndoConflict(EditConflict):
    """An undo asked for one change, and the event's last change is now another (someone undid or edited it
    since): undoing now would undo their work, so nothing was written."""

    def __init__(self, event_id: str, expected: int, current: dict | None, change: Change | None):
        self.event_id, self.expected, self.current, self.change = event_id, expected, current, change
        since = (f"{change.user} made version {change.version} ({change.action}) at {change.changed_at:%Y-%m-%d %H:%M:%S} UTC"
                 if change else "its history changed")
        Exception.__init__(self, f"version {expected} of event {event_id}, which you meant to undo, is no longer its "
                                 f"last change: {since}; nothing was undone: look at its history and try again")


# --- records ------------------------------------------------------------------------------

def make_records(event_rows: list[tuple], children: dict[str, list[tuple]]) -> dict[str, dict]:
    """Records by event id from SQL rows: events rows (EVENT_COLUMNS + version) and, per record key,
    child rows whose first value is the event id and the rest the record's columns."""
    records: dict[str, dict] = {}
    width = len(EVENT_COLUMNS)
    for row in event_rows:  # a million events pass here on a large import: no work that is not needed
        event_id = row[0] if type(row[0]) is str else str(row[0])
        records[event_id] = {"event_id": event_id, "version": int(row[width]), "event": dict(zip(EVENT_COLUMNS, row)),
                             "actors": [], "sources": [], "quotes": [], "links": []}
    for key, rows in children.items():
        get = records.get
        for row in rows:
            record = get(row[0] if type(row[0]) is str else str(row[0]))
            if record is not None:
                record[key].append(list(row[1:]))
    return records


def content(record: dict | None) -> str | None:
    """The record without version and time stamps, as comparable text (None stays None)."""
    if record is None:
        return None
    event = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in record["event"].items() if k not in STAMPS}
    return json.dumps([event, *(record[key] for key in CHILDREN)], sort_keys=True, default=str)


_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=str)


def dumps(record: dict | None) -> str | None:
    """A record as the JSON text stored in `changes`."""
    return None if record is None else _ENCODER.encode(record)


def loads(text: str | None) -> dict | None:
    """A stored record back from its JSON text."""
    return None if text is None else json.loads(text)


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + "; ".join(" ".join(str(v) for v in item if v is not None) for item in value) + "]"
    return repr(value)


def records_to_tables(records: Iterable[dict]) -> Tables:
    """The events and child rows of these records as Tables (reference tables empty)."""
    records = list(records)
    events = [[r["event"].get(c) for c in EVENT_COLUMNS] for r in records]
    frames: dict[str, pd.DataFrame] = {"events": coerce("events", pd.DataFrame(events, columns=list(EVENT_COLUMNS), dtype=object))}
    for key, (table, event_key, columns) in CHILDREN.items():
        rows = [[r["event_id"], *item] for r in records for item in r[key]]
        frame = pd.DataFrame(rows, columns=[event_key, *columns], dtype=object)
        frames[table] = coerce(table, frame[[c for c in SCHEMAS[table]]] if len(frame.columns) else frame)
    return Tables(**frames)


def change_from_row(row: tuple) -> Change:
    """A Change from a `changes` row (id, event_id, version, action, user_name, changed_at, before, after)."""
    change_id, event_id, version, action, user, changed_at, before, after = row
    return Change(int(change_id), str(event_id), int(version), str(action), str(user),
                  dt.datetime.fromisoformat(str(changed_at)), loads(before), loads(after))


def changes_frame(changes: list[Change]) -> pd.DataFrame:
    """Changes as a frame (CHANGE_COLUMNS): one row each, `fields` the names of what changed."""
    rows = [(c.change_id, c.event_id, c.version, c.action, c.user, pd.Timestamp(c.changed_at), c.kind, c.title,
             ", ".join(c.fields())) for c in changes]
    return pd.DataFrame(rows, columns=list(CHANGE_COLUMNS)).astype({"change_id": "int64", "version": "int64"})


__all__ = ["CHANGE_COLUMNS", "CHILDREN", "Change", "EditConflict", "EditRefused", "as_instant", "changes_frame",
           "content", "default_user", "diff", "make_records", "records_to_tables", "stamp"]
