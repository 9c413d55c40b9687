"""A shared store on PostgreSQL (psycopg 3), same schema and behaviour as SQLite."""
from __future__ import annotations

import re
from typing import Any

from tracker.resolve import fold
from tracker.store.base import SQLStore

_WORD = re.compile(r"\w+", re.UNICODE)
#: The tables whose writes `change_token` counts.
TRACKED_TABLES = ("events", "event_actors", "sources", "quotes", "event_links", "actors", "processes", "venues")


class PostgresStore(SQLStore):
    """A chronology in a PostgreSQL database, migrated on first use."""

    placeholder = "%s"
    row_order = "ctid"
    float32_reals = True  # REAL is 4 bytes here (see HistoryRecorder)

    def __init__(self, url: str):
        import psycopg

        conn = psycopg.connect(url)
        super().__init__(conn, _redact(url))
        self._url = url
        self.migrate()

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
        return PostgresStore(self._url)

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

    def _upsert_sql(self, table: str, columns: list[str], keys: tuple[str, ...]) -> str:
        marks = ", ".join("%s" for _ in columns)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({', '.join(keys)}) {action}"

    def _index_text(self, cursor: Any, event_ids: list[str]) -> None:
        cursor.execute("DELETE FROM events_fts WHERE event_id = ANY(%s)", (event_ids,))
        cursor.execute(
            """SELECT e.event_id, COALESCE(e.title, '') || ' ' || COALESCE(e.summary, '') || ' ' ||
                      COALESCE((SELECT string_agg(q.text, ' ') FROM quotes q WHERE q.event_id = e.event_id), '')
               FROM events e WHERE e.event_id = ANY(%s)""",
            (event_ids,),
        )
        # Folded in Python (accents, case) so the index needs no server extension such as unaccent.
        bodies = [(event_id, fold(body)) for event_id, body in cursor.fetchall()]
        cursor.executemany("INSERT INTO events_fts (event_id, body) VALUES (%s, to_tsvector('simple', %s))", bodies)

    def search_text(self, text: str) -> set[str]:
        """Event ids matching every word of `text` as a prefix, from the tsvector index."""
        query = _ts_query(text)
        if query is None:
            return set()
        cursor = self.conn.cursor()
        cursor.execute("SELECT event_id FROM events_fts WHERE body @@ to_tsquery('simple', %s)", (query,))
        return {row[0] for row in cursor.fetchall()}

    def _text_condition(self, text: str) -> tuple[str, list] | None:
        query = _ts_query(text)
        if query is None:
            return None
        return "event_id IN (SELECT event_id FROM events_fts WHERE body @@ to_tsquery('simple', %s))", [query]

    def reset(self) -> None:
        """Drop every table (for tests and `init --force` on a shared server)."""
        cursor = self.conn.cursor()
        for table in ("events_fts", "event_links", "quotes", "sources", "event_actors", "events", "venues",
                      "actors", "processes", "saved_views", "suggestions", "article_texts", "changes", "migrations"):
            cursor.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
        self.conn.commit()
        self.migrate()


def _ts_query(text: str) -> str | None:
    """The tsquery for `text`: every folded word as a prefix, all required; None when there is no word."""
    words = _WORD.findall(fold(text))
    return " & ".join(f"{w}:*" for w in words) if words else None


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
