"""A shared store on PostgreSQL (psycopg 3), same schema and behaviour as SQLite."""
from __future__ import annotations

import functools
import inspect
import re
from typing import Any, Callable

from tracker.models import Tables
from tracker.store.base import SQLStore
from tracker.store.errors import StoreError, check_tables
from tracker.store.migrations import CHILD_ORDER, CJK_TEXT_INDEX, ORDERED_CHILDREN
from tracker.store.recording import touched_ids
from tracker.store.serving import ServingQueries
from tracker.store.text_index import postgres_body, tsquery

#: The most events a save may change while sharing the write lock (`_begin_write`): a person's edits, not a file's.
SHARED_SAVE_EVENTS = 100
#: The tables whose writes `change_token` counts.
TRACKED_TABLES = ("events", "event_actors", "sources", "quotes", "event_links", "actors", "processes", "venues")


class PostgresStore(ServingQueries, SQLStore):
    """A chronology in a PostgreSQL database, migrated on first use."""

    placeholder = "%s"
    row_order = "ctid"
    _ordered = False  # set once the store is open (see CHILD_ORDER)
    #: The key of the advisory lock every write takes first (`_begin_write`); any constant shared by the writers.
    WRITE_LOCK = 0x7472616B  # "trak"
    float32_reals = True  # REAL is 4 bytes here (see HistoryRecorder)
    #: Whether the text index holds CJK bigrams (False: a read-only store made before migration 0009).
    bigrams_indexed = True

    def begin_consistent_read(self) -> None:
        """Read every following query from one snapshot until the commit (a copy of a store in use)."""
        self.conn.commit()
        self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

    def _continue_numbering(self, cursor) -> None:
        cursor.execute("SELECT setval('changes_id_seq', GREATEST((SELECT MAX(id) FROM changes), 1), "
                       "(SELECT MAX(id) FROM changes) IS NOT NULL)")

    def _begin_write(self, cursor, tables: Tables | None = None, stored_events: list[str] | None = None) -> None:
        """Writers take their turn: a transaction-level advisory lock, freed by the commit or the rollback.

        A save that changes only events already stored (a review Save, most edits) shares the lock with other such
        saves and locks those events' rows instead, so saves of different events go on at once (four workers'
        Saves had queued one behind the other: at 50 analysts a Save's p95 was seconds); any other write (new
        events, actors, processes or venues: an import, an ingest) takes it alone, and so does a save of more than
        SHARED_SAVE_EVENTS events (locking the rows of a re-imported file one by one would write to every one)."""
        if stored_events is not None:  # an edit of these events' own rows alone (`edit_fields`)
            ids, events_only = sorted(set(stored_events)), True
        else:
            ids = sorted(touched_ids(tables)) if tables is not None else []
            events_only = tables is not None and tables.actors.empty and tables.processes.empty and tables.venues.empty
        if 0 < len(ids) <= SHARED_SAVE_EVENTS and events_only:
            cursor.execute("SELECT COUNT(*) FROM events WHERE event_id = ANY(%s)", (ids,))
            if cursor.fetchone()[0] == len(ids):
                cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", (self.WRITE_LOCK,))
                cursor.execute("SELECT event_id FROM events WHERE event_id = ANY(%s) ORDER BY event_id FOR UPDATE",
                               (ids,))
                if len(cursor.fetchall()) != len(ids):  # deleted meanwhile: the save would create it again
                    raise StoreError("an event of this save was deleted meanwhile; nothing was saved, try again")
                return
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (self.WRITE_LOCK,))

    def __init__(self, url: str, read_only: bool = False):
        import psycopg

        #: True when opened for reading only (`validate`): no migration runs, every transaction is read-only.
        self.read_only = read_only
        conn = None
        try:
            conn = psycopg.connect(url, connect_timeout=10)
            applied: list[str] | None = None
            if read_only:
                conn.read_only = True
                tables, applied = _schema(conn)
                check_tables(tables, applied, read_only=True)
                self.bigrams_indexed = CJK_TEXT_INDEX in applied
                conn.commit()
            super().__init__(conn, _redact(url))
            self._url = url
            if not read_only:
                self.migrate()
                tables, applied = _schema(conn)
                check_tables(tables, applied)
                conn.commit()
            #: Whether the child tables number their rows (a read-only store may predate it).
            self._ordered = CHILD_ORDER in (applied or [])
        except (psycopg.Error, StoreError) as exc:
            if conn is not None:
                conn.close()
            raise (exc if isinstance(exc, StoreError) else StoreError(_redact(str(exc)).strip())) from None

    def change_token(self) -> int:
        """Rows written to the tracker's tables since the server's statistics began (any connection).

        The statistics reach other sessions within about a second of a commit.
        """
        cursor = self.conn.cursor()
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables "
                       "WHERE schemaname = current_schema() AND relname = ANY(%s)", (list(TRACKED_TABLES),))
        token = int(cursor.fetchone()[0])
        self.conn.commit()  # end the read transaction, so the next token sees new statistics
        return token

    def reopen(self) -> "PostgresStore":
        return PostgresStore(self._url, read_only=self.read_only)

    def _applied_migrations(self, cursor: Any) -> set[str]:
        cursor.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        cursor.execute("SELECT name FROM migrations")
        return {row[0] for row in cursor.fetchall()}

    def _after_migration(self, cursor: Any, name: str) -> None:
        if name == "0001_initial":
            cursor.execute("CREATE TABLE events_fts (event_id TEXT PRIMARY KEY, body tsvector NOT NULL)")
            cursor.execute("CREATE INDEX events_fts_body ON events_fts USING GIN (body)")
        if name == "0006_history":  # SQLite numbers `changes` by rowid; here a sequence does
            cursor.execute("CREATE SEQUENCE changes_id_seq OWNED BY changes.id")
            cursor.execute("ALTER TABLE changes ALTER COLUMN id SET DEFAULT nextval('changes_id_seq')")
        if name == CHILD_ORDER:  # the rows there are numbered in the order they are read now (physical)
            for table in ORDERED_CHILDREN:
                cursor.execute(f"ALTER TABLE {table} ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY")

    def order_of(self, table: str) -> str:
        return "seq" if table in ORDERED_CHILDREN and self._ordered else self.row_order

    def _upsert_sql(self, table: str, columns: list[str], keys: tuple[str, ...]) -> str:
        marks = ", ".join("%s" for _ in columns)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({', '.join(keys)}) {action}"

    def _index_text(self, cursor: Any, event_ids: list[str]) -> None:
        cursor.execute("DELETE FROM events_fts WHERE event_id = ANY(%s)", (event_ids,))
        self._insert_text(cursor, event_ids)

    def _rebuild_text_index(self, cursor: Any) -> None:
        """Index every event's text again (a migration that changes what is indexed), a chunk of events at a time."""
        cursor.execute("TRUNCATE events_fts")
        cursor.execute("SELECT event_id FROM events ORDER BY event_id")
        event_ids = [row[0] for row in cursor.fetchall()]
        for start in range(0, len(event_ids), 10_000):
            self._insert_text(cursor, event_ids[start:start + 10_000])

    def _insert_text(self, cursor: Any, event_ids: list[str]) -> None:
        """Index these events' text (title, summary, quotes), none of them indexed yet."""
        cursor.execute(
            """SELECT e.event_id, COALESCE(e.title, '') || ' ' || COALESCE(e.summary, '') || ' ' ||
                      COALESCE((SELECT string_agg(q.text, ' ') FROM quotes q WHERE q.event_id = e.event_id), '')
               FROM events e WHERE e.event_id = ANY(%s)""",
            (event_ids,),
        )
        # Folded and split into words in Python (`text_index.postgres_body`): the index needs no server extension
        # such as unaccent, and finds what SQLite's finds (CJK bigrams; no parser's numbers, file names or URLs).
        bodies = [(event_id, postgres_body(body)) for event_id, body in cursor.fetchall()]
        cursor.executemany("INSERT INTO events_fts (event_id, body) VALUES (%s, to_tsvector('simple', %s))", bodies)

    def search_text(self, text: str) -> set[str]:
        """Event ids matching every word of `text` as a prefix, from the tsvector index."""
        query = tsquery(text, self.bigrams_indexed)
        if query is None:
            return set()
        cursor = self.conn.cursor()
        cursor.execute("SELECT event_id FROM events_fts WHERE body @@ to_tsquery('simple', %s)", (query,))
        return {row[0] for row in cursor.fetchall()}

    def _text_condition(self, text: str) -> tuple[str, list] | None:
        query = tsquery(text, self.bigrams_indexed)
        if query is None:
            return None
        return "event_id IN (SELECT event_id FROM events_fts WHERE body @@ to_tsquery('simple', %s))", [query]

    def reset(self) -> None:
        """Drop every table (for tests and `init --force` on a shared server)."""
        cursor = self.conn.cursor()
        for table in ("events_fts", "event_links", "quotes", "sources", "event_actors", "events", "venues",
                      "actors", "processes", "saved_views", "suggestions", "article_texts", "changes", "users", "auth_settings",
                      "migrations"):
            cursor.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
        self.conn.commit()
        self.migrate()


