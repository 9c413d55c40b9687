"""History and "as of" on both engines: every write records who changed which event, before and after;
edits are checked as imports are; a stale version writes nothing; the past reads back exactly."""
from __future__ import annotations

import hashlib
import time

import pandas as pd
import pytest

from tracker.models import Tables
from tracker.suggestions import suggestion_frame
from tracker.store.history import EditConflict, EditRefused, UndoConflict, now_utc


def tables_fingerprint(tables: Tables) -> str:
    """A hash of the events and their rows (reference tables left out: they keep no history)."""
    digest = hashlib.sha256()
    for name, frame in tables.items():
        if name in ("actors", "processes", "venues"):
            continue
        digest.update(name.encode())
        digest.update(frame.sort_values(list(frame.columns)).to_csv(index=False).encode())
    return digest.hexdigest()


def changes_count(store) -> int:
    cursor = store.conn.cursor()
    cursor.execute("SELECT COUNT(*) FROM changes")
    count = int(cursor.fetchone()[0])
    store.conn.commit()
    return count


@pytest.fixture()
def filled(empty_store, mini):
    empty_store.save(mini, user="importer")
    return empty_store


def test_an_import_records_each_event_as_created_by_its_user(filled, mini):
    history = filled.history("r20")
    assert [(c.kind, c.action, c.user, c.version) for c in history] == [("created", "import", "importer", 1)]
    assert history[0].after["event"]["title"] == "20th International Meeting on Syria in the Astana format"
    assert sorted(map(tuple, history[0].after["actors"])) == sorted(
        (a, r) for a, r in zip(mini.event_actors.loc[mini.event_actors["event_id"] == "r20", "actor_id"],
                                mini.event_actors.loc[mini.event_actors["event_id"] == "r20", "role"].astype(str)))
    assert changes_count(filled) == len(mini.events)


def test_an_unchanged_reimport_records_nothing_and_keeps_the_stamps(filled, mini, fingerprint):
    before, count = fingerprint(filled), changes_count(filled)
    stamped = mini.events.assign(updated_at=pd.Timestamp("2030-01-01"))  # a file without stamps gets "now"
    filled.save(mini.replace(events=stamped), user="again")
    assert changes_count(filled) == count
    assert fingerprint(filled) == before


def test_a_changed_reimport_records_an_edit_with_the_new_version(filled, mini):
    events = mini.events.copy()
    events.loc[events["event_id"] == "r20", "summary"] = "Changed by a second file."
    filled.save(mini.replace(events=events), user="second")
    last = filled.history("r20")[-1]
    assert (last.kind, last.version, last.user) == ("edited", 2, "second")
    assert list(last.fields()) == ["summary"]
    assert filled.event_record("r20")["version"] == 2
    assert len(filled.history("r12")) == 1  # unchanged events of the same file record nothing


def test_edit_records_before_after_and_bumps_the_version(filled):
    change = filled.edit_event("r20", {"title": "Round 20", "round_number": "21", "actors": "Kazakhstan [host]"},
                               expected_version=1, user="alice")
    assert (change.kind, change.action, change.user, change.version) == ("edited", "edit", "alice", 2)
    assert change.fields()["title"] == ("20th International Meeting on Syria in the Astana format", "Round 20")
    assert change.fields()["round_number"] == (20, 21)
    assert change.fields()["actors"][1] == [["kaz", "host"]]
    record = filled.event_record("r20")
    assert record["version"] == 2 and record["event"]["title"] == "Round 20"
    assert [c.user for c in filled.history("r20")] == ["importer", "alice"]


def test_an_edit_keeps_what_it_does_not_touch(filled):
    before = filled.event_record("prop")
    filled.edit_event("prop", {"summary": "New summary"}, expected_version=None)
    after = filled.event_record("prop")
    assert after["sources"] == before["sources"] and after["quotes"] == before["quotes"]
    assert after["actors"] == before["actors"] and after["links"] == before["links"]
    assert {k: v for k, v in after["event"].items() if k not in ("summary", "updated_at")} == \
           {k: v for k, v in before["event"].items() if k not in ("summary", "updated_at")}


