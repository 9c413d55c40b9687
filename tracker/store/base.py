"""The Store interface and the SQL shared by its SQLite and PostgreSQL implementations."""
from __future__ import annotations

import abc
import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np
import pandas as pd
from pandas._libs.lib import to_object_array_tuples

from tracker.filters import EventFilter
from tracker.frames import coerce
from tracker.models import SCHEMAS, Tables
from tracker.saved_views import SavedView, check_name, check_view, find_view
from tracker.selection import Resolved
from tracker.store.narrow import narrow as narrow_tables
from tracker.store.migrations import MIGRATIONS
from tracker.suggestions import SUGGESTION_COLUMNS, attach, by_confidence, suggestion_frame

#: Primary key of each table, for upserts.
KEYS: dict[str, tuple[str, ...]] = {
    "processes": ("process_id",), "actors": ("actor_id",), "venues": ("venue_id", "name", "valid_from"),
    "events": ("event_id",), "event_actors": ("event_id", "actor_id", "role"), "sources": ("source_id",),
    "quotes": ("quote_id",), "event_links": ("from_event_id", "to_event_id", "link_type"),
}
#: Write order: parents before children.
WRITE_ORDER = ("processes", "actors", "venues", "events", "event_actors", "sources", "quotes", "event_links")
CHILD_TABLES = {"event_actors": "event_id", "sources": "event_id", "quotes": "event_id", "event_links": "from_event_id"}


@dataclass
class SaveSummary:
    """What a save changed, table by table."""

    written: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{n} {table}" for table, n in self.written.items() if n) or "nothing"


class Store(abc.ABC):
    """Where a chronology lives. Every write is one transaction."""

    location: str

    @abc.abstractmethod
    def load(self) -> Tables:
        """The whole chronology as Tables."""

    @abc.abstractmethod
    def save(self, tables: Tables) -> SaveSummary:
        """Upsert `tables` in one transaction.

        Events in `tables.events` replace the stored ones with their actors, sources,
        quotes and outgoing links; child rows of other events are added or replaced
        by key (that is how a new source is attached to a stored event).
        """

    @abc.abstractmethod
    def search_text(self, text: str) -> set[str]:
        """Event ids whose title, summary or quotes contain every word of `text` (prefix match)."""

    @abc.abstractmethod
    def delete_events(self, event_ids: Iterable[str]) -> int:
        """Remove events with everything hanging off them (used by merges, never by review)."""

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

    def save_ingest(self, tables: Tables, suggestions: pd.DataFrame, texts: dict[str, str]) -> SaveSummary:
        """Save an ingest in one transaction: `tables`, new suggestions and article texts by source id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def accept_suggestion(self, suggestion_id: str) -> str:
        """Attach a pending suggestion's source and quotes to its event, in one transaction; the event's id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def reject_suggestion(self, suggestion_id: str) -> str:
        """Mark a pending suggestion rejected (kept, so it is not suggested again); the event's id."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")

    def article_texts(self, source_ids: list[str]) -> dict[str, str]:
        """The stored article text of each of these sources or suggestions that has one."""
        raise NotImplementedError(f"{type(self).__name__} keeps no review queue")


def to_sql_value(value: Any, dtype: str) -> Any:
    """A Python value for a DB-API driver: dates as ISO text, NA as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if dtype.startswith("datetime64"):
        if pd.isna(value):
            return None
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat(timespec="seconds")
    if dtype == "Int64":
        return int(value)
    return str(value)


def frame_rows(table: str, frame: pd.DataFrame) -> list[tuple]:
    """The rows of a frame as tuples of SQL values, in schema column order."""
    schema = SCHEMAS[table]
    columns = []
    for column, dtype in schema.items():
        series = frame[column]
        if dtype.startswith("datetime64"):
            values = series.dt.strftime("%Y-%m-%d").where(series == series.dt.normalize(),
                                                          series.dt.strftime("%Y-%m-%dT%H:%M:%S"))
            columns.append([None if pd.isna(v) else v for v in values])
        elif dtype == "Int64":
            columns.append([None if pd.isna(v) else int(v) for v in series])
        elif dtype == "Float64":
            columns.append([None if pd.isna(v) else float(v) for v in series])
        else:
            columns.append([None if pd.isna(v) else str(v) for v in series.astype("object")])
    return list(zip(*columns)) if columns else []


