"""The page's check of a dropped events file reads and compares it on a connection of its own: every other request
of the worker, which reads the store under `live.lock`, goes on meanwhile (review28: a 15 MB check held it 87 s)."""
from __future__ import annotations

import threading

from tests.dashboard.test_ux27b_events_files import _upload, live  # noqa: F401 - the page's data over `store`, a fixture
from tests.dashboard.test_ux28b_events_files import GOOD
from tracker.dashboard.review import events_files


def test_a_check_leaves_the_pages_lock_free_and_sees_what_was_committed(live, store, monkeypatch):
    events_files.clicked(live, 0, [{"name": "desk.csv", "contents": _upload(GOOD)}], {0: "confirmed"}, "editor", "/")
    real, free = events_files.check_files, []

    def probed(t, *args, **kwargs):
        def probe() -> None:  # another request of this worker, which reads the shared connection
            took = live.lock.acquire(blocking=False)
            free.append(took)
            if took:
                live.lock.release()
        other = threading.Thread(target=probe)
        other.start()
        other.join()
        free.append(t.store is not live.store)
        return real(t, *args, **kwargs)

    monkeypatch.setattr(events_files, "check_files", probed)
    again = GOOD.replace("Guarantors' talks", "Guarantors' talks (first day)")
    panel, _ = events_files.dropped(live, [_upload(again)], ["desk.csv"], "editor", "/")
    assert free == [True, True]
    assert "1 changes a stored event; 1 already stored exactly as given" in str(panel), str(panel)


def test_the_page_says_a_check_or_an_import_is_running(store):
    """ux28b's "Not fixed" 2: 87 s of check and 147 s of import with the card area unchanged."""
    from tracker.dashboard import ids
    from tracker.dashboard.app import create_app

    app = create_app(store)
    answer = app.server.test_client().get("/_dash-dependencies")
    assert answer.status_code == 200
    working = {c["output"].split("...")[0].strip("."): c.get("running") for c in answer.get_json()
               if ids.REVIEW_IMPORT_RESULT in c["output"] and c.get("clientside_function") is None}  # on the server
    key = f"{ids.REVIEW_IMPORT_WORKING}.children"
    said = sorted(r["running"][key] for r in working.values() if r and key in r["running"])
    assert said == sorted([events_files.CHECKING, events_files.IMPORTING])
    assert all(r["runningOff"][key] == "" for r in working.values())
    from tracker.dashboard.review.layout import ingest_section

    assert f"id='{ids.REVIEW_IMPORT_WORKING}'" in str(ingest_section())  # drawn above the cards, a status line