def test_a_stale_version_is_refused_with_the_other_change_and_writes_nothing(filled, fingerprint):
    filled.edit_event("r20", {"title": "Alice's title"}, expected_version=1, user="alice")
    before, count = fingerprint(filled), changes_count(filled)
    with pytest.raises(EditConflict) as caught:
        filled.edit_event("r20", {"title": "Bob's title"}, expected_version=1, user="bob")
    assert caught.value.current["event"]["title"] == "Alice's title"
    assert (caught.value.change.user, caught.value.change.version) == ("alice", 2)
    assert "alice" in str(caught.value)
    with pytest.raises(EditConflict):
        filled.delete_event("r20", expected_version=1, user="bob")
    assert fingerprint(filled) == before and changes_count(filled) == count


def test_a_save_expecting_versions_checks_them_inside_its_transaction(filled, mini, fingerprint):
    """A Save planned from version 1 (the review page's) and saved after another writer made version 2 writes
    nothing; expecting the stored versions, it writes."""
    filled.edit_event("r20", {"title": "Alice's title"}, expected_version=1, user="alice")
    before, count = fingerprint(filled), changes_count(filled)
    events = mini.events[mini.events["event_id"] == "r20"].assign(title="Alice's title", summary="Bob's summary")
    change = mini.replace(events=events, **{name: frame.iloc[0:0] for name, frame in mini.items() if name != "events"})
    with pytest.raises(EditConflict) as caught:
        filled.save(change, user="bob", action="review edit", expected={"r20": 1})
    assert (caught.value.change.user, caught.value.change.version) == ("alice", 2)
    assert fingerprint(filled) == before and changes_count(filled) == count
    filled.save(change, user="bob", action="review edit", expected={"r20": 2})
    assert filled.event_record("r20")["event"]["summary"] == "Bob's summary"
    assert filled.event_versions(["r20"]) == {"r20": 3}


@pytest.mark.parametrize(("values", "field"), [
    ({"title": ""}, "title"),
    ({"round_number": "²"}, "round_number"),
    ({"round_number": "99999999999999999999"}, "round_number"),
    ({"title": "two\nlines"}, "title"),
    ({"title": "x" * 600}, "title"),
    ({"venue_country": "zz"}, "venue_country"),
    ({"event_type": "party"}, "event_type"),
    ({"start_date": "2023-02-30"}, "start_date"),
    ({"end_date": "2000-01-01"}, "end_date"),
    ({"actors": "Kazakhstan [king]"}, "actors"),
    ({"sources": ""}, "sources"),
    ({"links": "follows no-such-event"}, "links"),
    ({"version": "3"}, "version"),
])
def test_bad_values_are_refused_naming_the_field_and_write_nothing(filled, fingerprint, values, field):
    before, count = fingerprint(filled), changes_count(filled)
    with pytest.raises(EditRefused) as caught:
        filled.edit_event("r20", values, expected_version=1)
    assert f"column {field!r}" in str(caught.value)
    assert fingerprint(filled) == before and changes_count(filled) == count


def test_delete_is_recorded_and_undo_brings_the_event_back(filled):
    original = filled.event_record("r20")
    time.sleep(1.01 - time.time() % 1)  # stamps are to the second: the undo's must fall in a later one than the import's
    deleted = filled.delete_event("r20", expected_version=1, user="carol")
    assert (deleted.kind, deleted.version, deleted.user) == ("deleted", 2, "carol")
    assert filled.event_record("r20") is None
    with pytest.raises(KeyError):
        filled.edit_event("r20", {"title": "x"}, expected_version=None)
    undone = filled.undo("r20", user="dave")
    assert (undone.kind, undone.action, undone.version, undone.user) == ("created", "undo", 3, "dave")
    back = filled.event_record("r20")
    assert back["event"]["updated_at"] > original["event"]["updated_at"]  # an undo is a change now (brief --since)
    back["event"]["updated_at"] = original["event"]["updated_at"]
    assert back["version"] == 3 and {**back, "version": 1} == original
    assert [c.action for c in filled.history("r20")] == ["import", "delete", "undo"]


