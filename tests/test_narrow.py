"""A narrow filter reads only its events through SQL (`tracker.store.narrow`), with the same result as a whole load.

Every export format must give the same bytes both ways, on SQLite and on PostgreSQL.
"""
import os

import pandas as pd
import pytest

from tracker.api import Tracker, event_filter
from tracker.export import EXPORTERS, export_bytes
from tracker.store import open_store
from tracker.synthetic import synthetic_tables

PG_URL = os.environ.get("TRACKER_TEST_PG_URL")


@pytest.fixture(scope="module")
def synthetic():
    return synthetic_tables(1_500, seed=3)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, pytest.mark.xdist_group("postgres")])])
def tracker(request, tmp_path_factory, shipped, synthetic, backend):
    """A tracker holding the shipped chronology and a synthetic one, with some events saved again later."""
    store = backend(request.param, tmp_path_factory.mktemp("narrow"))
    store.save(shipped)
    store.save(synthetic.replace(processes=synthetic.processes.iloc[0:0], venues=synthetic.venues.iloc[0:0],
                                 actors=synthetic.actors[~synthetic.actors["actor_id"].isin(shipped.actors["actor_id"])]))
    # Saved again, in reverse: their child rows are written anew, after everything else and in another order.
    again = synthetic.events.iloc[::-7].copy()
    ids = set(again["event_id"])
    store.save(synthetic.replace(
        events=again, processes=synthetic.processes.iloc[0:0], venues=synthetic.venues.iloc[0:0], actors=synthetic.actors.iloc[0:0],
        **{name: getattr(synthetic, name).loc[lambda t, key=key: t[key].isin(ids)].iloc[::-1]
           for name, key in (("event_actors", "event_id"), ("sources", "event_id"), ("quotes", "event_id"),
                             ("event_links", "from_event_id"))}))
    with Tracker(store) as opened:
        yield opened


def _busiest(tables, column):
    return str(tables.events[column].value_counts().index[0])


FILTERS = [
    dict(process="Astana format"),
    dict(process="astana FORMAT", round=20),
    dict(process="Astana format", round=[19, 20, 999]),
    dict(round=3),
    dict(actor="Kazakhstan"),
    dict(actor="Kazakhstan", since="2023-06", until="2023-06"),
    dict(actor="Nowhere"),
    dict(actor=["Nowhere", "Kazakhstan"], state="any"),
    dict(venue="Astana"),
    dict(venue="Nur-Sultan"),
    dict(since="2023-06-21", until="2023-06-22"),
    dict(until="2012-01-01", type="talk_round"),
    dict(q="round"),
    dict(q="Syria", process="Astana format", tag="syria"),
    dict(q="!!!"),
    dict(process="No such process"),
    dict(type="meeting"),  # nothing SQL narrows: the whole store is read
    dict(since="1900", tag="syria"),  # keeps more than half the events: read whole too
]
WHOLE = [dict(type="meeting"), dict(since="1900", tag="syria")]


def _same(tracker, f):
    narrow, narrow_tables = tracker.selected(f, narrow=True)
    full, full_tables = tracker.selected(f, narrow=False)
    assert narrow.notices == full.notices and narrow.filter == full.filter
    pd.testing.assert_frame_equal(narrow.events, full.events, check_categorical=False)
    for fmt in EXPORTERS:
        if fmt == "xlsx":  # a workbook holds the time it was written: compare its cells
            got = pd.read_excel(pd.io.common.BytesIO(export_bytes(fmt, narrow_tables, narrow.events)), dtype=str)
            want = pd.read_excel(pd.io.common.BytesIO(export_bytes(fmt, full_tables, full.events)), dtype=str)
            pd.testing.assert_frame_equal(got, want)
            continue
        assert export_bytes(fmt, narrow_tables, narrow.events) == export_bytes(fmt, full_tables, full.events), fmt
    return narrow, narrow_tables, full_tables


@pytest.mark.parametrize("words", FILTERS, ids=lambda w: "&".join(f"{k}={v}" for k, v in w.items()))
def test_a_narrow_read_selects_and_exports_what_a_whole_load_does(tracker, words):
    narrow, narrow_tables, full_tables = _same(tracker, event_filter(**words))
    if words in WHOLE:
        assert len(narrow_tables.events) == len(full_tables.events)
    else:  # the narrow ones read fewer events than the store holds
        assert len(narrow_tables.events) < len(full_tables.events)


def test_synthetic_rounds_venues_and_actors_read_narrow(tracker, synthetic):
    process = _busiest(synthetic, "process")
    venue = _busiest(synthetic, "venue")
    actor = str(synthetic.event_actors["actor_id"].value_counts().index[0])
    for words in (dict(process=process, round=2), dict(process=process, round=[1, 2, 3], state="any"),
                  dict(venue=venue, since="2020"), dict(actor=actor), dict(actor=actor, q="talks")):
        narrow, narrow_tables, full_tables = _same(tracker, event_filter(**words))
        assert len(narrow_tables.events) < len(full_tables.events)


