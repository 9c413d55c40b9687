"""The dashboard's data after its own writes: equal to reading the store again, swapped whole, thread-safe."""
from __future__ import annotations

import threading
import time

import numpy as np
import pandas as pd
import pytest

from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData, StoreMissing
from tracker.dashboard.refresh import refreshed, touched_events
from tracker.extract import review
from tracker.filters import EventFilter
from tracker.frames import coerce
from tracker.models import Tables

NOW = pd.Timestamp("2025-01-02 03:04:05").to_pydatetime()


def new_event(event_id: str, **fields) -> Tables:
    """A candidate event with a source, a quote and an actor link (fields override the defaults)."""
    row = {"event_id": event_id, "title": f"Talks {event_id}", "event_type": "meeting", "status": "held",
           "start_date": pd.Timestamp("2023-06-21"), "date_precision": "day", "process": "Brand-new process",
           "venue": "Zzz-ville", "review_state": "candidate", "evidence": "They met.", "confidence": 0.7,
           "created_at": pd.Timestamp(NOW), "updated_at": pd.Timestamp(NOW), **fields}
    return Tables(
        events=coerce("events", pd.DataFrame([row])),
        event_actors=coerce("event_actors", pd.DataFrame([{"event_id": event_id, "actor_id": "kaz", "role": "host"}])),
        sources=coerce("sources", pd.DataFrame([{"source_id": f"{event_id}:s1", "event_id": event_id,
                                                 "publisher": "Wire", "title": "t", "url": "https://example.org/a"}])),
        quotes=coerce("quotes", pd.DataFrame([{"quote_id": f"{event_id}:q1", "event_id": event_id,
                                               "source_id": f"{event_id}:s1", "speaker": "x",
                                               "text": "zanzibarian quokka words"}])),
    )


def same(refreshed: DashboardData, fresh: DashboardData) -> None:
    """Two copies hold the same events in the same order, with the same links and text index."""
    pd.testing.assert_frame_equal(refreshed.tables.events, fresh.tables.events)
    assert refreshed.ids.take(range(len(refreshed))) == fresh.ids.take(range(len(fresh)))
    pairs = lambda d: sorted(zip(d.index.link_event.tolist(), d.index.actor_ids[d.index.link_actor].tolist()))
    assert pairs(refreshed) == pairs(fresh)
    top = min(len(refreshed.fts_positions), len(fresh.fts_positions))
    assert np.array_equal(refreshed.fts_positions[:top], fresh.fts_positions[:top])
    assert (refreshed.fts_positions[top:] < 0).all() and (fresh.fts_positions[top:] < 0).all()
    for f in (EventFilter.build(states=["any"]), EventFilter.build(actors=["Kazakhstan"], states=["candidate", "confirmed"]),
              EventFilter.build(text="quokka", states=["any"]), EventFilter.build(processes=["Brand-new process"], states=["any"])):
        assert np.array_equal(refreshed.mask(f), fresh.mask(f))


def test_a_write_is_seen_at_once_and_equals_a_fresh_load(store):
    live = LiveData(store, DashboardData.load(store))
    before = live.data
    live.save(new_event("x-new-1"))
    assert live.data is not before and live.data._lock is before._lock
    assert before.position_of("x-new-1") is None and live.data.position_of("x-new-1") is not None
    same(live.data, DashboardData.load(store))
    tables = store.load()
    live.save(review.edit(tables, "x-new-1", {"start_date": "2019-01-05", "process": "Astana format", "venue": ""}, NOW))
    same(live.data, DashboardData.load(store))  # moved in the order; the new process and venue are gone again
    live.save(review.merge(store.load(), "x-new-1", "kaz-statement-2023-06-22", NOW))
    same(live.data, DashboardData.load(store))
    assert live.data.search("quokka")  # the moved quote is found under the target


def test_touched_events_include_the_events_child_rows_hang_off(store):
    changes = review.merge(store.load(), "astana-20", "kaz-statement-2023-06-22", NOW)
    assert touched_events(changes) == ["astana-20", "kaz-statement-2023-06-22"]


