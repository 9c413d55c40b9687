"""The Store interface and the SQL shared by its SQLite and PostgreSQL implementations."""
from __future__ import annotations

import abc
import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import pandas as pd

from tracker.filters import EventFilter
from tracker.frames import coerce
from tracker.models import SCHEMAS, Tables
from tracker.record_diff import diff
from tracker.saved_views import SavedView
from tracker.selection import Resolved
from tracker.store.narrow import narrow as narrow_tables
from tracker.store.history import content, default_user, now_utc, stamp
from tracker.store.migrations import MIGRATIONS, ORDERED_CHILDREN
from tracker.store.rows import (  # noqa: F401
    SAVE_BATCH, coerced_rows, frame_row_batches, frame_rows, rows_frame, to_sql_value,
)
from tracker.store.queue import ReviewQueueSQL
from tracker.store.recording import _chunks, candidate_records, record_tables, touched_ids, without_events
from tracker.store.versioned import VersionedStore
from tracker.store.views import SavedViewsSQL

#: Primary key of each table, for upserts.
KEYS: dict[str, tuple[str, ...]] = {
    "processes": ("process_id",), "actors": ("actor_id",), "venues": ("venue_id", "name", "valid_from"),
    "events": ("event_id",), "event_actors": ("event_id", "actor_id", "role"), "sources": ("source_id",),
    "quotes": ("quote_id",), "event_links": ("from_event_id", "to_event_id", "link_type"),
}
#: Write order: parents before children.
WRITE_ORDER = ("processes", "actors", "venues", "events", "event_actors", "sources", "quotes", "event_links")
#: Stored events compared with a save's rows at a time (bounds the memory of a large re-import).
HISTORY_CHUNK = 20_000
#: The tables of an event's record.
EVENT_TABLES = ("events", "event_actors", "sources", "quotes", "event_links")
CHILD_TABLES = {"event_actors": "event_id", "sources": "event_id", "quotes": "event_id", "event_links": "from_event_id"}


@dataclass
class SaveSummary:
    """What a save changed, table by table."""

    written: dict[str, int]
    changed: int | None = None  # events whose record changed (a change recorded for each); None: not counted

    def __str__(self) -> str:
        return ", ".join(f"{n} {table}" for table, n in self.written.items() if n) or "nothing"