def test_one_round_reads_one_round_and_its_child_rows(tracker, synthetic):
    process = _busiest(synthetic, "process")
    chosen, tables = tracker.selected(event_filter(process=process, round=2, state="any"))
    assert len(chosen.events) >= 1 and set(tables.events["process"].astype(str)) == {process}
    assert set(tables.sources["event_id"]) <= set(tables.events["event_id"])
    assert len(tables.actors) == len(tracker.actors())  # every actor: the export names them


def test_a_round_and_a_venue_are_found_by_index_not_by_a_scan(tmp_path):
    store = open_store(tmp_path / "plan.db")
    try:
        for sql, params, index in (("process IN (?) AND round_number IN (?)", ("Astana format", 20), "events_process_round"),
                                   ("round_number IN (?)", (20,), "events_round"), ("venue IN (?)", ("Astana",), "events_venue")):
            plan = store.conn.execute(f"EXPLAIN QUERY PLAN SELECT event_id FROM events WHERE {sql}", params).fetchall()
            assert index in str(plan), plan
    finally:
        store.close()


def test_bench_times_the_narrow_export(tmp_path, shipped):
    from tracker.cli.bench import ROWS, narrow_export

    store = open_store(tmp_path / "bench.db")
    store.save(shipped)
    store.close()
    figures = narrow_export(tmp_path / "bench.db", runs=1)  # `tracker export` in a new Python, as from a shell
    assert figures["narrow_export_s"] == figures["narrow_export_min_s"] > 0
    assert "narrow_export_s" in [key for key, *_ in ROWS]


def test_the_distinct_values_hop_through_the_index_and_miss_none(tracker):
    """Processes and venues as stored (odd spaces and case, accents, NULL) are all found, as SELECT DISTINCT finds them."""
    from tracker.store.narrow import _distinct, _distinct_indexed

    store = tracker.store
    odd = tracker.events().head(4)
    cursor = store.conn.cursor()
    p = store.placeholder
    for (event_id,), process, venue in zip(odd[["event_id"]].itertuples(index=False),
                                          ["  Astana format ", "ASTANA FORMAT", None, "Côte d'Ivoire talks"],
                                          ["Astana ", None, "Nur-Sultan", "Genève"]):
        cursor.execute(f"UPDATE events SET process = {p}, venue = {p} WHERE event_id = {p}", (process, venue, event_id))
    try:
        for column in ("process", "venue"):
            hopped = _distinct_indexed(store, column)
            assert len(hopped) == len(set(hopped)) and set(hopped) == set(_distinct(store, column))
        assert {"  Astana format ", "ASTANA FORMAT", "Côte d'Ivoire talks"} <= set(_distinct_indexed(store, "process"))
    finally:
        store.conn.rollback()


def test_the_whole_store_is_counted_only_as_far_as_needed(tracker):
    from tracker.store.narrow import _count, _holds_at_least

    total = _count(tracker.store)
    assert _holds_at_least(tracker.store, 0) and _holds_at_least(tracker.store, total)
    assert not _holds_at_least(tracker.store, total + 1)


def test_a_one_round_read_visits_the_indexes_not_every_event(tmp_path, shipped):
    """Counted in SQLite's VM steps, not seconds: reading one round costs less than half of one pass over the events
    (a SELECT DISTINCT over every process, or a COUNT of every event, is a whole pass each)."""
    from tracker.store.narrow import narrow

    store = open_store(tmp_path / "big.db")
    try:
        store.save(shipped)
        store.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
            "INSERT INTO events (event_id, title, event_type, status, start_date, process, round_number, venue, "
            "created_at, updated_at) SELECT 'bulk-' || i, 'Bulk', 'meeting', 'held', '2001-01-01', "
            "'Bulk process ' || (i % 40), i % 50, 'Venue ' || (i % 70), '2025-01-01', '2025-01-01' FROM n")
        store.conn.commit()
        steps = [0]

        def count() -> int:
            steps[0] += 1
            return 0

        def steps_of(action) -> int:
            steps[0] = 0
            store.conn.set_progress_handler(count, 100)
            try:
                action()
            finally:
                store.conn.set_progress_handler(None, 100)
            return steps[0]

        one_pass = steps_of(lambda: store.conn.execute("SELECT COUNT(process) FROM events").fetchone())
        for words in (dict(process="Astana format", round=20), dict(venue="Astana")):
            ids = set(narrow(store, event_filter(**words))[0].events["event_id"])
            assert ids and not any(event_id.startswith("bulk-") for event_id in ids)
            assert steps_of(lambda words=words: narrow(store, event_filter(**words))) < one_pass / 2, (words, one_pass)
    finally:
        store.close()
