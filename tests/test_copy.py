"""`tracker copy`: a whole store into an empty one, on both engines and back (QA of the command line: a store rebuilt
from a full export filtered differently, its aliases and processes gone, and kept no history)."""
from __future__ import annotations

from tests.conftest import store_fingerprint
from tracker.store import open_store


def _fill(store, shipped) -> None:
    store.save(shipped, user="importer")
    version = store.event_record("astana-20")["version"]
    store.edit_event("astana-20", {"summary": "An analyst's own note"}, expected_version=version, user="alice")


def test_a_store_moves_whole_to_the_other_engine_and_back(run_cli, empty_store, shipped, tmp_path):
    source = open_store(tmp_path / "desk.db")
    _fill(source, shipped)
    source.close()
    target = getattr(empty_store, "_url", empty_store.location)
    moved = run_cli("copy", "--db", tmp_path / "desk.db", target)
    assert moved.exit_code == 0, moved.output
    assert "Copied 96 events" in moved.output and "recorded changes" in moved.output
    source = open_store(tmp_path / "desk.db")
    try:
        assert store_fingerprint(empty_store) == store_fingerprint(source)
        assert [(c.version, c.kind, c.user) for c in empty_store.history("astana-20")] == \
            [(c.version, c.kind, c.user) for c in source.history("astana-20")]
        assert empty_store.search_text("collective request") == source.search_text("collective request")
    finally:
        source.close()
    # the aliases came too: filters select what they selected
    for option in (["--actor", "Turkey"], ["--process", "Astana talks"], ["--venue", "Nur-Sultan"]):
        here = run_cli("list", "--db", target, *option)
        there = run_cli("list", "--db", tmp_path / "desk.db", *option)
        assert here.exit_code == 0 and here.stdout.splitlines()[-1:] == there.stdout.splitlines()[-1:], option
    # the copy goes on: a new edit takes the next number, in the history and in the version
    version = empty_store.event_record("astana-20")["version"]
    empty_store.edit_event("astana-20", {"title": "Round 20"}, expected_version=version, user="bob")
    assert [c.user for c in empty_store.history("astana-20")][-2:] == ["alice", "bob"]
    back = run_cli("copy", "--db", target, tmp_path / "back.db")
    assert back.exit_code == 0, back.output


def test_a_store_that_holds_data_is_never_merged_into(run_cli, store, tmp_path, shipped):
    other = open_store(tmp_path / "other.db")
    other.save(shipped)
    other.close()
    before = (tmp_path / "other.db").read_bytes()
    refused = run_cli("copy", "--db", store.location, store.location)
    assert refused.exit_code == 1 and "is the store being copied" in refused.output
    into = run_cli("copy", "--db", store.location, tmp_path / "other.db")
    assert into.exit_code == 1 and "is not empty" in into.output and "a copy goes into a new store only" in into.output
    assert (tmp_path / "other.db").read_bytes() == before
    missing = run_cli("copy", "--db", tmp_path / "nowhere.db", tmp_path / "new.db")
    assert missing.exit_code == 1 and "no store at" in missing.output and not (tmp_path / "new.db").exists()


def test_a_copy_reads_one_state_while_another_process_writes(empty_store, shipped, tmp_path, monkeypatch):
    """A backup of a store in use: a write made by another connection while the copy is between tables (here: after
    the events, before their sources) is in neither, so the copy is the store as it was when it began."""
    import pandas as pd

    from tracker.frames import coerce
    from tracker.models import Tables
    from tracker.store import copying

    empty_store.save(shipped)
    before = store_fingerprint(empty_store)
    location = getattr(empty_store, "_url", empty_store.location)
    source = open_store(location)
    writer = open_store(location)
    copy_table = copying._copy_table

    def write_between(source_store, target, write, table):
        copied = copy_table(source_store, target, write, table)
        if table == "events":  # another analyst adds a source to an event the copy has already read
            writer.save(Tables(events=coerce("events", pd.DataFrame()), sources=coerce("sources", pd.DataFrame([{
                "source_id": "late-source", "event_id": "astana-20", "publisher": "Late wire"}]))))
        return copied

    monkeypatch.setattr(copying, "_copy_table", write_between)
    target = open_store(tmp_path / "backup.db")
    try:
        copying.copy_store(source, target)
        assert store_fingerprint(target) == before
        assert "late-source" in set(writer.load().sources["source_id"])  # the write itself went through
    finally:
        for store in (source, writer, target):
            store.close()
