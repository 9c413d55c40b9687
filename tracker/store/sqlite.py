"""The default store: one SQLite file, with an FTS5 index for text search."""
from __future__ import annotations

import os
import sqlite3
from urllib.parse import quote
from pathlib import Path
from typing import Any

import numpy as np

from tracker.store.base import SQLStore
from tracker.store.errors import StoreError, check_foreign, check_tables
from tracker.store.migrations import CJK_TEXT_INDEX, TEXT_INDEX_ROWS
from tracker.store.serving import ServingQueries
from tracker.store.text_index import fts5_query, sqlite_body

#: Seconds to wait for another program's lock on the store before saying it is locked.
BUSY_TIMEOUT = 10.0


def busy_timeout() -> float:
    """TRACKER_BUSY_TIMEOUT (seconds) if set, else BUSY_TIMEOUT."""
    return float(os.environ.get("TRACKER_BUSY_TIMEOUT") or BUSY_TIMEOUT)


def _writable(path: Path) -> bool:
    """Whether the store at `path` can be written: the file (when it exists) and its folder (journal, WAL files).

    Asks the kernel with the effective ids (`access`), so it is right for root without CAP_DAC_OVERRIDE
    and on a read-only mount too; a missing folder counts as writable (it is created). Never by opening the
    file: closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's locks
    of a connection already open included, and the next program to close the store then deletes its WAL.
    """
    if path.exists() and not _may(path, os.W_OK):
        return False
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return _may(folder, os.W_OK | os.X_OK)


def _may(path: Path, mode: int) -> bool:
    """`access(path, mode)` with the effective user and group, where the platform can ask so."""
    if os.access in os.supports_effective_ids:
        return os.access(path, mode, effective_ids=True)
    return os.access(path, mode)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: `mode=ro`; `immutable=1` when a WAL store's folder cannot hold its -shm file."""
    if not path.exists():
        raise StoreError("no such file (nothing was created)")
    uri = f"file:{quote(str(path.resolve()))}"
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False, timeout=busy_timeout())
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if os.access(path.parent, os.W_OK) or "malformed" in str(exc) or "not a database" in str(exc):
            raise
    # A WAL store in a read-only folder: nobody can be writing it, so read the file as it is.
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)


def _schema(conn: sqlite3.Connection) -> tuple[list[str], list[str] | None]:
    """The tables in the database and the migrations applied (None when there is no migrations table)."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    applied = [row[0] for row in conn.execute("SELECT name FROM migrations")] if "migrations" in tables else None
    return tables, applied


def _reason(exc: sqlite3.Error) -> str:
    """The driver's message, with what to do about a lock."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{text} (another program holds a lock on it; waited {busy_timeout():g} s: try again when it is done)"
    return text


#: The text index: FTS5 words as unicode61 splits them, accents folded (CJK runs: see `text_index`).
FTS_TABLE = ("CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, "
             "tokenize = 'unicode61 remove_diacritics 2')")
#: The text an event is found by (title, summary, its quotes), as `text_index.sqlite_body` gives it to FTS5
#: (the SQL function `tracker_fts_body`, registered on every connection), from `events e` and `q.body`.
FTS_BODY = ("tracker_fts_body(COALESCE(e.title, '') || ' ' || COALESCE(e.summary, '') || ' ' || "
            "COALESCE(q.body, ''))")