class Store(abc.ABC):
    """Where a chronology lives. Every write is one transaction."""

    location: str

    @abc.abstractmethod
    def load(self, as_of: dt.datetime | None = None) -> Tables:
        """The whole chronology as Tables; with `as_of`, its events as known at that instant."""

    #: Who writes when a write names no `user=`.
    user: str = "unknown"

    @abc.abstractmethod
    def save(self, tables: Tables, *, user: str | None = None, action: str = "import",
             expected: Mapping[str, int] | None = None) -> SaveSummary:
        """Upsert `tables` in one transaction, recording each event that changes as a change by `user`;
        `expected` (event id -> version): EditConflict and nothing written unless each is still at that version.

        Events in `tables.events` replace the stored ones with their actors, sources,
        quotes and outgoing links; child rows of other events are added or replaced
        by key (that is how a new source is attached to a stored event).
        """

    def stored_changes(self, tables: Tables) -> dict[str, tuple[str, ...]] | None:
        """What a save of `tables` would change in each stored event it gives again (the fields; () for one given
        exactly as stored), written nowhere; None when this store cannot tell."""
        return None

    @abc.abstractmethod
    def search_text(self, text: str) -> set[str]:
        """Event ids whose title, summary or quotes contain every word of `text` (prefix match)."""

    @abc.abstractmethod
    def delete_events(self, event_ids: Iterable[str], *, user: str | None = None, action: str = "delete") -> int:
        """Remove events with everything hanging off them, recording each deletion (it can be undone)."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Row count of every table."""

    def is_empty(self) -> bool:
        """True when the store holds no events."""
        return self.counts().get("events", 0) == 0

    def close(self) -> None:
        """Release the connection."""

    def change_token(self) -> object | None:
        """A value that changes when another connection commits to this store (None: cannot tell)."""
        return None

    def narrow(self, f: EventFilter) -> tuple[Tables, Resolved] | None:
        """Tables holding every event `f` selects, with their child rows and all actors, processes and venues,
        and `f` resolved against the whole store; None when the store cannot narrow `f` (then: `load`)."""
        return None

    def load_table(self, table: str) -> pd.DataFrame:
        """One table of the chronology (the small ones: actors, processes, venues)."""
        return getattr(self.load(), table)

    def state_counts(self) -> dict[str, int]:
        """Number of events in each review state."""
        return {str(k): int(v) for k, v in self.load().events["review_state"].value_counts().items()}

    def reopen(self) -> "Store":
        """A new connection to the same store (to read it again without holding this one)."""
        raise NotImplementedError(f"{type(self).__name__} cannot be reopened")

    def saved_views(self) -> list[SavedView]:
        """The named saved views, by name."""
        raise NotImplementedError(f"{type(self).__name__} keeps no saved views")

    def save_view(self, name: str, query: str) -> SavedView:
        """Keep the view `query` under `name`; a ValueError when the name or query is bad or the name is taken."""
        raise NotImplementedError(f"{type(self).__name__} keeps no saved views")

    def delete_view(self, name: str) -> bool:
        """Forget the view named `name` (any case); False when there is none."""
        raise NotImplementedError(f"{type(self).__name__} keeps no saved views")

    # --- review queue (suggested sources, article texts) -----------------------------
    def suggestions(self, states: tuple[str, ...] = ("pending",)) -> pd.DataFrame:
        """Suggested sources in these states, surest first (columns: `tracker.suggestions.SUGGESTION_COLUMNS`)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def save_ingest(self, tables: Tables, suggestions: pd.DataFrame, texts: dict[str, str], *,
                    user: str | None = None) -> SaveSummary:
        """Save an ingest in one transaction: `tables`, new suggestions and article texts by source id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def accept_suggestion(self, suggestion_id: str, *, user: str | None = None) -> str:
        """Attach a pending suggestion's source and quotes to its event, in one transaction; the event's id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def reject_suggestion(self, suggestion_id: str, *, user: str | None = None) -> str:
        """Mark a pending suggestion rejected (kept, so it is not suggested again); the event's id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def article_texts(self, source_ids: list[str]) -> dict[str, str]:
        """The stored article text of each of these sources or suggestions that has one."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def stored_article(self, ref: str) -> dict | None:
        """The article a source, suggestion or candidate came from: text, source_id, publisher, title, url,
        published_at (None when no text is kept)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")