def test_readers_keep_a_whole_snapshot_while_writers_write(store):
    live = LiveData(store, DashboardData.load(store))
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(30):
                data = live.data
                assert len(data.titles_at(np.flatnonzero(data.mask(EventFilter.build(states=["any"])))[:50])) <= 50
        except BaseException as exc:  # reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for thread in readers:
        thread.start()
    for n in range(5):
        live.save(new_event(f"x-new-{n}", start_date=pd.Timestamp(f"2020-0{n + 1}-01")))
    for thread in readers:
        thread.join()
    assert errors == []
    same(live.data, DashboardData.load(store))


def test_data_without_a_store_cannot_be_written(shipped):
    live = LiveData(None, DashboardData.from_tables(shipped))
    with pytest.raises(StoreMissing):
        live.save(new_event("x"))


def test_a_full_copy_is_read_again(store, shipped):
    live = LiveData(store, DashboardData.from_tables(store.load(), store))
    live.save(new_event("x-full"))
    assert live.data.position_of("x-full") is not None and live.data.full is not None


def test_a_write_by_another_process_is_picked_up_and_open_pages_are_told(store):
    from dash import no_update

    from tracker.dashboard.live import newer_version
    from tracker.store import open_store

    live = LiveData(store, DashboardData.load(store))
    shown = live.data.version
    live.save(new_event("x-own"))
    assert not live.changed_elsewhere()  # the dashboard's own writes are refreshed, not reloaded
    live.watch(every=0.05)
    try:
        other = open_store(store.location)  # what `tracker import` does, from another connection
        other.save(new_event("x-elsewhere", review_state="confirmed"))
        other.close()
        deadline = time.monotonic() + 60  # generous: a loaded CI machine is slow to reload, not wrong
        while live.data.position_of("x-elsewhere") is None and time.monotonic() < deadline:
            threading.Event().wait(0.05)
        data = live.data
        position = data.position_of("x-elsewhere")
        assert position is not None and data.position_of("x-own") is not None
        assert data.titles_at([position]) == ["Talks x-elsewhere"] and "x-elsewhere" in data.search("quokka")
        assert newer_version(data.version, shown) == data.version > shown + 1
        assert newer_version(data.version, data.version) is no_update
        same(data, DashboardData.load(store))
    finally:
        live.stop()


def test_a_page_opened_after_a_write_starts_with_the_version_it_shows(store):
    from tracker.dashboard import ids
    from tracker.dashboard.app import create_app, current_page
    from tracker.dashboard.panels import default_panels

    def version_in(page) -> int:
        stack = [page]
        while stack:
            node = stack.pop()
            if isinstance(node, (list, tuple)):
                stack.extend(node)
            elif getattr(node, "id", None) == ids.DATA_VERSION:
                return node.data
            elif getattr(node, "children", None) is not None and not isinstance(node.children, str):
                stack.append(node.children)
        raise AssertionError("no data-version store in the page")

    live = LiveData(store, DashboardData.load(store))
    page = current_page(create_app(store, data=live.data), live, default_panels())
    first = page()
    assert version_in(first) == live.data.version and page() is first  # built once per version
    live.save(new_event("x-page"))
    assert version_in(page()) == live.data.version == version_in(first) + 1


def test_an_edit_outside_the_lean_columns_keeps_the_arrays_and_forgets_what_it_changed(store):
    """A title or summary edit (the review page's Save) keeps the copy's arrays (no re-sort in every worker), and
    its titles, text searches and text masks are the new ones: equal to reading the store again."""
    live = LiveData(store, DashboardData.load(store))
    event_id = "kaz-statement-2023-06-22"
    live.save(review.edit(store.load(), event_id, {"summary": "alphaquux said"}, NOW))
    before = live.data
    position = before.position_of(event_id)
    words = EventFilter.build(text="alphaquux", states=["any"])
    assert event_id in before.search("alphaquux") and before.mask(words)[position]  # both cached now
    unfiltered = before.mask(EventFilter.build(states=["any"]))
    live.save(review.edit(store.load(), event_id, {"title": "Renamed statement", "summary": "betaquux said"}, NOW))
    data = live.data
    assert data is not before and data.version == before.version + 1
    assert data.start_days is before.start_days and data.index is before.index  # nothing re-sorted or re-derived
    assert data.titles_at([position]) == ["Renamed statement"]
    assert event_id not in data.search("alphaquux") and event_id in data.search("betaquux")
    assert not data.mask(words).any() and np.array_equal(data.mask(EventFilter.build(states=["any"])), unfiltered)
    same(data, DashboardData.load(store))
    assert before.mask(words)[position]  # the old copy keeps its own answers


