"""JSON export: events with their actors, sources (with quotes) and links nested."""
from __future__ import annotations

import json

import pandas as pd

from tracker.models import Tables


def _plain(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        if value == value.normalize():
            return value.date().isoformat()
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if hasattr(value, "item"):
        return value.item()
    return value


def events_as_records(tables: Tables, events: pd.DataFrame) -> list[dict]:
    """The nested records of the JSON export, in the order of `events`."""
    ids = set(events["event_id"])
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors: dict[str, list] = {}
    for row in tables.event_actors[tables.event_actors["event_id"].isin(ids)].itertuples(index=False):
        actors.setdefault(row.event_id, []).append({"actor_id": row.actor_id, "name": names.get(row.actor_id, row.actor_id), "role": row.role})
    quotes: dict[str, list] = {}
    for row in tables.quotes[tables.quotes["event_id"].isin(ids)].itertuples(index=False):
        quotes.setdefault(row.source_id, []).append({"speaker": _plain(row.speaker), "text": _plain(row.text)})
    sources: dict[str, list] = {}
    for row in tables.sources[tables.sources["event_id"].isin(ids)].itertuples(index=False):
        sources.setdefault(row.event_id, []).append({
            "source_id": row.source_id, "publisher": _plain(row.publisher), "title": _plain(row.title),
            "url": _plain(row.url), "published_at": _plain(row.published_at), "quotes": quotes.get(row.source_id, [])})
    links: dict[str, list] = {}
    for row in tables.event_links[tables.event_links["from_event_id"].isin(ids)].itertuples(index=False):
        links.setdefault(row.from_event_id, []).append({"link_type": row.link_type, "to_event_id": row.to_event_id})
    records = []
    for record in events.to_dict("records"):
        out = {k: _plain(v) for k, v in record.items()}
        out.update(actors=actors.get(out["event_id"], []), sources=sources.get(out["event_id"], []),
                   links=links.get(out["event_id"], []))
        records.append(out)
    return records


def to_json_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """`{"events": [...]}` as UTF-8 JSON (non-ASCII kept as is)."""
    return json.dumps({"events": events_as_records(tables, events)}, ensure_ascii=False, indent=2).encode("utf-8")
