"""The review queue in the store, on SQLite and PostgreSQL: suggestions saved with an ingest, accepted or
rejected all-or-nothing, and the article texts the review page highlights evidence in."""
from pathlib import Path

import pandas as pd
import pytest

from tracker.extract import extract_articles, read_articles
from tracker.extract.ingest import plan_ingest
from tracker.frames import coerce
from tracker.models import Tables
from tracker.store import open_store
from tracker.suggestions import quotes_json, suggestion_frame

SEED = Path(__file__).resolve().parent / "corpus" / "000_seed_interfax.txt"
ROUND = "astana-20"


@pytest.fixture()
def store(empty_store, shipped):
    """The shipped chronology in a fresh SQLite file or a reset PostgreSQL database (conftest's `empty_store`)."""
    empty_store.save(shipped)
    return empty_store


def _suggestion(sid: str, confidence: float | None, quotes: list[dict] | None = None, **extra) -> dict:
    return {"suggestion_id": sid, "event_id": ROUND, "publisher": "TASS", "title": "Talks end, “at last”", "url": None,
            "published_at": pd.Timestamp("2023-06-21"), "evidence": "The 20th round ended in Astana.",
            "quotes": quotes_json(quotes or [{"quote_id": f"{sid}:q1", "speaker": "Kanat Tumysh", "text": "Çok iyi, the talks ended."}]),
            "confidence": confidence, "state": "pending", "created_at": pd.Timestamp("2026-01-02 10:00:00"), **extra}


def _ingest(store) -> str:
    known = store.load()
    tables, report = plan_ingest(extract_articles(read_articles(SEED), known), known, suggested=store.suggestions(("pending", "rejected")))
    store.save_ingest(tables, report.suggestions, report.texts)
    return report


def test_an_ingest_stores_a_suggestion_and_the_article_text_but_leaves_the_confirmed_event_alone(store):
    before = store.load()
    report = _ingest(store)
    assert report.suggested == 1 and report.merged == 0
    after = store.load()
    for name, frame in before.items():
        assert len(getattr(after, name)) == len(frame), name
    pending = store.suggestions()
    assert pending["event_id"].tolist() == [ROUND] and pending["state"].tolist() == ["pending"]
    sid = pending["suggestion_id"].iloc[0]
    text = store.article_texts([sid, "nothing"])
    assert list(text) == [sid] and "Astana" in text[sid]
    assert pending["evidence"].iloc[0][:60] in " ".join(text[sid].split())
    assert _ingest(store).suggested == 0 and len(store.suggestions()) == 1


def test_suggestions_are_listed_surest_first_then_oldest(store):
    rows = [_suggestion("s-low", 0.3), _suggestion("s-none", None), _suggestion("s-high", 0.9),
            _suggestion("s-high-older", 0.9, created_at=pd.Timestamp("2026-01-01 09:00:00"))]
    store.save_ingest(Tables(), suggestion_frame(rows), {})
    listed = store.suggestions()
    assert listed["suggestion_id"].tolist() == ["s-high-older", "s-high", "s-low", "s-none"]
    assert listed["confidence"].tolist()[:3] == [0.9, 0.9, 0.3] and pd.isna(listed["confidence"].iloc[3])


def test_accept_attaches_the_source_and_quotes_and_makes_the_quote_searchable(store):
    store.save_ingest(Tables(), suggestion_frame([_suggestion("astana-20:src-a", 0.8)]), {"astana-20:src-a": "Text."})
    assert store.accept_suggestion("astana-20:src-a") == ROUND
    tables = store.load()
    source = tables.sources[tables.sources["source_id"] == "astana-20:src-a"]
    assert source["event_id"].tolist() == [ROUND] and source["title"].tolist() == ["Talks end, “at last”"]
    quote = tables.quotes[tables.quotes["source_id"] == "astana-20:src-a"]
    assert quote["text"].tolist() == ["Çok iyi, the talks ended."] and quote["event_id"].tolist() == [ROUND]
    assert ROUND in store.search_text("cok iyi")
    assert store.suggestions(("pending", "rejected")).empty
    with pytest.raises(KeyError, match="no pending suggestion"):
        store.accept_suggestion("astana-20:src-a")


def test_reject_keeps_the_suggestion_as_rejected_and_changes_no_event(store):
    store.save_ingest(Tables(), suggestion_frame([_suggestion("astana-20:src-b", 0.8)]), {})
    before = store.counts()
    assert store.reject_suggestion("astana-20:src-b") == ROUND
    assert store.counts() == before
    assert store.suggestions().empty
    assert store.suggestions(("rejected",))["suggestion_id"].tolist() == ["astana-20:src-b"]
    store.save_ingest(Tables(), suggestion_frame([_suggestion("astana-20:src-b", 0.9)]), {})
    assert store.suggestions().empty  # a rejected article is not suggested again
    with pytest.raises(KeyError):
        store.reject_suggestion("astana-20:src-b")


def test_an_accept_that_fails_changes_nothing_and_the_suggestion_stays(store):
    broken = _suggestion("astana-20:src-c", 0.8, quotes=[{"quote_id": "q-broken", "speaker": None, "text": None}])
    store.save_ingest(Tables(), suggestion_frame([broken]), {})
    before = store.counts()
    with pytest.raises(Exception):
        store.accept_suggestion("astana-20:src-c")
    assert store.counts() == before
    assert store.suggestions()["suggestion_id"].tolist() == ["astana-20:src-c"]


def test_an_ingest_that_fails_stores_no_suggestion_and_no_text(store):
    bad = store.load().events.head(1).assign(event_id="x-bad", start_date=pd.Timestamp("2023-06-22"),
                                             end_date=pd.Timestamp("2023-06-01"))
    with pytest.raises(Exception):
        store.save_ingest(Tables(events=coerce("events", bad)), suggestion_frame([_suggestion("astana-20:src-d", 0.5)]),
                          {"astana-20:src-d": "text"})
    assert store.suggestions().empty and store.article_texts(["astana-20:src-d"]) == {}
    assert "x-bad" not in set(store.load().events["event_id"])


def test_a_store_made_before_the_review_queue_is_migrated_and_keeps_its_events(tmp_path, shipped, monkeypatch):
    import tracker.store.base as base

    shipped_migrations = base.MIGRATIONS
    monkeypatch.setattr(base, "MIGRATIONS", [m for m in shipped_migrations if m[0] != "0004_review_queue"])
    old = open_store(tmp_path / "old.db")
    old.save(shipped)
    old.close()
    monkeypatch.setattr(base, "MIGRATIONS", shipped_migrations)
    store = open_store(tmp_path / "old.db")
    try:
        assert store.suggestions().empty and store.counts()["events"] == len(shipped.events)
        applied = {row[0] for row in store.conn.execute("SELECT name FROM migrations")}
        assert "0004_review_queue" in applied
    finally:
        store.close()
