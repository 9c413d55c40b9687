"""Reading only the events a filter can select, so a narrow export of a large store does not load it all.

The filter is first resolved (`tracker.selection.resolve_filter`) against small tables: all
actors, processes and venues, and the distinct process, venue and round values of the events.
Its narrow parts (process, venue, round, actor, dates, text) then become one SQL condition that
holds for every event the filter selects (and may hold for a few more); the store reads those
events and their actors, sources, quotes and links in the order a whole load reads them.
`select_resolved` on these tables gives exactly what `select` gives on the whole store, because
every part of a filter is a test of one event's own rows.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

from tracker.filters import EventFilter, matching_actor_ids
from tracker.frames import coerce
from tracker.models import Tables
from tracker.resolve import ProcessIndex, VenueIndex, fold
from tracker.selection import Resolved, resolve_filter

if TYPE_CHECKING:  # the store that calls these functions (no import at run time: it imports this module)
    from tracker.store.base import SQLStore

#: The filter fields SQL asks about; a filter with none of them reads the whole store.
NARROW_FIELDS = ("processes", "venues", "rounds", "actors", "date_from", "date_to", "text")
#: Child table -> its event column.
CHILDREN = {"event_actors": "event_id", "sources": "event_id", "quotes": "event_id", "event_links": "from_event_id"}
REFERENCE = ("actors", "processes", "venues")


def narrows(f: EventFilter) -> bool:
    """True when `f` has a part SQL can narrow the events by."""
    return any(getattr(f, name) for name in NARROW_FIELDS)


def _marks(store: SQLStore, values: list) -> str:
    return ", ".join([store.placeholder] * len(values))


def _distinct(store: SQLStore, column: str, where: str = "", params: list | None = None) -> list:
    """The distinct stored values of an events column (as stored: not stripped, not folded)."""
    cursor = store.conn.cursor()
    cursor.execute(f"SELECT DISTINCT {column} FROM events {where}", params or [])
    return [row[0] for row in cursor.fetchall() if row[0] is not None]


def _distinct_indexed(store: SQLStore, column: str) -> list:
    """`_distinct` of an indexed column, read by hopping from one value to the next in its index.

    A plain SELECT DISTINCT reads every index entry (0.2-0.3 s at 1M events); each hop is
    one index search, so 50 processes cost 50 searches (the "loose index scan").
    """
    cursor = store.conn.cursor()
    cursor.execute(f"WITH RECURSIVE hops(value) AS (SELECT MIN({column}) FROM events UNION ALL "
                   f"SELECT (SELECT MIN({column}) FROM events WHERE {column} > hops.value) FROM hops "
                   f"WHERE hops.value IS NOT NULL) SELECT value FROM hops WHERE value IS NOT NULL")
    return [row[0] for row in cursor.fetchall()]


def filter_context(store: SQLStore, f: EventFilter) -> tuple[Tables, dict[str, list]]:
    """The tables `resolve_filter` needs for `f`, and the stored process and venue values.

    The events frame holds only what `resolve_filter` reads: the distinct processes and venues
    (when `f` asks for them) and the asked-for rounds some event has.
    """
    raw: dict[str, list] = {}
    if f.processes:
        raw["process"] = _distinct_indexed(store, "process")
    if f.venues:
        raw["venue"] = _distinct_indexed(store, "venue")
    if f.rounds:
        rounds = [int(r) for r in f.rounds]
        raw["round_number"] = _distinct(store, "round_number", f"WHERE round_number IN ({_marks(store, rounds)})", rounds)
    if f.tags:  # the tag cells the store holds, so that a tag some event has is not noted as missing
        raw["tags"] = _distinct(store, "tags", "WHERE tags IS NOT NULL")
    longest = max((len(values) for values in raw.values()), default=0)
    lean = pd.DataFrame({column: list(values) + [None] * (longest - len(values)) for column, values in raw.items()},
                        dtype=object)
    tables = Tables(events=coerce("events", lean), **{table: store._read(table) for table in REFERENCE})
    return tables, raw


def _stored_among(raw: list, wanted: set[str]) -> list:
    """The stored values that `filters._in_category` keeps for `wanted` (folded names), as stored."""
    return [value for value in raw if str(value).strip() and fold(str(value).strip()) in wanted]


def condition(store: SQLStore, f: EventFilter, context: Tables, raw: dict[str, list]) -> tuple[str, list] | None:
    """SQL over `events` and its parameters, true for every event the resolved filter `f` selects.

    None when no event can match (a name that matches nothing, a text with no word).
    """
    p = store.placeholder
    parts: list[str] = []
    params: list = []

    def among(sql: str, values: list) -> bool:
        parts.append(sql.format(marks=_marks(store, values)))
        params.extend(values)
        return bool(values)

    if f.processes:
        index = ProcessIndex(context.processes)
        wanted = {fold(index.resolve(name) or name) for name in f.processes}
        if not among("process IN ({marks})", _stored_among(raw["process"], wanted)):
            return None
    if f.venues:
        venues = VenueIndex(context.venues)
        wanted = set().union(*(venues.names_for(name) for name in f.venues))
        if not among("venue IN ({marks})", _stored_among(raw["venue"], wanted)):
            return None
    if f.rounds and not among("round_number IN ({marks})", [int(r) for r in f.rounds]):
        return None
    if f.actors and not among("event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN ({marks}))",
                              sorted(matching_actor_ids(context, f.actors))):
        return None
    # Dates are stored as ISO text, so text order is date order; the day after `date_to` keeps
    # events that start at a time of day on it (the filter compares with its midnight).
    if f.date_from:
        parts.append(f"COALESCE(end_date, start_date) >= {p}")
        params.append(f.date_from.isoformat())
    if f.date_to:
        parts.append(f"start_date < {p}")
        params.append((f.date_to + dt.timedelta(days=1)).isoformat())
    if f.text:
        text = store._text_condition(f.text)
        if text is None:
            return None
        parts.append(text[0])
        params.extend(text[1])
    return " AND ".join(parts), params


def load_where(store: SQLStore, where: str, params: list, context: Tables) -> Tables:
    """The events matching `where` with their child rows, in stored order, and the reference tables of `context`."""
    events = f"SELECT event_id FROM events WHERE {where}"
    tables = {"events": store._read("events", f"WHERE {where} ORDER BY {store.order_of('events')}", params)}
    for table, key in CHILDREN.items():
        tables[table] = store._read(table, f"WHERE {key} IN ({events}) ORDER BY {store.order_of(table)}", params)
    return Tables(**tables, **{table: getattr(context, table) for table in REFERENCE})


def _count(store: SQLStore, where: str = "", params: list | None = None) -> int:
    cursor = store.conn.cursor()
    cursor.execute(f"SELECT COUNT(*) FROM events {where}", params or [])
    return int(cursor.fetchone()[0])


def _holds_at_least(store: SQLStore, count: int) -> bool:
    """True when the store holds `count` events or more, read up to the `count`th (not a count of them all)."""
    cursor = store.conn.cursor()
    cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM events LIMIT {store.placeholder}) AS head", [count])
    return int(cursor.fetchone()[0]) >= count


def narrow(store: SQLStore, f: EventFilter) -> tuple[Tables, Resolved] | None:
    """(tables holding every event `f` selects, `f` resolved against the whole store); None when `f` does not narrow.

    A filter that keeps more than half the events (`--from 1900`) is read whole: a whole load is faster then.
    """
    if not narrows(f):
        return None
    context, raw = filter_context(store, f)
    resolved = resolve_filter(context, f)
    found = condition(store, resolved.filter, context, raw)
    if found is None:
        return context.replace(events=Tables().events), resolved
    if not _holds_at_least(store, 2 * _count(store, f"WHERE {found[0]}", found[1])):
        return None
    return load_where(store, *found, context), resolved