@pytest.mark.parametrize("last", [True, False], ids=["last written", "older"])
def test_an_event_deleted_and_brought_back_is_found_by_its_words_again(store, last):
    """QA (HIGH): Edit, Delete, Undo in the page: the event came back but the page's text search, downloads and
    briefs no longer found it until a restart (SQLite). The text index gave its row back the rowid it had before the
    delete (the largest), and the copy looked only past the rowids it still held."""
    live = LiveData(store, DashboardData.load(store))
    event_id = "astana-09"
    if not last:
        store.edit_event("astana-10", {"summary": "written after"}, expected_version=None)
    store.edit_event(event_id, {"summary": "Ninth round, with the word capybara"}, expected_version=None)
    for step in (lambda: None, lambda: store.delete_event(event_id, expected_version=None),
                 lambda: store.undo(event_id)):
        step()
        live._data = refreshed(live.data, store, [event_id, "astana-10"])
    data = live.data
    assert event_id in data.search("capybara")
    assert data.mask(EventFilter.build(text="capybara", states=["any"])).sum() == 1
    same(data, DashboardData.load(store))


@pytest.mark.parametrize("changes", [
    {"tags": "guarantors; new-tag"}, {"round_number": "7"}, {"end_date": "2023-06-23"}, {"date_precision": "month"},
    {"status": "postponed"}, {"event_type": "meeting"}, {"venue": "Geneva"}, {"start_date": "2023-06-21"},
], ids=lambda c: next(iter(c)))
def test_a_change_of_one_lean_value_is_never_taken_for_an_edit_outside_them(store, changes):
    """The quick check that a re-read event holds what the copy holds (`_rows_as_held`) must see every lean
    column: each one changed alone still gives the copy a fresh load would give."""
    live = LiveData(store, DashboardData.load(store))
    before = live.data
    live.save(review.edit(store.load(), "kaz-statement-2023-06-22", changes, NOW))
    same(live.data, DashboardData.load(store))
    assert live.data.tables.events is not before.tables.events  # rebuilt, not taken for a summary edit


def test_an_actor_link_change_alone_is_seen(store):
    live = LiveData(store, DashboardData.load(store))
    tables = store.load()
    event_id = "kaz-statement-2023-06-22"
    links = tables.event_actors[tables.event_actors["event_id"] == event_id]
    assert len(links)
    live.save(review.edit_actors(tables, event_id, [("Russia", "participant")], NOW))
    same(live.data, DashboardData.load(store))


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_a_worker_reads_the_store_while_its_write_waits_for_another_writer(tmp_path, backend):
    """In a worker of `tracker serve --workers`, a write waits for the others' (the store's write lock); the
    worker's reads of the store went on the same connection and waited with it (50 analysts: the review form's
    p95 1.7 s, queued behind Saves queued on the lock). A worker writes on a connection of its own."""
    store = backend("postgres", tmp_path)
    store.save(new_event("x-first"))
    live = LiveData(store, DashboardData.load(store))
    live.use_store(store)  # as a forked worker does: shared with the other workers
    holder = store.reopen()  # another worker in the middle of its write
    cursor = holder.conn.cursor()
    cursor.execute("SELECT pg_advisory_xact_lock(%s)", (store.WRITE_LOCK,))
    saving = threading.Thread(target=live.save, args=(new_event("x-second"),), daemon=True)
    try:
        saving.start()
        saving.join(1.0)
        assert saving.is_alive()  # waiting for the lock
        read = threading.Thread(target=lambda: live.data.subset(["x-first"]), daemon=True)
        read.start()
        read.join(60)
        assert not read.is_alive() and saving.is_alive()  # the read did not wait for the lock
    finally:
        holder.conn.rollback()
        holder.close()
    saving.join(60)
    assert not saving.is_alive() and live.data.position_of("x-second") is not None
    assert [e for e in store.load().events["event_id"]] == ["x-first", "x-second"]
    store.close()