def rows_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Fetched rows as a frame of object columns, for `coerce` (no dtype inference on the way)."""
    # What DataFrame.from_records uses to make the 2-D array, in C.
    values = to_object_array_tuples(rows) if rows else np.empty((0, len(columns)), dtype=object)
    return pd.DataFrame(values, columns=columns, dtype=object, copy=False)


class SQLStore(Store):
    """Store logic shared by the DB-API stores; subclasses supply the dialect bits."""

    placeholder = "?"
    #: The column that orders rows as a whole-table read returns them (SQLite's rowid, PostgreSQL's ctid).
    row_order = "rowid"

    def __init__(self, connection: Any, location: str):
        self.conn = connection
        self.location = location

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
                    cursor.execute(statement)
                self._after_migration(cursor, name)
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
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} {where}".rstrip(), params or [])
        return coerce(table, rows_frame(cursor.fetchall(), columns))

    def load(self) -> Tables:
        """The whole chronology as Tables."""
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

    def save(self, tables: Tables) -> SaveSummary:
        """Upsert `tables` in one transaction (see Store.save)."""
        written: dict[str, int] = {}
        cursor = self.conn.cursor()
        p = self.placeholder
        try:
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
                frame = getattr(tables, table)
                if frame.empty:
                    continue
                columns = list(SCHEMAS[table])
                if table == "venues":
                    sql = f"INSERT INTO venues ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
                else:
                    sql = self._upsert_sql(table, columns, KEYS[table])
                written[table] = 0
                for rows in frame_row_batches(table, coerce(table, frame)):  # one transaction, in batches
                    cursor.executemany(sql, rows)
                    written[table] += len(rows)
            touched = set(replaced) | set(tables.quotes["event_id"].dropna())
            if touched:
                self._index_text(cursor, sorted(touched))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return SaveSummary(written)

    def delete_events(self, event_ids: Iterable[str]) -> int:
        """Remove events and what hangs off them, in one transaction."""
        ids = list(event_ids)
        cursor = self.conn.cursor()
        p = self.placeholder
        try:
            for chunk in _chunks(ids, 500):
                marks = ", ".join([p] * len(chunk))
                for child, key in CHILD_TABLES.items():
                    cursor.execute(f"DELETE FROM {child} WHERE {key} IN ({marks})", chunk)
                cursor.execute(f"DELETE FROM event_links WHERE to_event_id IN ({marks})", chunk)
                cursor.execute(f"DELETE FROM events WHERE event_id IN ({marks})", chunk)
            self._index_text(cursor, ids)
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return len(ids)

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

    # --- saved views ------------------------------------------------------------
    def saved_views(self) -> list[SavedView]:
        """The named saved views, by name (case-insensitive)."""
        cursor = self.conn.cursor()
        cursor.execute("SELECT name, query FROM saved_views")
        views = [SavedView(str(name), str(query)) for name, query in cursor.fetchall()]
        self.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other writers
        return sorted(views, key=lambda view: (view.name.casefold(), view.name))

    def save_view(self, name: str, query: str) -> SavedView:
        """Keep `query` under `name`; names are unique without regard to case, so a taken name is a ValueError."""
        view = check_view(name, query)
        taken = find_view(self.saved_views(), view.name)
        if taken is not None:
            raise ValueError(f"a saved view named {taken.name!r} exists already: delete it first or choose another name")
        p = self.placeholder
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"INSERT INTO saved_views (name, query, created_at) VALUES ({p}, {p}, {p})",
                           (view.name, view.query, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return view

    def delete_view(self, name: str) -> bool:
        """Forget the view named `name` (any case); False when there is none."""
        found = find_view(self.saved_views(), check_name(name))
        if found is None:
            return False
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"DELETE FROM saved_views WHERE name = {self.placeholder}", (found.name,))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return True

    # --- review queue: suggested sources and article texts (see tracker.suggestions) -----
    def suggestions(self, states: tuple[str, ...] = ("pending",)) -> pd.DataFrame:
        """Suggested sources in these states, surest first."""
        columns = list(SUGGESTION_COLUMNS)
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT {', '.join(columns)} FROM suggestions WHERE state IN ({', '.join([self.placeholder] * len(states))})",
                       list(states))
        rows = cursor.fetchall()
        self.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other writers
        return by_confidence(suggestion_frame(pd.DataFrame(rows, columns=columns, dtype=object)))

    def save_ingest(self, tables: Tables, suggestions: pd.DataFrame, texts: dict[str, str]) -> SaveSummary:
        """Save an ingest in one transaction: suggestions and texts are written first, uncommitted, and
        `save` commits them with `tables` (or rolls everything back)."""
        p = self.placeholder
        cursor = self.conn.cursor()
        try:
            columns = list(SUGGESTION_COLUMNS)
            rows = _suggestion_rows(suggestion_frame(suggestions))
            if rows:
                # An article suggested before (pending or rejected) is not suggested again.
                cursor.executemany(f"INSERT INTO suggestions ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))}) "
                                   "ON CONFLICT (suggestion_id) DO NOTHING", rows)
            if texts:
                cursor.executemany(f"INSERT INTO article_texts (source_id, text) VALUES ({p}, {p}) "
                                   "ON CONFLICT (source_id) DO UPDATE SET text = excluded.text", sorted(texts.items()))
        except Exception:
            self.conn.rollback()
            raise
        summary = self.save(tables)
        return SaveSummary({**summary.written, **({"suggestions": len(rows)} if rows else {})})

    def _pending(self, suggestion_id: str) -> pd.Series:
        found = self.suggestions()
        found = found[found["suggestion_id"] == suggestion_id]
        if found.empty:
            raise KeyError(f"no pending suggestion with id {suggestion_id!r}")
        return found.iloc[0]

    def accept_suggestion(self, suggestion_id: str) -> str:
        """Attach a pending suggestion's source and quotes to its event and drop the suggestion, in one transaction."""
        row = self._pending(suggestion_id)
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"DELETE FROM suggestions WHERE suggestion_id = {self.placeholder}", (suggestion_id,))
        except Exception:
            self.conn.rollback()
            raise
        self.save(attach(row))  # commits the delete with the new rows, or rolls both back
        return str(row["event_id"])

    def reject_suggestion(self, suggestion_id: str) -> str:
        """Mark a pending suggestion rejected; it is kept, so the same article is not suggested again."""
        row = self._pending(suggestion_id)
        cursor = self.conn.cursor()
        try:
            cursor.execute(f"UPDATE suggestions SET state = 'rejected' WHERE suggestion_id = {self.placeholder}",
                           (suggestion_id,))
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return str(row["event_id"])

    def article_texts(self, source_ids: list[str]) -> dict[str, str]:
        """The stored article text of each of these sources or suggestions that has one."""
        out: dict[str, str] = {}
        cursor = self.conn.cursor()
        for chunk in _chunks(list(source_ids), 500):
            cursor.execute(f"SELECT source_id, text FROM article_texts WHERE source_id IN ({', '.join([self.placeholder] * len(chunk))})",
                           chunk)
            out.update({str(k): str(v) for k, v in cursor.fetchall()})
        self.conn.commit()
        return out


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _suggestion_rows(suggestions: pd.DataFrame) -> list[tuple]:
    """Suggestion rows as tuples of SQL values (dates as ISO text, confidence as a float)."""
    def value(v: Any, dtype: str) -> Any:
        if v is None or v is pd.NA or (pd.api.types.is_scalar(v) and pd.isna(v)):
            return None
        if dtype == "Float64":
            return float(v)
        return to_sql_value(v, dtype)

    return [tuple(value(v, SUGGESTION_COLUMNS[c]) for c, v in zip(SUGGESTION_COLUMNS, row))
            for row in suggestions[list(SUGGESTION_COLUMNS)].itertuples(index=False)]