class SQLiteStore(ServingQueries, SQLStore):
    """A chronology in a SQLite file, created and migrated on first use."""

    placeholder = "?"
    #: Whether the text index holds CJK bigrams (False: a read-only store made before migration 0009).
    bigrams_indexed = True

    def begin_consistent_read(self) -> None:
        """Read every following query from one state until the commit: a read transaction, which WAL keeps."""
        self.conn.commit()
        self.conn.execute("BEGIN")

    def __init__(self, path: str | Path, read_only: bool = False):
        path = Path(path)
        memory = str(path) == ":memory:"
        #: True when opened for reading only: asked for, or the file or its folder cannot be written.
        self.read_only = not memory and (read_only or not _writable(path))
        conn = None
        try:
            if self.read_only:
                conn = _connect_read_only(path)
                tables, applied = _schema(conn)
                check_foreign(tables)
                check_tables(tables, applied, read_only=True)
                self.bigrams_indexed = CJK_TEXT_INDEX in applied
            else:
                if not memory:
                    path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), check_same_thread=False, timeout=busy_timeout())
                check_foreign(_schema(conn)[0])
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.create_function("tracker_fts_body", 1, sqlite_body, deterministic=True)
            super().__init__(conn, str(path))
            if not self.read_only:
                self.migrate()
                check_tables(*_schema(conn))
        except (sqlite3.Error, OSError, StoreError) as exc:
            if conn is not None:
                conn.close()
            raise (exc if isinstance(exc, StoreError) else StoreError(_reason(exc))) from None

    def change_token(self) -> int:
        """SQLite's data_version: it changes when another connection commits, not after this one's writes."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def reopen(self) -> "SQLiteStore":
        return SQLiteStore(self.location, read_only=self.read_only)

    def _applied_migrations(self, cursor: Any) -> set[str]:
        cursor.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        cursor.execute("SELECT name FROM migrations")
        return {row[0] for row in cursor.fetchall()}

    def _after_migration(self, cursor: Any, name: str) -> None:
        if name == "0001_initial":
            cursor.execute(FTS_TABLE)
        if name == TEXT_INDEX_ROWS:
            cursor.execute("CREATE TABLE fts_rows (event_id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL)")
            cursor.execute("INSERT INTO fts_rows (event_id, fts_rowid) SELECT event_id, rowid FROM events_fts")

    def _upsert_sql(self, table: str, columns: list[str], keys: tuple[str, ...]) -> str:
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({', '.join(keys)}) {action}"

    def _index_text(self, cursor: Any, event_ids: list[str]) -> None:
        # event_id is not indexed in FTS5: the rows to delete are found by their row numbers (`fts_rows`, migration
        # 0011); a store without that table deletes in one pass over the index for the whole batch.
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS fts_touched (event_id TEXT PRIMARY KEY)")
        cursor.execute("DELETE FROM fts_touched")
        cursor.executemany("INSERT OR IGNORE INTO fts_touched (event_id) VALUES (?)", [(e,) for e in event_ids])
        mapped = self._has_fts_rows(cursor)
        if mapped:
            cursor.execute("DELETE FROM events_fts WHERE rowid IN (SELECT fts_rowid FROM fts_rows "
                           "WHERE event_id IN (SELECT event_id FROM fts_touched))")
            cursor.execute("DELETE FROM fts_rows WHERE event_id IN (SELECT event_id FROM fts_touched)")
        else:
            cursor.execute("DELETE FROM events_fts WHERE event_id IN (SELECT event_id FROM fts_touched)")
        last = cursor.execute("SELECT COALESCE(MAX(rowid), 0) FROM events_fts").fetchone()[0]
        cursor.execute(
            f"""INSERT INTO events_fts (event_id, body)
               SELECT e.event_id, {FTS_BODY}
               FROM fts_touched t JOIN events e ON e.event_id = t.event_id
               LEFT JOIN (SELECT event_id, group_concat(text, ' ') AS body FROM quotes
                          WHERE event_id IN (SELECT event_id FROM fts_touched) GROUP BY event_id) q
                 ON q.event_id = e.event_id"""
        )
        if mapped:  # the rows just written are the ones after the last one left
            cursor.execute("INSERT INTO fts_rows (event_id, fts_rowid) SELECT event_id, rowid FROM events_fts WHERE rowid > ?",
                           (last,))
        cursor.execute("DELETE FROM fts_touched")

    @staticmethod
    def _has_fts_rows(cursor: Any) -> bool:
        return cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fts_rows'").fetchone() is not None

    def _rebuild_text_index(self, cursor: Any) -> None:
        """Index every event's text again, in a new index (a migration that changes what is indexed; dropping
        the table is much faster than deleting its rows)."""
        cursor.execute("DROP TABLE events_fts")
        cursor.execute(FTS_TABLE)
        cursor.execute(
            f"""INSERT INTO events_fts (event_id, body)
                SELECT e.event_id, {FTS_BODY} FROM events e
                LEFT JOIN (SELECT event_id, group_concat(text, ' ') AS body FROM quotes GROUP BY event_id) q
                  ON q.event_id = e.event_id ORDER BY e.rowid"""
        )
        if self._has_fts_rows(cursor):
            cursor.execute("DELETE FROM fts_rows")
            cursor.execute("INSERT INTO fts_rows (event_id, fts_rowid) SELECT event_id, rowid FROM events_fts")

    def search_text(self, text: str) -> set[str]:
        """Event ids matching every word of `text` as a prefix, from the FTS5 index."""
        query = fts5_query(text, self.bigrams_indexed)
        if query is None:
            return set()
        rows = self.conn.execute("SELECT event_id FROM events_fts WHERE events_fts MATCH ?", (query,)).fetchall()
        return {row[0] for row in rows}

    def _text_condition(self, text: str) -> tuple[str, list] | None:
        query = fts5_query(text, self.bigrams_indexed)
        if query is None:
            return None
        return "event_id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)", [query]

    def search_rowids(self, text: str) -> np.ndarray:
        """Rowids in `events_fts` of the rows `search_text` finds (index only, for callers that map rowids)."""
        query = fts5_query(text, self.bigrams_indexed)
        if query is None:
            return np.zeros(0, dtype=np.int64)
        # One string from SQLite, parsed by numpy: a common word matches hundreds of thousands of
        # rows, and a Python tuple per row costs more than the index lookup itself.
        joined = self.conn.execute("SELECT group_concat(rowid, ' ') FROM events_fts WHERE events_fts MATCH ?",
                                   (query,)).fetchone()[0]
        return np.fromstring(joined or "", dtype=np.int64, sep=" ")

