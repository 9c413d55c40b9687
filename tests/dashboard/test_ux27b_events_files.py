"""Files of events dropped on the review page: what `tracker validate` says of each, and its Import button, which
imports it through `tracker.importing.import_files` as `tracker import` does (all or nothing, the history naming who
imported). The plain functions under the page's callbacks (`review/events_files.py`)."""
from __future__ import annotations

import base64

import pytest

from tests.conftest import store_fingerprint
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import events_files, handlers

HEADER = "event_id,title,event_type,status,start_date,venue,venue_country,sources\n"
GOOD = (HEADER + "desk-1,Envoys meet in Astana,meeting,held,2024-05-14,Astana,,Desk Wire | 2024-05-14 |  | https://example.org/1\n"
        "desk-2,Guarantors' statement,statement,held,2024-05-15,Astana,,Desk Wire | 2024-05-15 |  | https://example.org/2\n")
BAD = (HEADER + "bad-1,A statement,statement,held,2024-13-02,,,Desk Wire | 2024-02-01 |  | https://example.org/b1\n"
       "bad-2,Fine row,statement,held,2024-02-03,,,Desk Wire | 2024-02-03 |  | https://example.org/b2\n")


def _upload(text: str) -> str:
    return "data:text/csv;base64," + base64.b64encode(text.encode()).decode()


@pytest.fixture()
def live(store) -> LiveData:
    return LiveData(store, DashboardData.load(store))


def _text(component) -> str:
    return str(component)


def test_a_dropped_events_file_is_checked_and_an_editor_is_offered_its_import(live, store):
    before = store_fingerprint(store)
    panel, files = events_files.dropped(live, [_upload(GOOD), _upload("ASTANA, May 14 (Wire) - talks."), _upload(BAD)],
                                        ["desk.csv", "wire.txt", "bad.csv"], "editor", "/")
    assert [f["name"] for f in files] == ["desk.csv", "bad.csv"]  # the article is the article upload's
    text = _text(panel)
    assert "2 events would come in (2 new), with 2 sources; 1 warning" in text
    assert "filled in as KAZ, the country of 'Astana'" in text
    assert "Import 2 events" in text and "'type': 'review-import', 'index': 0" in text
    assert "bad.csv, row 2, column 'start_date': error" in text and "'index': 1" not in text  # no button for it
    assert store_fingerprint(store) == before  # a check stores nothing


def test_a_viewer_is_shown_the_check_without_a_button(live):
    panel, _ = events_files.dropped(live, [_upload(GOOD)], ["desk.csv"], "viewer", "/")
    assert "2 events would come in" in _text(panel) and "Import 2 events" not in _text(panel)
    assert events_files.clicked(live, 0, [{"name": "desk.csv", "contents": _upload(GOOD)}], {}, "viewer", "/") == \
        (events_files.no_update,) * 3


def test_import_stores_the_file_as_tracker_import_does_naming_who(live, store, monkeypatch):
    monkeypatch.setattr(events_files, "request_user", lambda: "ed")
    files = [{"name": "desk.csv", "contents": _upload(GOOD)}, {"name": "bad.csv", "contents": _upload(BAD)}]
    version = live.data.version
    panel, kept, new_version = events_files.clicked(live, 0, files, {0: "candidate"}, "editor", "/")
    events = store.load().events.set_index("event_id")
    assert events.loc["desk-1", "review_state"] == "candidate" and events.loc["desk-1", "venue_country"] == "KAZ"
    assert [c.user for c in store.history("desk-1")] == ["ed"] and store.history("desk-1")[0].action == "import"
    assert new_version != version and live.data.position_of("desk-1") is not None
    assert "Imported 2 events (2 new, 0 updated) with 2 sources from desk.csv as candidates" in _text(panel)
    assert kept[0]["done"] and kept[0]["contents"] == "" and kept[1] == files[1]  # the other file still waits
    # the bad file's button is never drawn; a forged press stores nothing and says file, row and field
    before = store_fingerprint(store)
    panel, kept, new_version = events_files.clicked(live, 1, kept, {}, "editor", "/")
    assert store_fingerprint(store) == before and new_version is events_files.no_update
    assert "Nothing was imported; the store is unchanged" in _text(panel)
    assert "bad.csv, row 2, column 'start_date': error" in _text(panel)


def test_a_forged_file_name_stays_in_the_temporary_folder(live, store):
    panel, kept, _ = events_files.clicked(live, 0, [{"name": "../../desk.csv", "contents": _upload(GOOD)}], {},
                                          "editor", "/")
    assert "Imported 2 events" in _text(panel)


def test_the_article_upload_leaves_files_of_events_to_the_import_panel(live):
    outcome = handlers.ingest_uploads(live, [_upload(GOOD)], ["desk.csv"])
    assert outcome.ingest == "" and outcome.upload is None