#: The Store methods that only read. On PostgreSQL a read opens a transaction; left open, a served worker's
#: connection sat "idle in transaction" between requests, holding a snapshot that blocked DDL (a schema reset
#: waited on it for ever) and VACUUM. Each of these ends the transaction it opened itself, here and only here
#: (the streams, `lean_rows` and `actor_links`, end theirs after their last chunk, `ServingQueries._end_read`).
#: A new read method of the Store belongs in this list.
READS = ("article_texts", "changes_after", "changes_since", "counts", "event_record", "event_rows", "event_versions", "existing",
         "history", "is_empty", "latest_change", "lean_categories", "load", "load_as_of", "load_table", "narrow",
         "rows_where", "saved_views", "search_text", "serving_token", "state_counts", "suggestions",
         "text_index_rows", "text_index_rows_of", "text_matches", "titles", "touched_mark", "touched_since")


def _ending_its_read(method: Callable) -> Callable:
    """`method`, ending the transaction its statements opened; a transaction already open when it was called
    (a write in progress reading its own rows), or a read that calls other reads (`event_rows`), is left to its
    owner."""
    @functools.wraps(method)
    def read(self: "PostgresStore", *args, **kwargs):
        from psycopg.pq import TransactionStatus

        depth = self.__dict__.get("_read_depth", 0)
        idle = depth == 0 and self.conn.info.transaction_status == TransactionStatus.IDLE
        self._read_depth = depth + 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._read_depth = depth
            status = self.conn.info.transaction_status
            if idle and status == TransactionStatus.INERROR:
                self.conn.rollback()
            elif idle and status == TransactionStatus.INTRANS:
                self.conn.commit()
    return read


for _name in READS:
    if inspect.isgeneratorfunction(getattr(PostgresStore, _name)):
        raise TypeError(f"PostgresStore.{_name} yields: its transaction outlives the call")
    setattr(PostgresStore, _name, _ending_its_read(getattr(PostgresStore, _name)))


def _schema(conn: Any) -> tuple[list[str], list[str] | None]:
    """The tables in the current schema and the migrations applied (None when there is no migrations table)."""
    cursor = conn.cursor()
    cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    tables = [row[0] for row in cursor.fetchall()]
    applied = None
    if "migrations" in tables:
        cursor.execute("SELECT name FROM migrations")
        applied = [row[0] for row in cursor.fetchall()]
    return tables, applied


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