def test_two_undos_of_one_change_do_not_cancel_out(filled, fingerprint):
    """Alice and Bob both press Undo on carol's edit (v2): Alice's undoes it; Bob's, which would undo Alice's undo
    and bring carol's edit back, is refused and names what came since."""
    filled.edit_event("r20", {"title": "Carol's title"}, expected_version=1, user="carol")
    undone = filled.undo("r20", user="alice", expected_version=2)
    assert (undone.action, undone.version) == ("undo", 3)
    assert filled.event_record("r20")["event"]["title"] == "20th International Meeting on Syria in the Astana format"
    before, count = fingerprint(filled), changes_count(filled)
    with pytest.raises(UndoConflict) as caught:
        filled.undo("r20", user="bob", expected_version=2)
    assert "alice made version 3 (undo)" in str(caught.value) and "nothing was undone" in str(caught.value)
    assert isinstance(caught.value, EditConflict)  # the page and the CLI handle it as any conflict
    assert fingerprint(filled) == before and changes_count(filled) == count
    filled.delete_event("r20", expected_version=3, user="carol")  # a deleted event: the same check
    with pytest.raises(UndoConflict):
        filled.undo("r20", expected_version=3)
    assert filled.undo("r20", expected_version=4).kind == "created"


def test_undo_of_a_delete_brings_back_the_links_other_events_had_to_it(filled):
    links_before = {e: filled.event_record(e)["links"] for e in ("prop", "stmt")}
    assert ["r20", "refers_to"] in links_before["prop"] and ["r20", "refers_to"] in links_before["stmt"]
    filled.delete_event("r20", expected_version=1, user="carol")
    # the links to it went with the delete, each recorded on the event that had it
    assert all(link[0] != "r20" for e in ("prop", "stmt") for link in filled.event_record(e)["links"])
    assert [(c.action, c.user) for c in filled.history("prop")][-1] == ("delete", "carol")
    filled.edit_event("stmt", {"title": "Edited while r20 was gone"}, expected_version=None)
    filled.undo("r20", user="dave")
    assert {e: filled.event_record(e)["links"] for e in ("prop", "stmt")} == links_before
    assert filled.event_record("stmt")["event"]["title"] == "Edited while r20 was gone"  # later edits are kept
    assert [(c.action, c.user) for c in filled.history("prop")][-1] == ("undo", "dave")
    # undoing the undo deletes it again, links and all; undoing that brings them back once more
    filled.undo("r20")
    assert all(link[0] != "r20" for link in filled.event_record("prop")["links"])
    filled.undo("r20")
    assert {e: filled.event_record(e)["links"] for e in ("prop", "stmt")} == links_before


def test_undo_of_an_edit_restores_the_version_before(filled):
    original = filled.event_record("r12")
    filled.edit_event("r12", {"title": "Wrong"}, expected_version=1)
    change = filled.undo("r12")
    assert change.fields() == {"title": ("Wrong", original["event"]["title"])}
    restored = filled.event_record("r12")
    assert restored["version"] == 3 and restored["event"] == {**original["event"], "updated_at": restored["event"]["updated_at"]}
    assert restored["event"]["updated_at"] >= original["event"]["updated_at"]  # the undo is a change of now


def test_create_event_checks_like_an_import_and_undo_deletes_it(filled):
    change = filled.create_event({"title": "Talks in Geneva", "event_type": "meeting", "status": "held",
                                  "start_date": "2024-02-01", "sources": "UN | 2024-02-01 | Talks | https://un.org/x",
                                  "actors": "Kazakhstan [host]"}, user="erin")
    assert (change.kind, change.user, change.event_id) == ("created", "erin", "talks-in-geneva-2024-02-01")
    assert filled.event_record(change.event_id)["actors"] == [["kaz", "host"]]
    with pytest.raises(EditRefused, match="status"):
        filled.create_event({"title": "x", "event_type": "meeting", "start_date": "2024-02-01",
                             "sources": "UN | 2024-02-01 | Talks | https://un.org/x"})
    filled.undo(change.event_id)
    assert filled.event_record(change.event_id) is None


