"""The Review page for a viewer (ux25): the count line said "Click one to review it" to someone with no Save, Accept,
Reject or Merge (the style sheet hides them from viewers), who then met a form of boxes that nothing sends."""
from __future__ import annotations

from pathlib import Path

import pytest

from tracker.dashboard.data import DashboardData
from tracker.dashboard.review import views
from tracker.extract import articles_from_bytes, extract_articles
from tracker.extract.ingest import plan_ingest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture()
def data(store) -> DashboardData:
    known = store.load()
    name = "019_tass_lavrov_fidan.txt"
    tables, _ = plan_ingest(extract_articles(articles_from_bytes((CORPUS / name).read_bytes(), name), known), known)
    store.save(tables)
    return DashboardData.load(store)


@pytest.mark.parametrize("role, line", [
    ("viewer", "surest first. Click one to read it (or Up and Down, then Enter); editors accept, reject or merge them."),
    ("editor", "surest first. Click one to review it (or Up and Down, then Enter)."),
    (None, "surest first. Click one to review it (or Up and Down, then Enter)."),
])
def test_the_count_line_tells_a_viewer_what_a_card_does(monkeypatch, data, role, line):
    monkeypatch.setattr("tracker.auth.web.current_role", lambda: role)
    count, cards = views.candidate_list(data, None)
    assert cards and count.endswith(line), count
