"""The Review page's form after ux23's walk: a link names its event by round or title (defect 8), and confirming a
plan whose days have passed says so (defect 11). Through the page's handlers on a real SQLite store."""
from __future__ import annotations

import pytest

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers

from tests.dashboard.test_review_page import ARTICLES, LAVROV, act, form_of, ingest_files, stored


@pytest.fixture()
def live(store) -> LiveData:
    ingest_files(store, ARTICLES)
    return LiveData(store, DashboardData.load(store))


def _save_links(live: LiveData, links: str) -> handlers.Outcome:
    return handlers.act(live, ids.REVIEW_SAVE, 1, LAVROV, form_of(live, LAVROV), None, None, None, None, "/",
                        links=links)


def test_a_link_typed_as_astana_round_20_reaches_that_round(live):
    outcome = _save_links(live, "follows: Astana round 20")
    assert "Saved" in str(outcome.message), outcome.message
    links = live.store.load().event_links
    assert links[links["from_event_id"] == LAVROV][["to_event_id", "link_type"]].astype(str).values.tolist() == [
        ["astana-20", "follows"]]


def test_a_round_number_of_several_processes_is_refused_with_their_ids_and_nothing_is_saved(live):
    before = live.data.version
    outcome = _save_links(live, "follows: round 1")
    said = str(outcome.message.children)
    assert outcome.message.className == "message error" and "'round 1' names" in said and "by its id" in said, said
    assert live.data.version == before


def test_confirming_a_scheduled_event_whose_days_have_passed_says_so(live):
    outcome = act(live, ids.REVIEW_ACCEPT, LAVROV, form_of(live, LAVROV, status="scheduled"))
    said = str(outcome.message)
    assert "Accepted" in said and "Its status is still “scheduled”, though its last day, 13 Jul 2023, has passed" in said
    assert stored(live.store, LAVROV)["review_state"] == "confirmed"


def test_confirming_a_held_event_adds_no_such_note(live):
    assert "still" not in str(act(live, ids.REVIEW_ACCEPT, LAVROV, form_of(live, LAVROV)).message)


def test_a_link_typed_as_the_events_title_reaches_it_whatever_its_case(live):
    outcome = _save_links(live, "follows: 20th international meeting on Syria in the Astana format")
    assert "Saved" in str(outcome.message), outcome.message
    links = live.store.load().event_links
    assert links.loc[links["from_event_id"] == LAVROV, "to_event_id"].tolist() == ["astana-20"]
