"""Named schema migrations, applied in order and recorded in the `migrations` table.

Each migration is a list of statements written in the SQL that SQLite and
PostgreSQL share; dialect-specific parts (the full-text index) live in the stores.
Add new migrations at the end; never edit one that has shipped.
"""
from __future__ import annotations

from typing import Any, Callable, Union


def _baseline_history(store: Any, cursor: Any) -> None:
    """Record the events stored before history began (see `HistoryRecorder.record_baseline`)."""
    store.record_baseline(cursor)


def _period_ends(store: Any, cursor: Any) -> None:
    """Give an event dated to a month or a year with no end the period's last day, as every write now does
    (`tracker.flat`): with none, the date filters took it for its first day, and "from 20 March" missed it."""
    import datetime as dt

    from tracker.dates import period_end

    cursor.execute("SELECT event_id, start_date, date_precision FROM events "
                   "WHERE end_date IS NULL AND date_precision IN ('month', 'year')")
    p = store.placeholder
    for event_id, start, precision in cursor.fetchall():
        end = period_end(dt.date.fromisoformat(str(start)[:10]), precision)
        cursor.execute(f"UPDATE events SET end_date = {p} WHERE event_id = {p}", (end.isoformat(), event_id))


#: The migration after which PostgreSQL keeps the order of an event's actors, sources, quotes and links in a
#: column (`seq`, numbered as rows are written): the physical order (ctid) it was read in moves when a row is
#: updated or lands in space a vacuum freed. SQLite's rowids grow as rows are written, so there it adds nothing;
#: a store without it is read in its physical order, as before.
CHILD_ORDER = "0010_child_order"
#: The tables whose rows keep the order they were written in.
ORDERED_CHILDREN = ("event_actors", "sources", "quotes", "event_links")
#: The migration after which SQLite keeps each event's row number in its text index (table `fts_rows`): the index
#: cannot look an event up by its id, so every write scanned all of it to delete the rows it re-indexes (0.27 s a
#: review Save at a million events, under the write lock). PostgreSQL's index has the id as its key.
TEXT_INDEX_ROWS = "0011_text_index_rows"
#: The migration after which the text index holds CJK bigrams (`tracker.store.text_index`).
CJK_TEXT_INDEX = "0009_cjk_text_index"


def _reindex_text(store: Any, cursor: Any) -> None:
    """Index every event's text again, as `tracker.store.text_index` now has it: Chinese, Japanese and Korean
    runs as bigrams (a word inside a run is found), and on PostgreSQL the words split as SQLite splits them."""
    store._rebuild_text_index(cursor)

#: A step is SQL text, or a Python step called as step(store, cursor) after the SQL and the dialect's own statements.
Step = Union[str, Callable[[Any, Any], None]]