def test_as_of_reads_the_chronology_exactly_as_it_was(filled):
    first = tables_fingerprint(filled.load())
    time.sleep(0.01)  # changed_at has microseconds; the instant below falls between the writes
    between = now_utc()
    time.sleep(0.01)
    filled.edit_event("r20", {"title": "Later title", "sources": "TASS | 2023-06-21 | New | https://tass.com/n"},
                      expected_version=1)
    filled.delete_event("r12", expected_version=1)
    filled.create_event({"title": "New", "event_type": "meeting", "status": "held", "start_date": "2024-02-01",
                         "sources": "UN | 2024-02-01 | Talks | https://un.org/x"})
    now = tables_fingerprint(filled.load())
    assert now != first
    assert tables_fingerprint(filled.load(as_of=between)) == first
    assert tables_fingerprint(filled.load(as_of=now_utc())) == now
    assert filled.load(as_of="2000-01-01").events.empty


def test_changes_since_lists_created_edited_deleted(filled):
    since = now_utc()
    time.sleep(0.01)
    filled.edit_event("r20", {"summary": "s"}, expected_version=1, user="a")
    filled.delete_event("r12", expected_version=None, user="b")
    changes = filled.changes_since(since)
    assert list(zip(changes["event_id"], changes["kind"], changes["user"])) == [("r20", "edited", "a"),
                                                                                 ("r12", "deleted", "b")]
    assert changes.loc[0, "fields"] == "summary"


def test_every_store_write_records_its_user(filled, mini):
    from tracker.extract.review import reject

    filled.delete_events(["stmt"], user="merger", action="merge")
    assert filled.history("stmt")[-1].user == "merger"
    filled.save(reject(filled.load(), "prop"), user="reviewer", action="review reject")
    assert (filled.history("prop")[-1].user, filled.history("prop")[-1].action) == ("reviewer", "review reject")
    assert filled.history("r20")[-1].user == "importer"
    filled.user = "default-user"
    filled.edit_event("r20", {"summary": "x"}, expected_version=None)
    assert filled.history("r20")[-1].user == "default-user"


def test_an_edited_event_exports_and_imports_back(filled, tmp_path):
    import tracker
    from tracker.api import Tracker

    filled.edit_event("prop", {"title": 'Title with "quotes", commas; and Côte d\'Ivoire', "tags": "a; b",
                               "quotes": '[1] Kanat Tumysh: "new words"'}, expected_version=None)
    t = Tracker(filled)
    path = t.export("csv", tmp_path / "out.csv", state="any")
    again = tracker.open(tmp_path / "again.db")
    again.store.save(Tables(actors=filled.load_table("actors"), processes=filled.load_table("processes"),
                            venues=filled.load_table("venues")))
    summary = again.import_file(path)
    assert summary.events == len(filled.load().events)
    assert again.store.event_record("prop")["event"]["title"] == filled.event_record("prop")["event"]["title"]
    again.close()


def test_ingest_and_an_accepted_suggestion_are_recorded_with_their_user(empty_store, shipped):
    from tests.test_review_queue_store import _suggestion

    empty_store.save(shipped)
    new_event = shipped.events[shipped.events["event_id"] == "astana-20"].assign(
        event_id="cand-1", review_state="candidate", title="A candidate")
    empty_store.save_ingest(Tables(events=new_event), suggestion_frame(pd.DataFrame([_suggestion("s-1", 0.9)])), {},
                            user="ingester")
    assert [(c.action, c.user, c.kind) for c in empty_store.history("cand-1")] == [("ingest", "ingester", "created")]
    empty_store.accept_suggestion("s-1", user="reviewer")
    last = empty_store.history("astana-20")[-1]
    assert (last.action, last.user, last.version) == ("accept source", "reviewer", 2)
    assert list(last.fields()) == ["sources", "quotes"]


