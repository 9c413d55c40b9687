"""Chinese, Japanese and Korean words found inside longer runs, the same on SQLite and PostgreSQL
(tests/fixtures/cjk: hand-made events with known answers), and stores indexed before that, migrated."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, PG_URL, open_backend, worker_pg_url
from tracker.dashboard.data import DashboardData
from tracker.dashboard.refresh import refreshed, touched_events
from tracker.filters import subset_tables
from tracker.importer import load_shipped
from tracker.resolve import fold
from tracker.store import open_store
from tracker.store.migrations import CJK_TEXT_INDEX

CJK = Path(__file__).resolve().parent / "fixtures" / "cjk"

#: query -> the events it finds (see tests/fixtures/cjk/events.csv).
FOUND = {
    "阿斯塔纳": {"zh", "mixed"},        # Astana, inside ...第二十轮阿斯塔纳会谈... (a title) and 阿斯塔纳会谈
    "第二十轮": {"zh"},                  # "20th round"
    "恢复会谈": {"zh"},                  # in a quote
    "俄罗斯": {"zh"},                    # in the summary, between punctuation
    "谈": {"zh", "mixed"},               # one character: inside a run, and a run's last
    "阿斯": {"zh", "mixed", "split"},
    "阿斯塔": {"zh", "mixed"},           # not "split": 阿斯，斯塔 are two runs
    "Astana 阿斯塔纳": {"mixed"},        # a Latin word and a CJK one, both required
    "ワシントン": {"ja"},                # katakana inside kanji and hiragana
    "首脳": {"ja"},
    "情勢": {"ja"},
    "が": {"ja"},
    "ガイム": {"wide"},                  # halfwidth ｶﾞｲﾑ, normalised
    "서울": {"ko"},                      # Korean: 서울에서 ("in Seoul")
    "외교장관": {"ko"},                  # "foreign ministers", inside 한중외교장관회담은
    "회담": {"ko"},
    "Seoul": {"ko"},
    "ASEAN": {"wide"},                   # fullwidth ＡＳＥＡＮ
    "会議": {"wide"},
    "22": {"num"},                       # v1.22, 2024-05-22, 3.22, A/22, x-22: PostgreSQL's parser hid them all
    "Astana": {"mixed"},
    "ワシントンで首相": set(),           # both bigram runs exist, not in this order
}


@pytest.fixture(scope="module")
def cjk_tables():
    return load_shipped(CJK)


@pytest.fixture(params=BACKENDS)
def cjk_store(request, tmp_path, cjk_tables):
    opened = open_backend(request.param, tmp_path)
    opened.save(cjk_tables)
    yield opened
    opened.close()


def test_a_word_inside_a_run_is_found(cjk_store):
    found = {query: cjk_store.search_text(query) for query in FOUND}
    assert {q: ids for q, ids in found.items() if ids != FOUND[q]} == {}


def test_a_cjk_search_narrows_as_it_finds(cjk_store):
    from tracker.api import Tracker

    listed = Tracker(cjk_store).select(q="阿斯塔纳", process="Astana format").events
    assert set(listed["event_id"]) == {"zh", "mixed"}


def test_an_edit_is_searchable_at_once(cjk_store, cjk_tables):
    events = cjk_tables.events[cjk_tables.events["event_id"] == "ko"].copy()
    events["title"] = "Foreign ministers meet in 日本東京"
    cjk_store.save(cjk_tables.replace(events=events))
    assert cjk_store.search_text("東京") == {"ko"}
    cjk_store.delete_events(["zh"])
    assert cjk_store.search_text("阿斯塔纳") == {"mixed"}


def test_the_cli_lists_a_chinese_word(run_cli, tmp_path, cjk_tables):
    store = open_store(tmp_path / "t.db")
    store.save(cjk_tables)
    store.close()
    listed = run_cli("list", "--db", tmp_path / "t.db", "--q", "阿斯塔纳")
    assert listed.exit_code == 0, listed.stderr
    assert "俄土伊三方第二十轮阿斯塔纳会谈在哈萨克斯坦举行" in listed.output and "Astana 阿斯塔纳会谈" in listed.output
    assert "岸田" not in listed.output


def test_the_dashboard_finds_it_through_its_snapshot(tmp_path, cjk_tables):
    store = open_store(tmp_path / "t.db")
    store.save(cjk_tables)
    data = DashboardData.load(store)
    assert data.fts_positions is not None  # SQLite: rowids of the index mapped to events
    assert set(data.search("阿斯塔纳")) == {"zh", "mixed"}
    assert set(data.search("외교장관")) == {"ko"}
    events = cjk_tables.events[cjk_tables.events["event_id"] == "ko"].copy()
    events["title"] = "外长在首尔讨论阿斯塔纳进程"  # an edit: the rowid map follows it
    edit = subset_tables(cjk_tables, events).replace(events=events)
    store.save(edit)
    data = refreshed(data, store, touched_events(edit))
    assert set(data.search("阿斯塔纳")) == {"zh", "mixed", "ko"} and set(data.search("首尔")) == {"ko"}
    store.close()


# --- a store indexed before CJK bigrams ----------------------------------------------------------

def _as_before_migration(store) -> None:
    """Put back the text index the code before migration 0009 made, and forget the migration."""
    cursor = store.conn.cursor()
    bodies = "SELECT e.event_id, COALESCE(e.title, '') || ' ' || COALESCE(e.summary, '') || ' ' || COALESCE(" \
             "(SELECT string_agg(q.text, ' ') FROM quotes q WHERE q.event_id = e.event_id), '') FROM events e"
    if store.placeholder == "?":
        cursor.execute("DROP TABLE events_fts")
        cursor.execute("CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, "
                       "tokenize = 'unicode61 remove_diacritics 2')")
        cursor.execute("INSERT INTO events_fts (event_id, body) " + bodies.replace("string_agg", "group_concat"))
    else:
        cursor.execute(bodies)
        rows = [(e, fold(body)) for e, body in cursor.fetchall()]
        cursor.execute("DELETE FROM events_fts")
        cursor.executemany("INSERT INTO events_fts (event_id, body) VALUES (%s, to_tsvector('simple', %s))", rows)
    cursor.execute(f"DELETE FROM migrations WHERE name = {store.placeholder}", (CJK_TEXT_INDEX,))
    store.conn.commit()


@pytest.mark.parametrize("kind", BACKENDS)
def test_opening_an_old_store_rebuilds_its_index(kind, tmp_path, cjk_tables):
    store = open_backend(kind, tmp_path)
    store.save(cjk_tables)
    _as_before_migration(store)
    assert store.search_text("第二十轮") == set()  # a word inside a run: what every search found before
    location = store.reopen_location()
    store.close()
    reopened = open_store(location)
    assert reopened.search_text("第二十轮") == {"zh"}
    assert reopened.search_text("22") == {"num"}
    assert reopened.search_text("Seoul") == {"ko"}
    reopened.close()


@pytest.mark.parametrize("kind", BACKENDS)
def test_an_old_store_opened_read_only_is_searched_as_it_was_indexed(kind, tmp_path, cjk_tables):
    store = open_backend(kind, tmp_path)
    store.save(cjk_tables)
    _as_before_migration(store)
    location = store.reopen_location()
    store.close()
    old = open_store(location, read_only=True)
    assert old.search_text("阿斯塔纳会谈") == {"mixed"}  # a run's start, as before
    assert old.search_text("俄土伊三方") == {"zh"}
    assert old.search_text("Seoul") == {"ko"}
    cursor = old.conn.cursor()
    cursor.execute("SELECT name FROM migrations")
    assert CJK_TEXT_INDEX not in {row[0] for row in cursor.fetchall()}  # read-only: nothing written
    old.close()


def test_a_dashboard_snapshot_of_the_old_index_is_not_reused(tmp_path, cjk_tables):
    """The snapshot maps index rowids to events; the migration renumbers them, and changes the snapshot's key."""
    store = open_store(tmp_path / "t.db")
    store.save(cjk_tables)
    _as_before_migration(store)
    before = store.serving_token()
    assert set(DashboardData.load(store).search("Seoul")) == {"ko"}
    store.close()
    store = open_store(tmp_path / "t.db")
    assert store.serving_token() != before
    data = DashboardData.load(store)
    assert set(data.search("Seoul")) == {"ko"} and set(data.search("阿斯塔纳")) == {"zh", "mixed"}
    store.close()


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_both_engines_find_the_same_events(tmp_path, cjk_tables, shipped):
    """Every word of the shipped chronology and of the CJK events. PostgreSQL's parser read "21-22" as 21 and
    -22 and "Petra/Sputnik" as a file name: `--q 22` found 12 shipped events on SQLite and 6 on PostgreSQL."""
    if not PG_URL:
        pytest.skip("TRACKER_TEST_PG_URL not set")
    lite, pg = open_backend("sqlite", tmp_path), open_store(worker_pg_url(PG_URL))
    pg.reset()
    texts = [*shipped.events["title"], *shipped.events["summary"].dropna(), *shipped.quotes["text"]]
    words = sorted({w for text in texts for w in re.findall(r"\w+", text)})
    try:
        for store in (lite, pg):
            store.save(shipped)
            store.save(cjk_tables)
        differ = {q: (lite.search_text(q), pg.search_text(q)) for q in [*FOUND, *words, "de-escalation", "21-22"]}
        assert {q: found for q, found in differ.items() if found[0] != found[1]} == {}
        assert len(lite.search_text("22") - {"num"}) == 12
    finally:
        lite.close()
        pg.close()
