"""The serving snapshot: equal to the store's content on both engines, rebuilt on change, shared by workers
that see each other's writes through the touched-events log."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tracker.dashboard import snapshot
from tracker.dashboard.data import DashboardData
from tracker.dashboard.download import csv_chunks
from tracker.dashboard.live import LiveData
from tracker.export import export_bytes
from tracker.filters import EventFilter
from tracker.query import select_events
from tracker.store import open_store

from tests.conftest import BACKENDS, open_backend
from tests.dashboard.test_live import new_event, same

EVERYTHING = EventFilter.build(states=["any"])


@pytest.fixture(params=BACKENDS)
def filled(request, tmp_path, shipped, monkeypatch):
    """The shipped chronology in a store of each engine (PostgreSQL snapshots in a tmp cache folder)."""
    monkeypatch.setenv("TRACKER_CACHE", str(tmp_path / "cache"))
    store = open_backend(request.param, tmp_path)
    store.save(shipped)
    yield store
    store.close()


def reopened(store):
    """A second connection to the same store, as another worker process has."""
    return open_store(store.reopen_location())


def test_snapshot_equals_what_the_store_holds(filled):
    data = DashboardData.load(filled)
    full = filled.load()
    memory = DashboardData.from_tables(full, filled)
    assert data.snapshot is not None and data.flat is not None  # served from the mapped files
    pd.testing.assert_frame_equal(data.tables.events, memory.tables.events, check_categorical=False, check_column_type=False)
    assert data.ids.take(range(len(data))) == memory.ids.take(range(len(memory)))
    pairs = lambda d: sorted(zip(d.index.link_event.tolist(), d.index.actor_ids[d.index.link_actor].tolist()))
    assert pairs(data) == pairs(memory)
    events = select_events(full, EVERYTHING, filled)
    assert b"".join(csv_chunks(data, EVERYTHING)) == export_bytes("csv", full, events)
    assert data.titles_at(range(len(data))) == memory.titles_at(range(len(memory)))
    for text in ("Astana", "collective request", "Türkiye"):
        assert set(data.search(text)) == filled.search_text(text)


def test_a_second_open_maps_the_same_files_without_building(filled, monkeypatch):
    first = DashboardData.load(filled)
    monkeypatch.setattr(snapshot, "build", lambda *a, **k: pytest.fail("built again without a change"))
    again = DashboardData.load(reopened(filled))
    assert again.snapshot == first.snapshot and len(again) == len(first)


def test_a_change_gives_a_new_snapshot_that_holds_it(filled):
    before = DashboardData.load(filled)
    other = reopened(filled)  # another process writes (`tracker import`): not through the dashboard
    other.save(new_event("x-snap", review_state="confirmed"))
    other.close()
    after = DashboardData.load(filled)
    assert after.snapshot != before.snapshot
    assert before.position_of("x-snap") is None and after.position_of("x-snap") is not None
    assert b"x-snap" in b"".join(csv_chunks(after, EVERYTHING))
    assert len(before.titles_at(range(len(before)))) == len(before)  # the old mapping stays readable


def test_a_worker_sees_another_workers_write_through_the_log(filled):
    worker_a = LiveData(filled, DashboardData.load(filled))
    second = reopened(filled)
    worker_b = LiveData(second, DashboardData.load(second))
    worker_a.save(new_event("x-from-a", review_state="confirmed"))
    assert worker_b.data.position_of("x-from-a") is None
    assert worker_b.catch_up()  # what its watcher does every WATCH_SECONDS
    seen = worker_b.data
    assert seen.position_of("x-from-a") is not None and seen.flat is None  # a refreshed copy: downloads read the store
    same_data = DashboardData.load(second)
    pd.testing.assert_frame_equal(seen.tables.events, same_data.tables.events, check_categorical=False, check_column_type=False)
    assert b"x-from-a" in b"".join(csv_chunks(seen, EVERYTHING))
    assert b"".join(csv_chunks(seen, EVERYTHING)) == b"".join(csv_chunks(same_data, EVERYTHING))
    assert not worker_b.catch_up() or worker_b.data.position_of("x-from-a") is not None
    second.close()


def test_a_refreshed_copy_equals_a_fresh_snapshot_on_sqlite(store):
    worker_a = LiveData(store, DashboardData.load(store))
    second = reopened(store)
    worker_b = LiveData(second, DashboardData.load(second))
    worker_a.save(new_event("x-new-b"))
    worker_a.save(new_event("x-new-c", title="Second write"))  # a copy refreshed twice still finds its titles
    worker_b.catch_up()
    fresh = DashboardData.load(second)
    same(worker_b.data, fresh)
    everything = range(len(fresh))
    assert worker_b.data.titles_at(everything) == fresh.titles_at(everything) == worker_a.data.titles_at(everything)
    assert worker_a.data.titles_base is not None and (worker_a.data.base_at < 0).sum() == 2  # two read from the store
    second.close()


def test_the_log_and_the_save_are_one_transaction(store):
    live = LiveData(store, DashboardData.load(store))
    mark = store.touched_mark()
    bad = new_event("x-bad", end_date=pd.Timestamp("2000-01-01"))  # ends before it starts: the store refuses it
    with pytest.raises(Exception):
        live.save(bad)
    assert store.touched_mark() == mark  # nothing logged for a write that did not happen
    assert live.data.position_of("x-bad") is None


def test_ids_of_a_snapshot_look_up_like_a_fresh_index(data):
    positions = np.arange(len(data))
    ids = data.ids.take(positions)
    assert (data.ids.get_indexer(ids) == positions).all()
    assert data.ids.get_indexer(["no-such-event"]).tolist() == [-1]


def test_a_worker_does_not_read_its_own_writes_again(store):
    live = LiveData(store, DashboardData.load(store))
    live.save(new_event("x-own-log"))
    mine = live.data
    live.catch_up()
    assert live.data is mine  # logged under its own name: not read again, the mark moves on
    assert mine.mark == store.touched_mark()


def test_a_worker_reads_another_workers_write_once(filled):
    worker_a = LiveData(filled, DashboardData.load(filled))
    second = reopened(filled)
    worker_b = LiveData(second, DashboardData.load(second))
    worker_a.save(new_event("x-once", review_state="confirmed"))
    assert worker_b.catch_up()
    worker_b.save(new_event("x-own", review_state="confirmed"))  # moves the log's end past a's entry
    assert not worker_b.catch_up()  # a's entry, within OVERLAP of the end, was seen: nothing is read again
    second.close()


def test_an_entry_committed_after_a_later_one_is_still_read(filled):
    """Why `touched_since` reads back OVERLAP entries: a sequence number can commit after a higher one."""
    worker_a = LiveData(filled, DashboardData.load(filled))
    second = reopened(filled)
    worker_b = LiveData(second, DashboardData.load(second))
    worker_a.save(new_event("x-late", review_state="confirmed"))
    worker_a.save(new_event("x-after", review_state="confirmed"))
    cursor = filled.conn.cursor()
    cursor.execute("SELECT seq, event_id, writer, at FROM touched_log WHERE event_id = 'x-late' ORDER BY seq")
    late = cursor.fetchall()[-1]  # (the log of the PostgreSQL test database outlives a test)
    cursor.execute("DELETE FROM touched_log WHERE event_id = 'x-late'")  # as if not committed yet
    filled.conn.commit()
    assert worker_b.catch_up() and worker_b.data.position_of("x-after") is not None
    assert worker_b.data.position_of("x-late") is None
    marks = ", ".join([filled.placeholder] * 4)
    cursor.execute(f"INSERT INTO touched_log (seq, event_id, writer, at) VALUES ({marks})", late)  # committed now
    filled.conn.commit()
    worker_a.save(new_event("x-last", review_state="confirmed"))
    assert worker_b.catch_up() and worker_b.data.position_of("x-late") is not None
    second.close()


def test_workers_that_saw_the_same_writes_show_the_same_version(filled):
    data = DashboardData.load(filled)
    worker_a, worker_b = LiveData(None, data), LiveData(None, DashboardData.load(filled))
    worker_a.use_store(reopened(filled))  # what each forked worker does: its own connection
    worker_b.use_store(reopened(filled))
    assert worker_a.data.version == worker_b.data.version
    worker_a.save(new_event("x-version-1", review_state="confirmed"))
    worker_a.save(new_event("x-version-2", review_state="confirmed"))
    worker_b.catch_up()
    assert worker_b.data.version == worker_a.data.version  # a counter would say 2 in one, 1 in the other
    assert worker_b.data.position_of("x-version-2") is not None
    worker_b.save(new_event("x-version-3", review_state="confirmed"))
    worker_a.catch_up()
    assert worker_a.data.version == worker_b.data.version != data.version
    worker_a.store.close()
    worker_b.store.close()


def test_the_log_keeps_a_week_and_its_last_entry(filled):
    """The touched-events log grew by a row for every event every write touched, for as long as the store was
    served; entries older than TOUCHED_LOG_KEPT go at a write (at most hourly), never the last one (the mark)."""
    import datetime as dt

    from tracker.store.serving import TOUCHED_LOG_KEPT

    live = LiveData(filled, DashboardData.load(filled))
    live.save(new_event("x-before", review_state="confirmed"))
    cursor = filled.conn.cursor()
    old = (dt.datetime.now(dt.timezone.utc) - TOUCHED_LOG_KEPT - dt.timedelta(hours=1)).isoformat(timespec="seconds")
    cursor.execute(f"UPDATE touched_log SET at = {filled.placeholder}", (old,))  # every entry so far is old
    filled.conn.commit()
    mark = filled.touched_mark()
    filled._log_pruned = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # as a connection that never pruned
    live.save(new_event("x-now", review_state="confirmed"))
    cursor.execute("SELECT event_id, at FROM touched_log ORDER BY seq")
    left = cursor.fetchall()
    assert left and all(at > old for _, at in left) and {e for e, _ in left} == {"x-now"}
    assert filled.touched_mark() > mark
    cursor.execute(f"UPDATE touched_log SET at = {filled.placeholder}", (old,))
    filled.conn.commit()
    filled.note_touched(["x-again"])  # within the hour: nothing more is deleted
    cursor.execute("SELECT COUNT(*) FROM touched_log")
    assert cursor.fetchone()[0] == len(left) + 1
    cursor.execute(f"UPDATE touched_log SET at = {filled.placeholder}", (old,))
    filled.conn.commit()
    filled._log_pruned = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    filled.note_touched(["x-third"])
    cursor.execute("SELECT event_id FROM touched_log")
    assert [e for (e,) in cursor.fetchall()] == ["x-third"]  # the new entry: the old ones are gone


def test_a_backlog_of_old_entries_goes_a_batch_a_write(filled, monkeypatch):
    import datetime as dt

    from tracker.store import serving

    monkeypatch.setattr(serving, "PRUNE_ROWS", 2)
    filled.note_touched(["a", "b", "c", "d", "e"])
    cursor = filled.conn.cursor()
    old = (dt.datetime.now(dt.timezone.utc) - serving.TOUCHED_LOG_KEPT * 2).isoformat(timespec="seconds")
    cursor.execute(f"UPDATE touched_log SET at = {filled.placeholder}", (old,))
    filled.conn.commit()
    filled._log_pruned = dt.datetime.min.replace(tzinfo=dt.timezone.utc)

    def left() -> list[str]:
        cursor.execute("SELECT event_id FROM touched_log ORDER BY seq")
        return [e for (e,) in cursor.fetchall()]

    before = left()
    filled.note_touched(["f"])  # two old entries go, and the next write prunes again
    assert left() == before[2:] + ["f"]
    filled.note_touched(["g"])
    assert left() == before[4:] + ["f", "g"]
