"""The merge picker's search finds an event by its venue, as the card and the detail show it (ux26b, dpa wire 1177:
"Istanbul" did not find the Istanbul round accepted a minute before, titled "Round: Russia, Ukraine", and offered a
visit and a statement whose sentences named Istanbul; the candidate went into the visit)."""
from __future__ import annotations

from pathlib import Path

from tracker.dashboard.data import DashboardData
from tracker.dashboard.review import choices
from tracker.extract import articles_from_bytes, extract_articles
from tracker.extract.ingest import plan_ingest

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "005_afp_normandy_paris.txt"


def test_a_search_for_a_venue_offers_the_open_events_held_there(store):
    known = store.load()
    tables, _ = plan_ingest(extract_articles(articles_from_bytes(ARTICLE.read_bytes(), ARTICLE.name), known), known)
    store.save(tables)
    data = DashboardData.load(store)
    events = data.tables.events
    ids = list(data.ids.take(list(range(len(data)))))
    candidate = ids[(events["review_state"] == "candidate").to_numpy().nonzero()[0][0]]
    held_in_sochi = {ids[i] for i in (events["venue"].astype(str) == "Sochi").to_numpy().nonzero()[0]}
    assert {"sochi-congress-2018", "astana-10"} <= held_in_sochi
    offered = {o["value"] for o in choices.search_options(data, candidate, "Sochi", None)}
    assert {"sochi-congress-2018", "astana-10"} <= offered