def test_a_store_from_before_history_gets_a_baseline(empty_store, mini, fingerprint):
    """A store made before migration 0006: its events get one baseline change each, so history and as-of work."""
    empty_store.save(mini)
    cursor = empty_store.conn.cursor()
    cursor.execute("DROP TABLE changes")
    cursor.execute("ALTER TABLE events DROP COLUMN version")
    cursor.execute("DELETE FROM migrations WHERE name = '0006_history'")
    empty_store.conn.commit()
    before = fingerprint(empty_store)
    assert empty_store.migrate() == ["0006_history"]
    assert fingerprint(empty_store) == before
    assert [(c.action, c.version, c.kind) for c in empty_store.history("r20")] == [("baseline", 1, "created")]
    assert tables_fingerprint(empty_store.load(as_of=now_utc())) == tables_fingerprint(empty_store.load())
    empty_store.edit_event("r20", {"summary": "after the migration"}, expected_version=1)
    assert empty_store.history("r20")[-1].version == 2


def test_two_connections_editing_one_event_the_second_save_is_refused(filled, fingerprint):
    other = filled.reopen()
    try:
        seen = filled.event_record("r20")["version"]
        assert other.event_record("r20")["version"] == seen
        other.edit_event("r20", {"summary": "first"}, expected_version=seen, user="first")
        before, count = fingerprint(filled), changes_count(filled)
        with pytest.raises(EditConflict) as caught:
            filled.edit_event("r20", {"summary": "second"}, expected_version=seen, user="second")
        assert caught.value.change.user == "first" and caught.value.current["event"]["summary"] == "first"
        assert fingerprint(filled) == before and changes_count(filled) == count
    finally:
        other.close()


def test_a_change_between_reading_and_writing_is_caught_by_the_version_lock(filled, fingerprint, monkeypatch):
    """The version is checked again inside the write's transaction (UPDATE ... WHERE version = ?), so an edit
    that read the event before another connection saved it cannot overwrite that save."""
    stale = filled.event_record("r20")
    other = filled.reopen()
    other.edit_event("r20", {"summary": "saved in between"}, expected_version=None, user="other")
    other.close()
    before = fingerprint(filled)
    monkeypatch.setattr(filled, "event_record", lambda event_id: stale if event_id == "r20" else None)
    with pytest.raises(EditConflict):
        filled.edit_event("r20", {"title": "late"}, expected_version=None)
    monkeypatch.undo()
    assert fingerprint(filled) == before and filled.event_record("r20")["event"]["summary"] == "saved in between"


def test_a_large_save_is_written_and_recorded_a_chunk_of_events_at_a_time(empty_store, mini, monkeypatch):
    """A million-row import holds one chunk's rows and records at a time (it held them all: 3.5 GB for 1M GDELT
    rows); the history is the same as one pass would write, under one time stamp."""
    from tracker.store import base

    monkeypatch.setattr(base, "HISTORY_CHUNK", 2)
    sizes = []
    record = type(empty_store)._record_writes

    def spy(self, cursor, before, touched, *args, **kwargs):
        sizes.append(len(touched))
        return record(self, cursor, before, touched, *args, **kwargs)

    monkeypatch.setattr(type(empty_store), "_record_writes", spy)
    empty_store.save(mini, user="importer")
    assert max(sizes) <= 2 and sum(sizes) == len(mini.events)
    history = [empty_store.history(e)[0] for e in mini.events["event_id"]]
    assert {(c.action, c.user, c.version, c.kind) for c in history} == {("import", "importer", 1, "created")}
    assert len({c.changed_at for c in history}) == 1
    assert empty_store.load().events["event_id"].sort_values().tolist() == sorted(mini.events["event_id"])
    for change in history:  # each record holds its event's rows, whichever chunk they were written in
        assert change.after == empty_store.event_record(change.event_id) | {"version": 1}


