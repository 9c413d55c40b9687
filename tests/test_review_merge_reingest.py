"""A merged candidate on SQLite and PostgreSQL: its article read again goes to the event it was merged into, and a
merge never lists one article twice on the target (the review walk of the nineteenth stop found both)."""
from pathlib import Path

import pytest

from tracker.extract import extract_articles, read_articles
from tracker.extract.ingest import plan_ingest
from tracker.extract.review import merge

#: Our own words: a meeting and a statement that the shipped chronology does not hold
ARTICLE = ("publisher: Test Wire\npublished: 2024-03-05\n\nMinisters meet in Oslo\n\n"
           "OSLO, March 5 -- Norway's Foreign Minister Espen Barth Eide met Colombian Foreign Minister Luis Gilberto "
           "Murillo in Oslo on Tuesday to discuss the peace talks with the ELN.\n\n"
           "Eide said on Tuesday that Norway would keep supporting the talks with the ELN.\n")
TARGET = "astana-20"


@pytest.fixture()
def store(empty_store, shipped):
    empty_store.save(shipped)
    return empty_store


@pytest.fixture()
def article(tmp_path) -> Path:
    path = tmp_path / "oslo.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _ingest(store, path: Path):
    known = store.load()
    tables, report = plan_ingest(extract_articles(read_articles(path), known), known,
                                 suggested=store.suggestions(("pending", "rejected")))
    store.save_ingest(tables, report.suggestions, report.texts)
    return report


def _candidates(store) -> list[str]:
    events = store.load().events
    return sorted(events.loc[events["review_state"] == "candidate", "event_id"])


def _from_article(store, event_id: str) -> int:
    sources = store.load().sources
    return int(((sources["event_id"] == event_id) & (sources["publisher"] == "Test Wire")).sum())


def test_an_article_read_again_after_a_merge_is_skipped_not_stored_on_the_rejected_candidate(store, article):
    assert _ingest(store, article).new == 2
    merged, other = _candidates(store)
    store.save(merge(store.load(), merged, TARGET))
    assert _from_article(store, merged) == 0 and _from_article(store, TARGET) == 1
    again = _ingest(store, article)
    assert again.new == 0 and again.merged == 0 and again.suggested == 0 and again.skipped == 2
    assert _from_article(store, merged) == 0 and _from_article(store, TARGET) == 1
    assert _from_article(store, other) == 1
    assert store.load().events.set_index("event_id").loc[merged, "review_state"] == "rejected"


def test_two_candidates_of_one_article_merged_into_one_event_leave_it_one_source(store, article):
    _ingest(store, article)
    first, second = _candidates(store)
    store.save(merge(store.load(), first, TARGET))
    store.save(merge(store.load(), second, TARGET))
    assert _from_article(store, TARGET) == 1
    # the second candidate keeps its copy of the article and its quotes: nothing is lost
    assert _from_article(store, second) == 1
    assert _ingest(store, article).skipped == 2 and _from_article(store, TARGET) == 1