MIGRATIONS: list[tuple[str, list[Step]]] = [
    ("0001_initial", [
        """CREATE TABLE processes (
            process_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, aliases TEXT, subject TEXT, parties TEXT)""",
        """CREATE TABLE actors (
            actor_id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, aliases TEXT,
            parent_id TEXT, review_state TEXT NOT NULL DEFAULT 'confirmed')""",
        """CREATE TABLE venues (
            venue_id TEXT NOT NULL, name TEXT NOT NULL, country TEXT, valid_from TEXT, valid_to TEXT)""",
        "CREATE INDEX venues_id ON venues (venue_id)",
        """CREATE TABLE events (
            event_id TEXT PRIMARY KEY, title TEXT NOT NULL, event_type TEXT NOT NULL, status TEXT NOT NULL,
            start_date TEXT NOT NULL, end_date TEXT, date_precision TEXT NOT NULL DEFAULT 'day',
            process TEXT, round_number INTEGER, venue TEXT, venue_country TEXT, summary TEXT, tags TEXT,
            review_state TEXT NOT NULL DEFAULT 'confirmed', created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date))""",
        "CREATE INDEX events_start ON events (start_date)",
        """CREATE TABLE event_actors (
            event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE, actor_id TEXT NOT NULL,
            role TEXT NOT NULL, PRIMARY KEY (event_id, actor_id, role))""",
        "CREATE INDEX event_actors_actor ON event_actors (actor_id)",
        """CREATE TABLE sources (
            source_id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
            publisher TEXT, title TEXT, url TEXT, published_at TEXT)""",
        "CREATE INDEX sources_event ON sources (event_id)",
        """CREATE TABLE quotes (
            quote_id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
            source_id TEXT, speaker TEXT, text TEXT NOT NULL)""",
        "CREATE INDEX quotes_event ON quotes (event_id)",
        """CREATE TABLE event_links (
            from_event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE, to_event_id TEXT NOT NULL,
            link_type TEXT NOT NULL, PRIMARY KEY (from_event_id, to_event_id, link_type))""",
    ]),
    ("0002_candidate_evidence", [
        "ALTER TABLE events ADD COLUMN evidence TEXT",
        "ALTER TABLE events ADD COLUMN confidence REAL",
    ]),
    ("0003_saved_views", [
        """CREATE TABLE saved_views (
            name TEXT PRIMARY KEY, query TEXT NOT NULL, created_at TEXT NOT NULL)""",
    ]),
    ("0004_review_queue", [
        # Sources suggested for confirmed events (see tracker.suggestions): accepted ones become
        # sources and leave; rejected ones stay, so the same article is not suggested again.
        """CREATE TABLE suggestions (
            suggestion_id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
            publisher TEXT, title TEXT, url TEXT, published_at TEXT, quotes TEXT, evidence TEXT, confidence REAL,
            state TEXT NOT NULL DEFAULT 'pending', created_at TEXT NOT NULL,
            CHECK (state IN ('pending', 'rejected')))""",
        "CREATE INDEX suggestions_event ON suggestions (event_id)",
        # The text of an ingested article, by the id of the source (or suggestion) it came in as,
        # so the review page can show the evidence sentence in its article.
        "CREATE TABLE article_texts (source_id TEXT PRIMARY KEY, text TEXT NOT NULL)",
    ]),
    # A narrow export (one round, one venue) reads its events by these instead of loading the store.
    ("0005_event_filter_indexes", [
        "CREATE INDEX events_process_round ON events (process, round_number)",
        "CREATE INDEX events_round ON events (round_number)",
        "CREATE INDEX events_venue ON events (venue)",
    ]),
    # Every write's before and after records (see tracker.store.history), append-only; `id` is
    # SQLite's rowid (PostgreSQL gives it a sequence after this migration). `version` counts an
    # event's changes, for optimistic concurrency.
    ("0006_history", [
        """CREATE TABLE changes (
            id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, version INTEGER NOT NULL, action TEXT NOT NULL,
            user_name TEXT NOT NULL, changed_at TEXT NOT NULL, before TEXT, after TEXT)""",
        "CREATE INDEX changes_event ON changes (event_id)",
        "CREATE INDEX changes_time ON changes (changed_at)",
        "ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
        _baseline_history,
    ]),
    # Users of a team's tracker (tracker.auth): once a store has one, every page needs a login.
    # session_epoch grows on a password change or lockout reset, which ends that user's sessions.
    ("0007_users", [
        """CREATE TABLE users (
            name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, session_epoch INTEGER NOT NULL DEFAULT 0,
            CHECK (role IN ('viewer', 'editor', 'admin')))""",
        # The session-signing secret, made once and shared by every worker process.
        "CREATE TABLE auth_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ]),
    # A month or a year with no end date is the whole period (see _period_ends).
    ("0008_period_ends", [_period_ends]),
    # The text index again, with CJK bigrams (see _reindex_text).
    (CJK_TEXT_INDEX, [_reindex_text]),
    # PostgreSQL: each child row gets a number in the order it was written (see CHILD_ORDER).
    (CHILD_ORDER, []),
    # SQLite: where each event's row is in the text index (see TEXT_INDEX_ROWS).
    (TEXT_INDEX_ROWS, []),
]
#: Migrations that only mend values or orders or rebuild the text index: a read-only store that lacks them is
#: still read (as it is; without 0009 its index is searched as it was made: a CJK word only as a run's start).
MENDS_VALUES_ONLY = {"0008_period_ends", CJK_TEXT_INDEX, CHILD_ORDER, TEXT_INDEX_ROWS}
