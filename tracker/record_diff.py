"""What differs between two records of one event (the history's JSON: its row, actors, sources, quotes, links), as
the history, the "What changed since" section and a brief's NEW/CHANGED marks read it."""
from __future__ import annotations

from typing import Any

from tracker.models import SCHEMAS

#: record key -> (table, the event's key column in it, the columns kept in the record)
CHILDREN: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "actors": ("event_actors", "event_id", ("actor_id", "role")),
    "sources": ("sources", "event_id", ("source_id", "publisher", "title", "url", "published_at")),
    "quotes": ("quotes", "event_id", ("quote_id", "source_id", "speaker", "text")),
    "links": ("event_links", "from_event_id", ("to_event_id", "link_type")),
}
EVENT_COLUMNS = tuple(SCHEMAS["events"])
#: Columns an import rewrites without the event changing (a re-import of the same file records nothing).
STAMPS = ("created_at", "updated_at")


def diff(before: dict | None, after: dict | None) -> dict[str, tuple[Any, Any]]:
    """Changed fields between two records (None: no event)."""
    old_event = (before or {}).get("event", {})
    new_event = (after or {}).get("event", {})
    out: dict[str, tuple[Any, Any]] = {}
    for column in EVENT_COLUMNS:
        if column in STAMPS or column == "event_id":
            continue
        old, new = old_event.get(column), new_event.get(column)
        if old != new:
            out[column] = (old, new)
    for key in CHILDREN:
        old, new = (before or {}).get(key, []), (after or {}).get(key, [])
        if old != new:
            out[key] = (old, new)
    return out


__all__ = ["CHILDREN", "EVENT_COLUMNS", "STAMPS", "diff"]