def test_actors_and_sources_keep_the_order_they_were_given_in_through_edit_delete_and_undo(empty_store, shipped):
    """Records sorted their children, so any edit rewrote an event's actors by id (Araghchi, Fidan, Iran, Lavrov,
    Russia, Türkiye for Russia, Iran, Türkiye and then the ministers) and could renumber its sources [1], [2]
    (exploratory session: delete and undo changed the order in the page, the exports and the briefings)."""
    empty_store.save(shipped, user="importer")
    event_id = "doha-fm-2024"

    def order() -> tuple[list, list]:
        tables = empty_store.load()
        actors = tables.event_actors[tables.event_actors["event_id"] == event_id]["actor_id"].tolist()
        sources = tables.sources[tables.sources["event_id"] == event_id]["source_id"].tolist()
        return actors, sources

    given = order()
    assert given[0][:3] == ["rus", "irn", "tur"] and given[0] != sorted(given[0])
    version = empty_store.event_record(event_id)["version"]
    empty_store.edit_event(event_id, {"title": "Edited"}, expected_version=version, user="alice")
    assert order() == given
    empty_store.delete_event(event_id, expected_version=version + 1, user="alice")
    empty_store.undo(event_id, user="alice")
    assert order() == given
    assert [a[0] for a in empty_store.event_record(event_id)["actors"]] == given[0]


def test_a_write_waits_for_another_before_reading_what_it_changes(empty_store, mini):
    """Two imports of the same new ids at once: each read "new", and the second recorded a creation over the first's
    events (an undo then deleted them). A write now takes the store's write lock before it reads (QA of the
    command line: two `tracker import`s of 20,000 ids, on SQLite and on PostgreSQL)."""
    import threading

    from tracker.store import open_store

    first = empty_store
    second = open_store(getattr(first, "_url", first.location))
    event_id = str(mini.events["event_id"].iloc[0])
    one = mini.replace(events=mini.events.iloc[:1], event_links=mini.event_links.iloc[0:0],
                       **{name: getattr(mini, name)[getattr(mini, name)["event_id"] == event_id]
                          for name in ("event_actors", "sources", "quotes")})
    retitled = one.replace(events=one.events.assign(title="The second writer's title"))
    try:
        cursor = first.conn.cursor()
        first._begin_write(cursor)  # the first writer holds the lock and has written, not yet committed
        first._write(cursor, one, "alice", "import")
        done = threading.Event()
        worker = threading.Thread(target=lambda: (second.save(retitled, user="bob"), done.set()))
        worker.start()
        time.sleep(0.5)
        assert not done.is_set(), "the second writer went on while the first held the lock"
        first.conn.commit()
        worker.join(30)
        assert done.is_set()
        kinds = [(c.kind, c.user) for c in first.history(event_id)]
        assert kinds == [("created", "alice"), ("edited", "bob")], kinds
    finally:
        second.close()


