"""The review queue on the review page, as plain handler functions over a real SQLite store: an ingest suggests
sources for confirmed events, a person accepts or rejects them; the form edits actors and links; the article
is shown with its evidence marked."""
from __future__ import annotations

from pathlib import Path

import pytest
from dash import html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers, sources

FIELDS = len(ids.REVIEW_FIELDS)  # the form callback's outputs: the fields, then hidden, panel, actors, links, base

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = CORPUS / "000_seed_interfax.txt"
ROUND = "astana-20"


def act(live, trigger, selected=None, text=None, value=1, fields=None, actors=None, links=None) -> handlers.Outcome:
    return handlers.act(live, trigger, value, selected, fields or [None] * 10, None, text, None, None, "/", None,
                        actors, links)


def marks(component) -> list[str]:
    """The text of every <mark> under a component tree."""
    found = []

    def walk(node):
        if isinstance(node, html.Mark):
            found.append(node.children)
        children = getattr(node, "children", None)
        for child in children if isinstance(children, list) else [children]:
            if child is not None and not isinstance(child, str):
                walk(child)
    for node in component if isinstance(component, list) else [component]:
        walk(node)
    return found


@pytest.fixture()
def live(store) -> LiveData:
    """The shipped chronology as the running app holds it, after the seed article was pasted on the page."""
    live = LiveData(store, DashboardData.load(store))
    outcome = act(live, ids.REVIEW_INGEST, text=SEED.read_text(encoding="utf-8"))
    assert "1 suggested as sources of confirmed events" in str(outcome.ingest.children[0].children)
    return live


def pending_id(live) -> str:
    return live.store.suggestions()["suggestion_id"].iloc[0]


def test_a_pasted_article_about_a_confirmed_event_changes_nothing_but_is_suggested(live, shipped):
    tables = live.store.load()
    assert len(tables.sources) == len(shipped.sources) and len(tables.quotes) == len(shipped.quotes)
    count, cards = handlers.render_suggestions(live.data, "/review", "/", None)
    assert count.startswith("1 article suggested") and len(cards) == 1
    button = cards[0].children
    assert button.id == {"type": ids.REVIEW_PICK_SOURCE, "index": pending_id(live)}
    assert button.to_plotly_json()["props"]["aria-label"].startswith("Suggested source, confidence 0.")
    assert ROUND in button.children[0].children


def test_picking_a_suggestion_shows_its_article_with_the_evidence_marked_and_hides_the_form(live):
    selected = sources.SOURCE_PREFIX + pending_id(live)  # what the page's pick of its card selects (PICK_CARD)
    hidden, detail = sources.panel(live.data, selected)
    assert hidden is False and marks(detail) and all("Astana" in m or "Syria" in m for m in marks(detail))
    assert handlers.render_form(live.data, selected)[FIELDS] is True  # the candidate form hides
    assert sources.panel(live.data, None)[0] is True


def test_accept_attaches_the_source_to_the_event_and_refreshes_the_page(live):
    sid, before = pending_id(live), live.data.version
    outcome = act(live, ids.REVIEW_SOURCE_ACCEPT, sources.SOURCE_PREFIX + sid)
    assert outcome.message.className == "message ok" and f"source of {ROUND}" in str(outcome.message.children)
    assert outcome.version == live.data.version > before and outcome.selected is None
    assert sid in set(live.data.subset([ROUND]).sources["source_id"])  # what the detail panel reads
    assert live.store.suggestions().empty
    again = act(live, ids.REVIEW_SOURCE_ACCEPT, sources.SOURCE_PREFIX + sid)
    assert again.message.className == "message error" and "already" in str(again.message.children)


def test_reject_leaves_the_event_as_it_was(live):
    sid, before = pending_id(live), live.store.counts()
    outcome = act(live, ids.REVIEW_SOURCE_REJECT, sources.SOURCE_PREFIX + sid)
    assert "Rejected" in str(outcome.message.children) and live.store.counts() == before
    assert handlers.render_suggestions(live.data, "/review", "/", None)[1] == []
    again = act(live, ids.REVIEW_INGEST, text=SEED.read_text(encoding="utf-8"))
    assert "0 suggested" in str(again.ingest.children[0].children)


def test_a_candidate_shows_its_article_with_the_evidence_marked_and_its_actors_in_the_form(store):
    live = LiveData(store, DashboardData.load(store))
    act(live, ids.REVIEW_INGEST, text=(CORPUS / "006_interfax_normandy_berlin.txt").read_text(encoding="utf-8"))
    for candidate in handlers.views.candidate_ids(live.data):
        values = handlers.render_form(live.data, candidate)
        assert values[FIELDS] is False and marks(values[FIELDS + 1]), candidate
        assert values[FIELDS + 2] == handlers.actions.actors_text(live.data.subset([candidate]), candidate)
    assert any(": participant" in handlers.render_form(live.data, c)[FIELDS + 2] for c in handlers.views.candidate_ids(live.data))


def test_the_form_saves_actors_with_roles_and_links_and_a_bad_line_saves_nothing(store):
    live = LiveData(store, DashboardData.load(store))
    act(live, ids.REVIEW_INGEST, text=(CORPUS / "006_interfax_normandy_berlin.txt").read_text(encoding="utf-8"))
    candidate = handlers.views.candidate_ids(live.data)[0]
    fields = handlers.render_form(live.data, candidate)[:FIELDS]
    bad = act(live, ids.REVIEW_SAVE, candidate, fields=fields, actors="Atlantis: host", links="")
    assert bad.message.className == "message error" and "no actor named 'Atlantis'" in str(bad.message.children)
    saved = act(live, ids.REVIEW_SAVE, candidate, fields=fields, actors="Kazakhstan: host\nRussia: guarantor",
                links=f"follows: {ROUND}")
    assert saved.message.className == "message ok"
    tables = live.store.load()
    actors = tables.event_actors[tables.event_actors["event_id"] == candidate]
    assert sorted(zip(actors["actor_id"], actors["role"].astype(str))) == sorted(
        [(tables.actors.set_index("name").loc[n, "actor_id"], r) for n, r in (("Kazakhstan", "host"), ("Russia", "guarantor"))])
    links = tables.event_links[tables.event_links["from_event_id"] == candidate]
    assert links[["to_event_id", "link_type"]].astype(str).values.tolist() == [[ROUND, "follows"]]
    accepted = act(live, ids.REVIEW_ACCEPT, candidate, fields=fields, actors="Kazakhstan: host", links="")
    assert accepted.message.className == "message ok"
    tables = live.store.load()
    assert tables.event_actors[tables.event_actors["event_id"] == candidate]["role"].astype(str).tolist() == ["host"]
    assert tables.event_links[tables.event_links["from_event_id"] == candidate].empty
