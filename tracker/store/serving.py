"""The reads a serving dashboard needs, as Store methods in the SQL SQLite and PostgreSQL share.

The dashboard never speaks SQL: it asks for the lean columns of events, their actor links, a
few titles or full rows, the text-index rows, and for what other processes changed since it
last looked (`touched_since`). `SQLStore` inherits these; a new engine gets them by being a
DB-API store with `placeholder` and `order_of` (what orders a table's rows as they were written).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, NamedTuple

import pandas as pd

from tracker.frames import coerce
from tracker.models import SCHEMAS

#: The lean columns in the order `lean_rows` gives them, after the event id (text trimmed as a load would).
LEAN_SELECT = ("event_id", "TRIM(event_type)", "TRIM(status)", "start_date", "end_date", "TRIM(date_precision)",
               "TRIM(process)", "round_number", "TRIM(venue)", "TRIM(review_state)", "TRIM(tags)")
#: Rows fetched at a time, so no per-row Python object of a million-event read outlives its chunk.
FETCH = 100_000
#: What differs between the engines here: the key of the log table, and whether a read opens a transaction
#: that must be ended to see other writers (by Store class name: an engine is never guessed from its SQL).
SERIAL_KEY = {"SQLiteStore": "seq INTEGER PRIMARY KEY", "PostgresStore": "seq BIGSERIAL PRIMARY KEY"}
READS_IN_TRANSACTION = {"PostgresStore"}
#: How far back `touched_since` reads again: a PostgreSQL sequence number can commit after a higher one.
OVERLAP = 200
#: Log entries older than this are deleted, at most once an hour per connection, by a write: workers read the
#: entries of the last seconds, and a snapshot made before the log's last entry is never served (its key names
#: that entry), so only a copy more than this old could miss one. Without it the log grew by a row for every
#: event every write touched, for as long as the store was served.
TOUCHED_LOG_KEPT = dt.timedelta(days=7)
PRUNE_EVERY = dt.timedelta(hours=1)
PRUNE_ROWS = 50_000  # at most, by one write (a week-old import's million entries would slow one Save)
PRUNE_LOCK = 0x7072756E  # "prun": the advisory lock of the one writer that prunes (PostgreSQL)


class Touched(NamedTuple):
    """What `touched_since` found: the new mark, the events to re-read (sorted), and the log entries within
    OVERLAP of the new mark that were read (the `seen` of the next call)."""

    mark: int
    events: list[str]
    seen: frozenset[int]


class ServingQueries:
    """Mixin for `SQLStore`: the dashboard's reads and the touched-events log the workers share."""

    conn: Any
    placeholder: str
    location: str
    order_of: Callable[[str], str]

    # --- plumbing -----------------------------------------------------------------
    def _marks(self, n: int) -> str:
        return ", ".join([self.placeholder] * n)

    def _chunked(self, sql: str, values: list, size: int = 900) -> list[tuple]:
        """Rows of `sql` (with `{marks}` for an IN list) over `values`, `size` at a time."""
        cursor = self.conn.cursor()
        found: list[tuple] = []
        for start in range(0, len(values), size):
            chunk = values[start:start + size]
            cursor.execute(sql.format(marks=self._marks(len(chunk))), chunk)
            found.extend(cursor.fetchall())
        return found

    def _end_read(self) -> None:
        """End the read transaction (PostgreSQL), so the next read sees other writers' commits: for the streams,
        whose reads last past the call; every other read ends its own on PostgreSQL (`postgres.READS`)."""
        if type(self).__name__ in READS_IN_TRANSACTION:
            self.conn.commit()

    def _stream(self, sql: str, params: list | None = None) -> Iterator[list[tuple]]:
        cursor = self.conn.cursor()
        cursor.execute(sql, params or [])
        while rows := cursor.fetchmany(FETCH):
            yield rows
        self._end_read()

    # --- the lean copy ----------------------------------------------------------------
    def lean_rows(self, event_ids: list[str] | None = None) -> Iterator[list[tuple]]:
        """(event_id, event_type, status, start_date, end_date, date_precision, process, round_number, venue,
        review_state, tags) of every event (or of these), text trimmed, in chunks."""
        select = f"SELECT {', '.join(LEAN_SELECT)} FROM events"
        if event_ids is None:
            yield from self._stream(select)
            return
        yield self._chunked(select + " WHERE event_id IN ({marks})", list(event_ids))
        self._end_read()

    def lean_categories(self, column: str) -> list[str]:
        """The distinct trimmed, non-empty values of a lean text column, sorted."""
        if f"TRIM({column})" not in LEAN_SELECT:
            raise ValueError(f"{column!r} is not a lean text column")
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT DISTINCT TRIM({column}) FROM events WHERE TRIM({column}) != ''")
        values = sorted(str(row[0]) for row in cursor.fetchall())
        return values

    def actor_links(self, event_ids: list[str] | None = None) -> Iterator[list[tuple]]:
        """(event_id, actor_id) of every actor link (or of these events'), in the order a load reads them."""
        select = "SELECT event_id, actor_id FROM event_actors"
        if event_ids is None:
            yield from self._stream(f"{select} ORDER BY {self.order_of('event_actors')}")
            return
        yield self._chunked(select + " WHERE event_id IN ({marks}) ORDER BY " + self.order_of("event_actors"),
                            list(event_ids))
        self._end_read()

    def titles(self, event_ids: list[str]) -> dict[str, str]:
        """The title of each of these events that exists."""
        found = dict(self._chunked("SELECT event_id, title FROM events WHERE event_id IN ({marks})", list(event_ids)))
        return {str(k): str(v or "") for k, v in found.items()}

    def rows_where(self, table: str, key: str, values: list[str]) -> pd.DataFrame:
        """Rows of `table` whose `key` is in `values`, in the order a load reads them, coerced."""
        if table not in SCHEMAS or key not in SCHEMAS[table]:
            raise ValueError(f"unknown table or column {table}.{key}")
        from tracker.store.rows import coerced_rows

        columns = list(SCHEMAS[table])
        rows = self._chunked(f"SELECT {', '.join(columns)} FROM {table} WHERE {key} IN ({{marks}}) "
                             f"ORDER BY {self.order_of(table)}", list(values))
        return coerced_rows(table, rows, columns)

    def event_rows(self, event_ids: list[str]) -> dict[str, pd.DataFrame]:
        """The rows of these events and their actor links, sources, quotes and outgoing links (`rows_where`), by
        table, read in one transaction: one snapshot of the store, and on PostgreSQL one commit, not five (the
        review form and its Save each read an event so)."""
        return {table: self.rows_where(table, key, event_ids)
                for table, key in (("events", "event_id"), ("event_actors", "event_id"), ("sources", "event_id"),
                                   ("quotes", "event_id"), ("event_links", "from_event_id"))}

    def event_versions(self, event_ids: list[str]) -> dict[str, int]:
        """The stored version of each of these events that exists (what an edit started from is checked against)."""
        found = self._chunked("SELECT event_id, version FROM events WHERE event_id IN ({marks})", list(event_ids))
        return {str(event_id): int(version or 0) for event_id, version in found}

    def latest_change(self) -> pd.Timestamp | None:
        """The last created_at or updated_at of any event."""
        cursor = self.conn.cursor()
        cursor.execute("SELECT MAX(created_at), MAX(updated_at) FROM events")
        row = cursor.fetchone()
        stamps = [pd.Timestamp(v) for v in row if v]
        return max(stamps) if stamps else None

    def text_matches(self, texts: list[str], event_ids: list[str]) -> list[set[str]]:
        """For each text, which of these events `search_text(text)` finds (the few a write touched, to bring kept
        answers up to date), in one query: one round trip per text cost each worker a wait for the interpreter
        lock per text while its other threads were busy."""
        conditions = [self._text_condition(text) if event_ids else None for text in texts]
        found: list[set[str]] = [set() for _ in texts]
        asked = [(i, condition) for i, condition in enumerate(conditions) if condition is not None]
        if not asked:
            return found
        cursor = self.conn.cursor()
        for start in range(0, len(event_ids), 900):
            chunk = list(event_ids[start:start + 900])
            parts, params = [], []
            for i, (sql, values) in asked:
                parts.append(f"SELECT {int(i)} AS k, event_id FROM events WHERE event_id IN ({self._marks(len(chunk))}) "
                             f"AND {sql}")
                params += [*chunk, *values]
            cursor.execute(" UNION ALL ".join(parts), params)
            for i, event_id in cursor.fetchall():
                found[int(i)].add(str(event_id))
        return found

    def text_index_rows(self) -> Iterator[list[tuple]] | None:
        """(rowid, event_id) of the text index, when the engine searches by rowid (`search_rowids`); else None."""
        if not hasattr(self, "search_rowids"):
            return None
        return self._stream("SELECT rowid, event_id FROM events_fts")

    def text_index_rows_of(self, rowids: list[int], above: int) -> list[tuple]:
        """(rowid, event_id) of these text-index rows and of every row after `above`."""
        cursor = self.conn.cursor()
        found = cursor.execute(f"SELECT rowid, event_id FROM events_fts WHERE rowid > {self.placeholder}",
                               (above,)).fetchall()
        return found + self._chunked("SELECT rowid, event_id FROM events_fts WHERE rowid IN ({marks})", list(rowids))

    def reopen_location(self) -> str:
        """What `open_store` needs to open this store again from another process (a URL with its password)."""
        return getattr(self, "_url", None) or self.location

    # --- what changed, for the workers ---------------------------------------------------
    def serving_token(self) -> str:
        """A key of the store's content that outlives connections and processes (the snapshot's name): the
        row count of every table, the newest created/updated stamps, the touched-events log's last entry and
        the migrations applied.

        Every write the tracker makes adds rows or stamps `updated_at`, is recorded in the history (`changes`),
        or is logged by the dashboard; a migration may rewrite values or the text index (whose rowids a snapshot
        maps to events) with none of these.
        """
        cursor = self.conn.cursor()
        cursor.execute("SELECT COUNT(*) FROM migrations")
        parts = [self.location, f"migrations {cursor.fetchone()[0]}"]
        for table in SCHEMAS:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            parts.append(str(cursor.fetchone()[0]))
        cursor.execute("SELECT MAX(created_at), MAX(updated_at) FROM events")
        parts += [str(v) for v in cursor.fetchone()]
        if hasattr(self, "changes_since"):  # a store with history records every write in `changes`
            cursor.execute("SELECT MAX(id) FROM changes")
            parts.append(str(cursor.fetchone()[0]))
        parts.append(str(self.touched_mark()))
        return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]

    def _log_table(self) -> None:
        if getattr(self, "_log_ready", False):
            return
        key = SERIAL_KEY.get(type(self).__name__, SERIAL_KEY["PostgresStore"])
        cursor = self.conn.cursor()
        cursor.execute(f"CREATE TABLE IF NOT EXISTS touched_log ({key}, event_id TEXT NOT NULL, writer TEXT NOT NULL, "
                       "at TEXT NOT NULL)")
        self.conn.commit()
        self._log_ready = True

    def note_touched(self, event_ids: list[str], writer: str = "", commit: bool = True) -> None:
        """Record that these events changed (REFERENCE: the actors, processes or venues), for the other workers'
        `touched_since`; `commit=False` leaves the rows to the next commit (a `save` right after), so the
        write and its record are one transaction. `writer` names who wrote, so it can skip its own."""
        if not event_ids:
            return
        self._log_table()
        moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        now = moment.isoformat(timespec="seconds")
        cursor = self.conn.cursor()
        try:
            cursor.executemany(f"INSERT INTO touched_log (event_id, writer, at) VALUES ({self._marks(3)})",
                               [(e, writer, now) for e in event_ids])
            if moment - getattr(self, "_log_pruned", dt.datetime.min.replace(tzinfo=dt.timezone.utc)) >= PRUNE_EVERY:
                self._prune_log(cursor, moment)
            if commit:
                self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise

    def _prune_log(self, cursor: Any, moment: dt.datetime) -> None:
        """Delete up to PRUNE_ROWS log entries older than TOUCHED_LOG_KEPT, in the write's transaction; the last entry
        stays whatever its age (it is the log's mark, and SQLite numbers a new entry after it). On PostgreSQL one
        writer prunes at a time: two deleting the same rows at once could each wait for the other's."""
        if type(self).__name__ in READS_IN_TRANSACTION:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", (PRUNE_LOCK,))
            if not cursor.fetchone()[0]:
                return
        p = self.placeholder
        cursor.execute(f"DELETE FROM touched_log WHERE seq IN (SELECT seq FROM touched_log WHERE at < {p} AND seq < "
                       f"(SELECT MAX(seq) FROM touched_log) ORDER BY seq LIMIT {PRUNE_ROWS})",
                       ((moment - TOUCHED_LOG_KEPT).isoformat(),))
        if cursor.rowcount < PRUNE_ROWS:  # a backlog goes at the next writes, a batch each
            self._log_pruned = moment

    def touched_mark(self) -> int:
        """The last entry of the touched-events log (0: empty)."""
        self._log_table()
        cursor = self.conn.cursor()
        cursor.execute("SELECT COALESCE(MAX(seq), 0) FROM touched_log")
        mark = int(cursor.fetchone()[0])
        return mark

    def touched_since(self, mark: int, skip_writer: str | None = None, seen: Collection[int] = ()) -> Touched:
        """The new mark and the events logged after `mark` (and a few before: see OVERLAP) by writers other than
        `skip_writer`, leaving out the entries `seen` (the last call's `Touched.seen`): every worker read the 200
        entries before its mark again at every look, some 150 events re-read and compared in each worker at each
        edit while four workers wrote."""
        self._log_table()
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT seq, event_id, writer FROM touched_log WHERE seq > {self.placeholder}",
                       (max(0, mark - OVERLAP),))
        rows = [(int(seq), e, w) for seq, e, w in cursor.fetchall()]
        new_mark = max([mark, *(seq for seq, _, _ in rows)])
        events = sorted({str(e) for seq, e, w in rows if w != skip_writer and seq not in seen})
        return Touched(new_mark, events, frozenset(seq for seq, _, _ in rows if seq > new_mark - OVERLAP))


#: The log entry that says the reference tables (actors, processes, venues) changed.
REFERENCE = ""


def snapshot_folder(location: str) -> Path:
    """Where the serving snapshots of the store at `location` live: next to a SQLite file, else in a cache folder."""
    if not location.startswith(("postgresql://", "postgres://")) and location != ":memory:":
        path = Path(location)
        return path.with_name(path.name + ".serving")
    cache = Path(os.environ.get("TRACKER_CACHE") or Path.home() / ".cache" / "tracker")
    return cache / "serving" / hashlib.sha1(location.encode()).hexdigest()[:16]