def _one_event(tables: Tables, event_id: str, **fields) -> Tables:
    """`tables` cut to one event and its rows (no links), with `fields` set on it."""
    return tables.replace(events=tables.events[tables.events["event_id"] == event_id].assign(**fields),
                          event_links=tables.event_links.iloc[0:0], actors=tables.actors.iloc[0:0],
                          processes=tables.processes.iloc[0:0], venues=tables.venues.iloc[0:0],
                          **{name: getattr(tables, name)[getattr(tables, name)["event_id"] == event_id]
                             for name in ("event_actors", "sources", "quotes")})


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_saves_of_different_stored_events_go_on_at_once_and_of_the_same_event_in_turn(tmp_path, backend, mini):
    """PostgreSQL: a save that changes only stored events locks their rows and shares the store's write lock, so
    four workers' review Saves no longer queue one behind the other; two saves of one event still take turns
    (one version after the other in its history), and a save that creates an event waits for them all."""
    import threading

    from tracker.store import open_store

    first = backend("postgres", tmp_path)
    first.save(mini, user="importer")
    second, third = open_store(first._url), open_store(first._url)
    a, b = (str(e) for e in mini.events["event_id"].iloc[:2])
    done, failed = {}, {}

    def run(name, store, tables, user):
        try:
            done[name] = store.save(tables, user=user)
        except Exception as exc:  # said in the assertion below, not lost in the thread
            failed[name] = repr(exc)

    try:
        cursor = first.conn.cursor()
        first._begin_write(cursor, _one_event(mini, a, title="A, first"))  # the first writer, not yet committed
        first._write(cursor, _one_event(mini, a, title="A, first"), "alice", "review edit")
        other = threading.Thread(target=run, args=("other", second, _one_event(mini, b, title="B"), "bob"))
        other.start()
        other.join(120)
        assert "other" in done, ("a save of another event waited for the first writer", failed)
        new = Tables(events=mini.events.iloc[:1].assign(event_id="brand-new-event"),
                     sources=mini.sources.iloc[:1].assign(event_id="brand-new-event", source_id="brand-new-event:s1"))
        same = threading.Thread(target=run, args=("same", second, _one_event(mini, a, title="A, second"), "bob"))
        creating = threading.Thread(target=run, args=("new", third, new, "carol"))
        same.start()
        creating.start()
        time.sleep(0.5)
        assert set(done) == {"other"} and not failed, ("a save of the same event, or one creating an event, went on "
                                                       "while the first held its rows", failed)
        first.conn.commit()
        same.join(120)
        creating.join(120)
        assert set(done) == {"other", "same", "new"}, failed
        history = [(c.kind, c.user, c.version) for c in first.history(a)]
        assert history == [("created", "importer", 1), ("edited", "alice", 2), ("edited", "bob", 3)], history
        assert first.event_record(a)["event"]["title"] == "A, second"
        assert first.event_record(b)["event"]["title"] == "B"
        assert first.event_record("brand-new-event") is not None
    finally:
        first.conn.rollback()
        second.close()
        third.close()
        first.close()


def test_an_event_whose_link_goes_with_a_deleted_event_is_stamped_updated(empty_store, shipped):
    """Deleting kaz-statement-2023-06-22 cut astana-21-announced's link to it and recorded the change, but left its
    updated_at as it was, so whatever asks "changed since" by the stamp missed it (QA of the command line)."""
    empty_store.save(shipped, user="importer")
    before = empty_store.event_record("astana-21-announced")
    assert any(link[0] == "kaz-statement-2023-06-22" for link in before["links"])
    time.sleep(1.1)  # stamps are to the second
    version = empty_store.event_record("kaz-statement-2023-06-22")["version"]
    empty_store.delete_event("kaz-statement-2023-06-22", expected_version=version, user="alice")
    after = empty_store.event_record("astana-21-announced")
    assert not any(link[0] == "kaz-statement-2023-06-22" for link in after["links"])
    assert str(after["event"]["updated_at"]) > str(before["event"]["updated_at"])


def test_an_edit_records_only_what_it_changed_even_a_real_on_postgresql(empty_store, mini):
    """PostgreSQL keeps confidence as a 4-byte REAL and sends back its shortest text (0.9); a record made from the
    written rows held the 4-byte value's exact double, so every edit showed "confidence: 0.9 -> 0.8999999761581421"
    (QA in team mode)."""
    event_id = str(mini.events["event_id"].iloc[0])
    events = mini.events.assign(confidence=[0.9] + [0.7] * (len(mini.events) - 1), review_state="candidate")
    empty_store.save(mini.replace(events=events), user="importer")
    version = empty_store.event_record(event_id)["version"]
    change = empty_store.edit_event(event_id, {"round_number": "3"}, expected_version=version, user="alice")
    assert set(change.fields()) == {"round_number"}, change.fields()
    assert empty_store.event_record(event_id)["event"]["confidence"] == pytest.approx(0.9)
