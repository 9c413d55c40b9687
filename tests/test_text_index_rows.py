"""SQLite keeps where each event's row is in the text index (`fts_rows`, migration 0011): a write deletes the rows
it re-indexes by their numbers instead of scanning the whole index (0.27 s a review Save at a million events)."""
from __future__ import annotations

import sqlite3

from tracker.store import open_store


def _index_rows(path) -> tuple[dict[str, int], dict[int, str]]:
    conn = sqlite3.connect(path)
    mapped = dict(conn.execute("SELECT event_id, fts_rowid FROM fts_rows").fetchall())
    indexed = {rowid: event_id for rowid, event_id in conn.execute("SELECT rowid, event_id FROM events_fts")}
    conn.close()
    return mapped, indexed


def _consistent(path, events: set[str]) -> None:
    mapped, indexed = _index_rows(path)
    assert set(mapped) == events == set(indexed.values()) and len(indexed) == len(events)
    assert all(indexed[rowid] == event_id for event_id, rowid in mapped.items())


def test_the_map_of_text_index_rows_follows_every_write(tmp_path, mini):
    path = tmp_path / "s.db"
    store = open_store(path)
    store.save(mini, user="importer")
    events = set(mini.events["event_id"])
    _consistent(path, events)
    version = store.event_record("r20")["version"]
    store.edit_fields("r20", {"summary": "A zanzibarian proposal."}, expected_version=version)
    store.edit_event("r12", {"title": "Twelfth round, quokka"}, expected_version=None)
    store.delete_event("r12", expected_version=None)
    _consistent(path, events - {"r12"})
    store.undo("r12")
    assert store.search_text("quokka") == {"r12"}
    changed = mini.events.assign(summary=mini.events["summary"].astype(object).where(mini.events["event_id"] != "r20",
                                                                                      "Reimported wombat text."))
    store.save(mini.replace(events=changed), user="again")
    _consistent(path, events)
    assert store.search_text("zanzibarian") == set() and store.search_text("wombat") == {"r20"}
    assert store.search_text("quokka") == set()  # the re-import gave it its title again
    store.close()


def test_a_store_made_before_the_map_gets_it_when_opened(tmp_path, mini):
    path = tmp_path / "old.db"
    store = open_store(path)
    store.save(mini, user="importer")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE fts_rows")
    conn.execute("DELETE FROM migrations WHERE name = '0011_text_index_rows'")
    conn.commit()
    conn.close()
    store = open_store(path)  # migrates
    _consistent(path, set(mini.events["event_id"]))
    store.edit_fields("r20", {"summary": "An okapi."}, expected_version=None)
    assert store.search_text("okapi") == {"r20"}
    _consistent(path, set(mini.events["event_id"]))
    store.close()