# --- fast rows for large writes (added for the GDELT import; see `SQLStore.save`) -----------------

#: Rows converted and written at a time inside a save's one transaction: the Python tuples of a
#: million-event import never exist all at once.
SAVE_BATCH = 50_000


def _sql_values(series: pd.Series, dtype: str) -> list:
    """A column as the values `frame_rows` makes, computed once per distinct value where that is cheaper."""
    if dtype.startswith("datetime64"):
        codes, uniques = pd.factorize(series)
        stamps = pd.DatetimeIndex(uniques)
        text = np.where(stamps == stamps.normalize(), stamps.strftime("%Y-%m-%d"), stamps.strftime("%Y-%m-%dT%H:%M:%S"))
        return np.append(text.astype(object), None)[codes].tolist()
    if dtype in ("Int64", "Float64"):
        kind = int if dtype == "Int64" else float
        return [None if v is None else kind(v) for v in series.astype(object).where(series.notna(), None).tolist()]
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = np.append(np.array([str(c) for c in series.cat.categories], dtype=object), None)
        return categories[series.cat.codes.to_numpy()].tolist()
    values = series.astype(object)
    return [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else (v if type(v) is str else str(v))
            for v in values.tolist()]


def frame_row_batches(table: str, frame: pd.DataFrame, size: int = SAVE_BATCH):
    """The rows `frame_rows` gives, `size` at a time, made column by column without a check per cell."""
    schema = SCHEMAS[table]
    for start in range(0, len(frame), size):
        part = frame.iloc[start:start + size]
        yield list(zip(*[_sql_values(part[column], dtype) for column, dtype in schema.items()]))