class SQLStore(SavedViewsSQL, ReviewQueueSQL, VersionedStore, Store):
    """Store logic shared by the DB-API stores; subclasses supply the dialect bits.

    Every write records its changes (see `tracker.store.history`); the edit API is `VersionedStore`'s.
    """

    placeholder = "?"
    def __init__(self, connection: Any, location: str):
        self.conn = connection
        self.location = location
        #: Who writes when a write names no `user=` (the CLI's --user, else $TRACKER_USER or the login name).
        self.user = default_user()

    # --- dialect hooks --------------------------------------------------------
    @abc.abstractmethod
    def _upsert_sql(self, table: str, columns: list[str], keys: tuple[str, ...]) -> str:
        """INSERT ... ON CONFLICT DO UPDATE for the dialect."""

    @abc.abstractmethod
    def _index_text(self, cursor: Any, event_ids: list[str]) -> None:
        """Refresh the full-text index for these events."""

    @abc.abstractmethod
    def _applied_migrations(self, cursor: Any) -> set[str]:
        """Names of the migrations already applied (creating the record table if needed)."""

    def _after_migration(self, cursor: Any, name: str) -> None:
        """Dialect-specific statements to run after a named migration."""

    @abc.abstractmethod
    def _text_condition(self, text: str) -> tuple[str, list] | None:
        """SQL over `events` (and its parameters) for the events `search_text(text)` finds; None: `text` has no word."""

    # --- shared logic ---------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction."""
        applied_now = []
        cursor = self.conn.cursor()
        done = self._applied_migrations(cursor)
        self.conn.commit()
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            try:
                for statement in statements:
                    if isinstance(statement, str):
                        cursor.execute(statement)
                self._after_migration(cursor, name)
                for step in statements:  # Python steps (a baseline of history) run after the dialect's own
                    if not isinstance(step, str):
                        step(self, cursor)
                cursor.execute(f"INSERT INTO migrations (name, applied_at) VALUES ({self.placeholder}, {self.placeholder})",
                               (name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
                self.conn.commit()
            except Exception:
                self.conn.rollback()
                raise
            applied_now.append(name)
        return applied_now

    def _read(self, table: str, where: str = "", params: list | None = None) -> pd.DataFrame:
        cursor = self.conn.cursor()
        columns = list(SCHEMAS[table])
        if table in ORDERED_CHILDREN and "ORDER BY" not in where:  # an event's rows in the order it has them
            where = f"{where} ORDER BY {self.order_of(table)}"
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} {where}".rstrip(), params or [])
        return coerced_rows(table, cursor.fetchall(), columns)

    def load(self, as_of: dt.datetime | None = None) -> Tables:
        """The whole chronology as Tables; with `as_of`, its events as known then (`VersionedStore.load_as_of`)."""
        if as_of is not None:
            return self.load_as_of(as_of)
        return Tables(**{table: self._read(table) for table in SCHEMAS})

    def load_table(self, table: str) -> pd.DataFrame:
        """One table of the chronology, read alone."""
        if table not in SCHEMAS:
            raise ValueError(f"unknown table {table!r}; use one of: {', '.join(SCHEMAS)}")
        return self._read(table)

    def narrow(self, f: EventFilter) -> tuple[Tables, Resolved] | None:
        """The events `f` can select and their rows, read with SQL (see `tracker.store.narrow`)."""
        return narrow_tables(self, f)

    def state_counts(self) -> dict[str, int]:
        """Number of events in each review state, as a load would read the states."""
        cursor = self.conn.cursor()
        cursor.execute("SELECT review_state, COUNT(*) FROM events GROUP BY review_state")
        rows = cursor.fetchall()
        states = coerce("events", pd.DataFrame({"review_state": [r[0] for r in rows]}, dtype=object))["review_state"]
        counts: dict[str, int] = {}
        for state, (_, count) in zip(states, rows):
            if not pd.isna(state):
                counts[str(state)] = counts.get(str(state), 0) + int(count)
        return counts

    def save(self, tables: Tables, *, user: str | None = None, action: str = "import",
             expected: Mapping[str, int] | None = None) -> SaveSummary:
        """Upsert `tables` in one transaction (see Store.save), recording each changed event's change."""
        cursor = self.conn.cursor()
        try:
            self._begin_write(cursor, tables)
            self._check_versions(cursor, expected or {})
            summary = self._write(cursor, tables, user, action)
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return summary

    def _begin_write(self, cursor: Any, tables: Tables | None = None, stored_events: list[str] | None = None) -> None:
        """Take the store's write lock before a write reads what it changes (which events exist, their records):
        two imports of the same new ids at once each read "new", and the second recorded a creation over the first's
        events, which an undo then deleted. SQLite: BEGIN IMMEDIATE (unless a transaction is open already, which
        holds the lock once it has written); PostgreSQL overrides it with advisory locks (`tables`: what a save
        writes, or `stored_events`: the stored events a write changes and nothing else, which may let it share the
        lock with other such writes)."""
        if not self.conn.in_transaction:
            cursor.execute("BEGIN IMMEDIATE")

    def _continue_numbering(self, cursor: Any) -> None:
        """After rows were inserted with their own ids (`tracker copy`), number new ones after them: SQLite's
        rowids do so by themselves; PostgreSQL moves its sequence."""

    def stored_changes(self, tables: Tables) -> dict[str, tuple[str, ...]]:
        """What a save of `tables` would change in each stored event it gives again, compared as the save compares
        them: the fields that differ, or () for one given exactly as stored (left as it is); nothing is written."""
        cursor = self.conn.cursor()
        given = [str(e) for e in tables.events["event_id"].dropna()]
        changes: dict[str, tuple[str, ...]] = {}
        for records, candidates in self._compared(cursor, tables, self._existing_ids(cursor, given) if given else []):
            for event_id, record in candidates.items():
                same = content(record) == content(records.get(event_id))
                changes[event_id] = () if same else (tuple(diff(records.get(event_id), record)) or ("record",))
        return changes

    def _compared(self, cursor: Any, tables: Tables, existing: list[str]):
        """(stored records, the records a save of `tables` would store for those it gives again) of the stored events
        `existing`, a chunk at a time (a re-import holds one chunk's records at a time)."""
        compared = record_tables(tables) if existing else None
        saved = set(tables.events["event_id"].astype(str))
        for start in range(0, len(existing), HISTORY_CHUNK):
            chunk = existing[start:start + HISTORY_CHUNK]
            again = {e for e in chunk if e in saved}
            yield (self._read_records(cursor, chunk),
                   candidate_records(compared, again, frame_row_batches, self.float32_reals) if again else {})

    def _write(self, cursor: Any, tables: Tables, user: str | None, action: str) -> SaveSummary:
        """Save's writes and their history, uncommitted; events whose record would not change are left alone."""
        written: dict[str, int] = {}
        stored: dict[str, list[tuple]] = {}
        p = self.placeholder
        touched = touched_ids(tables)
        existing = self._existing_ids(cursor, touched) if touched else []
        before: dict[str, dict] = {}
        same: set[str] = set()
        for records, candidates in self._compared(cursor, tables, existing):
            unchanged = {e for e, record in candidates.items() if e in records and content(record) == content(records[e])}
            same |= unchanged
            before.update({e: record for e, record in records.items() if e not in unchanged})
        if same:  # an event a re-import leaves as it is: not written, nothing recorded, stamps kept
            tables = without_events(tables, same)
            touched = [e for e in touched if e not in same]
        replaced = [str(e) for e in tables.events["event_id"]]
        if replaced:
            for chunk in _chunks(replaced, 500):
                marks = ", ".join([p] * len(chunk))
                for child, key in CHILD_TABLES.items():
                    cursor.execute(f"DELETE FROM {child} WHERE {key} IN ({marks})", chunk)
        if not tables.processes.empty:
            # Events name their process, so a process saved under a new id replaces
            # the one that holds its name (e.g. one created by an ingest before `init`).
            for process_id, name in zip(tables.processes["process_id"], tables.processes["name"]):
                cursor.execute(f"DELETE FROM processes WHERE name = {p} AND process_id <> {p}", (name, process_id))
        if not tables.venues.empty:
            # A venue's names over time are replaced as a whole set.
            venue_ids = sorted(set(tables.venues["venue_id"].dropna()))
            cursor.execute(f"DELETE FROM venues WHERE venue_id IN ({', '.join([p] * len(venue_ids))})", venue_ids)
        for table in WRITE_ORDER:
            if table not in EVENT_TABLES and not getattr(tables, table).empty:
                written[table] = self._insert(cursor, table, coerce(table, getattr(tables, table)))
        # The events and their rows go in chunks of events, each recorded in history from the rows it wrote, so a
        # large import holds one chunk's rows and records at a time, not all of them (1M GDELT rows: 3.5 GB before).
        chunk_of = {event_id: n // HISTORY_CHUNK for n, event_id in enumerate(touched)}
        parts = {}
        for table in EVENT_TABLES:
            frame = getattr(tables, table)
            if not frame.empty:
                frame = coerce(table, frame)
                key = "from_event_id" if table == "event_links" else "event_id"
                parts[table] = (frame, frame[key].astype(str).map(chunk_of).fillna(0).to_numpy().astype(int))
                written[table] = 0
        when = stamp(now_utc())
        recorded = 0
        for chunk in range(len(touched) // HISTORY_CHUNK + 1):
            for table, (frame, chunks) in parts.items():
                rows = self._insert(cursor, table, frame[chunks == chunk], stored)
                written[table] += rows
            ids = touched[chunk * HISTORY_CHUNK:(chunk + 1) * HISTORY_CHUNK]
            recorded += len(self._record_writes(cursor, {e: before[e] for e in ids if e in before}, ids, action, user,
                                                stored, when))
            stored.clear()
        indexed = set(replaced) | set(tables.quotes["event_id"].dropna())
        if indexed:
            self._index_text(cursor, sorted(indexed))
        return SaveSummary(written, changed=recorded)

    def _insert(self, cursor: Any, table: str, frame: pd.DataFrame, stored: dict[str, list[tuple]] | None = None) -> int:
        """Upsert a coerced frame's rows in batches (venues are inserted: a save replaced their set); how many.
        `stored` keeps the rows written, by table (a chunk's history records are made from them)."""
        if frame.empty:
            return 0
        p, columns = self.placeholder, list(SCHEMAS[table])
        if table == "venues":
            sql = f"INSERT INTO venues ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
        else:
            sql = self._upsert_sql(table, columns, KEYS[table])
        count = 0
        for rows in frame_row_batches(table, frame):  # one transaction, in batches
            cursor.executemany(sql, rows)
            count += len(rows)
            if stored is not None:
                stored.setdefault(table, []).extend(rows)
        return count

    def delete_events(self, event_ids: Iterable[str], *, user: str | None = None, action: str = "delete") -> int:
        """Remove events and what hangs off them, in one transaction; each deletion is recorded (and can be undone)."""
        ids = list(dict.fromkeys(event_ids))
        cursor = self.conn.cursor()
        try:
            self._delete(cursor, ids, user, action)
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return len(ids)

    def _delete(self, cursor: Any, ids: list[str], user: str | None, action: str) -> None:
        """Delete these events, uncommitted, recording each deletion and the change of every event whose link
        to one of them goes with it."""
        p = self.placeholder
        linking: list[str] = []
        for chunk in _chunks(ids, 500):
            cursor.execute(f"SELECT DISTINCT from_event_id FROM event_links WHERE to_event_id IN ({', '.join([p] * len(chunk))})",
                           chunk)
            linking += [str(r[0]) for r in cursor.fetchall()]
        linking = sorted(set(linking) - set(ids))
        linking_before = self._read_records(cursor, linking)
        self._record_deletes(cursor, self._read_records(cursor, ids), action, user)
        for chunk in _chunks(ids, 500):
            marks = ", ".join([p] * len(chunk))
            for child, key in CHILD_TABLES.items():
                cursor.execute(f"DELETE FROM {child} WHERE {key} IN ({marks})", chunk)
            cursor.execute(f"DELETE FROM event_links WHERE to_event_id IN ({marks})", chunk)
            cursor.execute(f"DELETE FROM events WHERE event_id IN ({marks})", chunk)
        self._index_text(cursor, ids)
        if linking:
            # their links changed with the deletion: they are updated events, for everything that asks since when
            when = now_utc().replace(tzinfo=None).isoformat(timespec="seconds")
            for chunk in _chunks(linking, 500):
                cursor.execute(f"UPDATE events SET updated_at = {p} WHERE event_id IN ({', '.join([p] * len(chunk))})",
                               [when, *chunk])
            self._record_writes(cursor, linking_before, linking, action, user)

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        cursor = self.conn.cursor()
        out = {}
        for table in SCHEMAS:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")
            out[table] = int(cursor.fetchone()[0])
        return out

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
