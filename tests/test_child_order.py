"""An event's actors, sources, quotes and links come back in the order they were written, on both engines.

PostgreSQL read them in physical order (ctid), which moves when a row is updated in place or written into
space a vacuum freed: an event's first source, the one a briefing cites first, could become its last.
"""
from __future__ import annotations

import pandas as pd

from tracker.dashboard.data import DashboardData
from tracker.frames import coerce
from tracker.models import Tables
from tracker.store import open_store

NOW = pd.Timestamp("2025-01-02 03:04:05")
EVENT = "order-test-1"
#: Written in this order, which is no sorted order of their ids.
SOURCES = ["s-zeta", "s-alpha", "s-mu"]
ACTORS = [("kazakhstan", "host"), ("russia", "participant"), ("iran", "participant")]


def _event() -> Tables:
    event = coerce("events", pd.DataFrame([{
        "event_id": EVENT, "title": "Order test", "event_type": "meeting", "status": "held",
        "start_date": pd.Timestamp("2023-06-21"), "date_precision": "day", "review_state": "confirmed",
        "created_at": NOW, "updated_at": NOW}]))
    sources = coerce("sources", pd.DataFrame([{"source_id": s, "event_id": EVENT, "publisher": f"P {s}",
                                               "url": f"https://example.org/{s}"} for s in SOURCES]))
    quotes = coerce("quotes", pd.DataFrame([{"quote_id": f"q-{s}", "event_id": EVENT, "source_id": s,
                                             "speaker": "A spokesman", "text": f"words from {s}"} for s in SOURCES]))
    actors = coerce("event_actors", pd.DataFrame([{"event_id": EVENT, "actor_id": a, "role": r} for a, r in ACTORS]))
    return Tables(events=event, sources=sources, quotes=quotes, event_actors=actors)


def _move_first_rows(store) -> None:
    """Update each table's first-written row in place: PostgreSQL writes the new version after the others."""
    cursor = store.conn.cursor()
    p = store.placeholder
    cursor.execute(f"UPDATE sources SET title = 'moved' WHERE source_id = {p}", (SOURCES[0],))
    cursor.execute(f"UPDATE quotes SET speaker = speaker WHERE quote_id = {p}", (f"q-{SOURCES[0]}",))
    cursor.execute(f"UPDATE event_actors SET role = role WHERE actor_id = {p}", (ACTORS[0][0],))
    store.conn.commit()


def _orders(tables: Tables) -> tuple[list, list, list]:
    mine = {name: frame[frame["event_id"] == EVENT] for name, frame in
            (("sources", tables.sources), ("quotes", tables.quotes), ("actors", tables.event_actors))}
    return (list(mine["sources"]["source_id"]), list(mine["quotes"]["source_id"]),
            list(zip(mine["actors"]["actor_id"], mine["actors"]["role"])))


def test_an_events_rows_come_back_in_the_order_they_were_written(empty_store, shipped):
    empty_store.save(shipped)
    empty_store.save(_event())
    _move_first_rows(empty_store)
    written = (SOURCES, SOURCES, ACTORS)
    assert _orders(empty_store.load()) == written
    subset = DashboardData.load(empty_store).subset([EVENT])
    assert _orders(subset) == written
    record = empty_store.event_record(EVENT) if hasattr(empty_store, "event_record") else None
    if record is not None:
        assert [row[0] for row in record["sources"]] == SOURCES  # the history records it in the same order


def test_a_postgres_store_made_before_the_order_column_gets_it_in_the_order_it_reads(empty_store, shipped):
    if type(empty_store).__name__ != "PostgresStore":
        return  # SQLite's rowids already grow in the order rows are written
    empty_store.save(shipped)
    empty_store.save(_event())
    cursor = empty_store.conn.cursor()
    for table in ("event_actors", "sources", "quotes", "event_links"):
        cursor.execute(f"ALTER TABLE {table} DROP COLUMN seq")
    cursor.execute("DELETE FROM migrations WHERE name = '0010_child_order'")
    empty_store.conn.commit()
    location = empty_store._url
    reader = open_store(location, read_only=True)  # an old store is still read, in its physical order
    try:
        assert _orders(reader.load()) == (SOURCES, SOURCES, ACTORS)
    finally:
        reader.close()
    upgraded = open_store(location)
    try:
        _move_first_rows(upgraded)
        assert _orders(upgraded.load()) == (SOURCES, SOURCES, ACTORS)
    finally:
        upgraded.close()
