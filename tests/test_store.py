"""The same store tests on SQLite and on a real PostgreSQL server (TRACKER_TEST_PG_URL)."""
import os
import sqlite3

import pandas as pd
import pytest

from tracker.flat import tables_to_rows
from tracker.frames import coerce
from tracker.models import Tables
from tracker.store import open_store
from tracker.store.migrations import MIGRATIONS

PG_URL = os.environ.get("TRACKER_TEST_PG_URL")



def snapshot(store) -> pd.DataFrame:
    """Everything a user sees of a store, as one frame."""
    tables = store.load()
    return tables_to_rows(tables).sort_values("event_id").reset_index(drop=True)


def test_the_change_token_moves_when_another_connection_writes(empty_store, mini):
    import time

    before = empty_store.change_token()
    other = empty_store.reopen()
    other.save(mini)
    other.close()  # PostgreSQL reports a session's statistics at the latest when it ends
    deadline = time.time() + 10
    while empty_store.change_token() == before and time.time() < deadline:
        time.sleep(0.1)
    assert empty_store.change_token() != before
    assert len(empty_store.load().events) == len(mini.events)


def test_save_and_load_round_trip(empty_store, mini):
    empty_store.save(mini)
    loaded = empty_store.load()
    for name, frame in mini.items():
        got = getattr(loaded, name)
        key = list(frame.columns[:3])
        pd.testing.assert_frame_equal(
            frame.sort_values(key).reset_index(drop=True), got.sort_values(key).reset_index(drop=True),
            check_categorical=False, obj=name)
    assert loaded.events["start_date"].dtype == "datetime64[s]"
    assert str(loaded.events["round_number"].dtype) == "Int64"
    assert loaded.events["event_type"].dtype == "category"


def test_save_twice_changes_nothing(empty_store, mini):
    empty_store.save(mini)
    first = empty_store.counts(), snapshot(empty_store)
    empty_store.save(mini)
    assert empty_store.counts() == first[0]
    pd.testing.assert_frame_equal(snapshot(empty_store), first[1])


def test_saving_an_event_replaces_its_children(empty_store, mini):
    empty_store.save(mini)
    stmt = mini.events[mini.events["event_id"] == "stmt"]
    sources = mini.sources[mini.sources["source_id"] == "stmt:s1"]
    empty_store.save(Tables(events=stmt, sources=sources))
    loaded = empty_store.load()
    assert list(loaded.sources.loc[loaded.sources["event_id"] == "stmt", "source_id"]) == ["stmt:s1"]
    assert loaded.event_actors[loaded.event_actors["event_id"] == "stmt"].empty
    assert len(loaded.sources) == len(mini.sources) - 1


def test_child_rows_alone_attach_to_a_stored_event(empty_store, mini):
    empty_store.save(mini)
    extra = coerce("sources", pd.DataFrame([{"source_id": "r20:s9", "event_id": "r20", "publisher": "Anadolu",
                                             "url": "https://aa.com.tr/x", "published_at": "2023-06-21"}]))
    empty_store.save(Tables(sources=extra))
    loaded = empty_store.load()
    assert set(loaded.sources.loc[loaded.sources["event_id"] == "r20", "publisher"]) == {"TASS", "Anadolu"}
    assert len(loaded.events) == len(mini.events)


def test_a_failing_save_leaves_the_store_as_it_was(empty_store, mini):
    empty_store.save(mini)
    before = empty_store.counts(), snapshot(empty_store)
    broken = mini.events.copy()
    broken.loc[0, "title"] = "changed title"
    broken.loc[len(broken) - 1, "title"] = pd.NA  # NOT NULL: the database refuses the last row
    with pytest.raises(Exception):
        empty_store.save(mini.replace(events=broken))
    assert empty_store.counts() == before[0]
    pd.testing.assert_frame_equal(snapshot(empty_store), before[1])


def test_text_search_uses_the_index(empty_store, mini):
    empty_store.save(mini)
    assert empty_store.search_text("collective request") == {"stmt"}
    assert empty_store.search_text("collect") == {"stmt"}  # prefixes
    assert empty_store.search_text("Cote") == {"civ"}  # accents folded
    assert empty_store.search_text("") == set()


def test_delete_events_removes_what_hangs_off_them(empty_store, mini):
    empty_store.save(mini)
    empty_store.delete_events(["stmt"])
    loaded = empty_store.load()
    assert "stmt" not in set(loaded.events["event_id"])
    assert "stmt" not in set(loaded.quotes["event_id"]) | set(loaded.sources["event_id"])
    assert empty_store.search_text("collective") == set()


def test_migrations_are_recorded_and_not_reapplied(tmp_path):
    path = tmp_path / "m.db"
    store = open_store(path)
    assert store.migrate() == []
    store.close()
    names = [row[0] for row in sqlite3.connect(path).execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_cli_gives_the_same_export_on_postgres_and_sqlite(run_cli, tmp_path, reset_pg, pg_url):
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("TRACKER_TEST_PG_URL is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip("TRACKER_TEST_PG_URL not set")
    reset_pg(PG_URL).close()
    sqlite_db = tmp_path / "same.db"
    exports = []
    for db in (sqlite_db, pg_url(PG_URL)):
        assert run_cli("init", "--db", db).exit_code == 0
        result = run_cli("export", "--db", db, "--actor", "Kazakhstan", "--q", "round", "--format", "json")
        assert result.exit_code == 0
        events = __import__("json").loads(result.stdout)["events"]
        exports.append([{k: v for k, v in e.items() if k not in ("created_at", "updated_at")} for e in events])
    assert exports[0] == exports[1] and len(exports[0]) > 3


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_a_read_leaves_no_transaction_open_on_postgresql(tmp_path, mini):
    """A served worker that read and then idled kept its connection 'idle in transaction', holding a snapshot
    that blocked DDL (a schema reset waited on it for ever) and VACUUM; every read ends its transaction."""
    from psycopg.pq import TransactionStatus

    from tests.conftest import open_backend

    store = open_backend("postgres", tmp_path)
    try:
        store.save(mini)
        reads = {
            "search_text": lambda: store.search_text("astana"),
            "state_counts": store.state_counts,
            "counts": store.counts,
            "is_empty": store.is_empty,
            "load": store.load,
            "change_token": store.change_token,
            "serving_token": store.serving_token,
            "touched_mark": store.touched_mark,
            "touched_since": lambda: store.touched_since(0),
            "event_rows": lambda: store.event_rows(list(mini.events["event_id"][:2])),
        }
        left_open = []
        for name, read in reads.items():
            read()
            if store.conn.info.transaction_status != TransactionStatus.IDLE:
                left_open.append(name)
                store.conn.commit()
        assert not left_open, left_open
    finally:
        store.close()


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_an_events_rows_are_read_in_one_transaction(tmp_path, mini, monkeypatch):
    """The review form and its Save read an event's rows from five tables; each read ended its own transaction
    (five commits, and five snapshots of a store others write to). `event_rows` reads them in one."""
    from tests.conftest import open_backend

    store = open_backend("postgres", tmp_path)
    try:
        store.save(mini)
        commits = []
        commit = store.conn.commit
        monkeypatch.setattr(store.conn, "commit", lambda: (commits.append(1), commit())[1])
        ids = list(mini.events["event_id"][:2])
        rows = store.event_rows(ids)
        assert len(commits) == 1
        for table, key in (("events", "event_id"), ("sources", "event_id"), ("event_links", "from_event_id")):
            monkeypatch.setattr(store.conn, "commit", commit)
            pd.testing.assert_frame_equal(rows[table], store.rows_where(table, key, ids))
    finally:
        store.close()
