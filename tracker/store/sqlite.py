"""The default store: one SQLite file, with an FTS5 index for text search."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

from tracker.store.base import SQLStore
from tracker.store.serving import ServingQueries

_WORD = re.compile(r"\w+", re.UNICODE)


class SQLiteStore(ServingQueries, SQLStore):
    """A chronology in a SQLite file, created and migrated on first use."""

    placeholder = "?"

    def __init__(self, path: str | Path):
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        super().__init__(conn, str(path))
        self.migrate()

    def change_token(self) -> int:
        """SQLite's data_version: it changes when another connection commits, not after this one's writes."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def reopen(self) -> "SQLiteStore":
        return SQLiteStore(self.location)

    def _applied_migrations(self, cursor: Any) -> set[str]:
        cursor.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        cursor.execute("SELECT name FROM migrations")
        return {row[0] for row in cursor.fetchall()}

    def _after_migration(self, cursor: Any, name: str) -> None:
        if name == "0001_initial":
            cursor.execute(
                "CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )

    def _upsert_sql(self, table: str, columns: list[str], keys: tuple[str, ...]) -> str:
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({', '.join(keys)}) {action}"

    def _index_text(self, cursor: Any, event_ids: list[str]) -> None:
        # One pass over the index for the whole batch: event_id is not indexed in FTS5,
        # so deleting chunk by chunk would scan the index once per chunk.
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS fts_touched (event_id TEXT PRIMARY KEY)")
        cursor.execute("DELETE FROM fts_touched")
        cursor.executemany("INSERT OR IGNORE INTO fts_touched (event_id) VALUES (?)", [(e,) for e in event_ids])
        cursor.execute("DELETE FROM events_fts WHERE event_id IN (SELECT event_id FROM fts_touched)")
        cursor.execute(
            """INSERT INTO events_fts (event_id, body)
               SELECT e.event_id, COALESCE(e.title, '') || ' ' || COALESCE(e.summary, '') || ' ' || COALESCE(q.body, '')
               FROM fts_touched t JOIN events e ON e.event_id = t.event_id
               LEFT JOIN (SELECT event_id, group_concat(text, ' ') AS body FROM quotes
                          WHERE event_id IN (SELECT event_id FROM fts_touched) GROUP BY event_id) q
                 ON q.event_id = e.event_id"""
        )
        cursor.execute("DELETE FROM fts_touched")

    def search_text(self, text: str) -> set[str]:
        """Event ids matching every word of `text` as a prefix, from the FTS5 index."""
        query = match_expression(text)
        if query is None:
            return set()
        rows = self.conn.execute("SELECT event_id FROM events_fts WHERE events_fts MATCH ?", (query,)).fetchall()
        return {row[0] for row in rows}

    def _text_condition(self, text: str) -> tuple[str, list] | None:
        query = match_expression(text)
        if query is None:
            return None
        return "event_id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)", [query]

    def search_rowids(self, text: str) -> np.ndarray:
        """Rowids in `events_fts` of the rows `search_text` finds (index only, for callers that map rowids)."""
        query = match_expression(text)
        if query is None:
            return np.zeros(0, dtype=np.int64)
        # One string from SQLite, parsed by numpy: a common word matches hundreds of thousands of
        # rows, and a Python tuple per row costs more than the index lookup itself.
        joined = self.conn.execute("SELECT group_concat(rowid, ' ') FROM events_fts WHERE events_fts MATCH ?",
                                   (query,)).fetchone()[0]
        return np.fromstring(joined or "", dtype=np.int64, sep=" ")


def match_expression(text: str) -> str | None:
    """The FTS5 query for `text`: every word as a prefix, all required; None when there is no word."""
    words = _WORD.findall(text)
    return " AND ".join(f'"{w}"*' for w in words) if words else None
