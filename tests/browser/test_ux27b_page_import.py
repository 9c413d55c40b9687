"""Real Chromium (ux27b): an analyst drops the files of events they keep on the review page's upload, by keyboard
alone, reads what `tracker validate` would say of each (an ACLED export with its download notes above the header; a
sheet with a bad date), brings the ACLED events in as candidates with the Import button (the bad file has none and
stores nothing), and finds them in the candidate list and on the timeline through the result's own link (ux28b: a view
of what came in, candidates and their days); a file over the page's limit is stopped before it is sent, named. One
test: browser tests are the suite's costliest part."""
from __future__ import annotations

import sys

import pytest

from tracker.auth.guard import MAX_UPLOAD_BYTES
from tracker.store import open_store

ACLED = ("ACLED data export for the desk, downloaded 2024-06-03\r\n"
         "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
         "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
         "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n"
         "KAZ7001,21 May 2024,2024,1,Strategic developments,Strategic developments,Agreement,"
         "Government of Kazakhstan (2019-),,1,Government of Russia (2000-),,1,11,,398,Central Asia,Kazakhstan,Astana,,,"
         "Astana,51.18,71.45,1,Desk Wire,International,Written for this test: a transit memorandum.,0,,1716300000\r\n"
         "KAZ7002,28 May 2024,2024,2,Protests,Protests,Peaceful protest,Protesters (Kazakhstan),,6,,,,60,,398,"
         "Central Asia,Kazakhstan,Almaty,,,Almaty,43.25,76.93,1,Vlast desk,National,Written for this test.,0,,1716900000\r\n")
BAD = ("event_id,title,event_type,status,start_date,sources\n"
       "bad-1,A statement,statement,held,2024-13-02,Desk Wire | 2024-02-01 |  | https://example.org/b1\n")
IN_UPLOAD = "() => !!document.activeElement.closest('#review-upload')"


@pytest.fixture()
def own(shared_page, tmp_path, copy_shipped_db):
    """A page on a server of its own, over a copy of the shipped store (the test imports into it); the helpers are
    tests/browser/conftest.py's as pytest loaded it (import-mode=importlib puts no test folder on sys.path)."""
    db = copy_shipped_db(tmp_path / "ux27b-import.db")
    helpers = next(m for name, m in list(sys.modules.items()) if name.endswith("conftest") and hasattr(m, "PageProbe"))
    for probe in helpers.probe_over(shared_page, db):
        yield probe, db


def test_an_analyst_imports_an_acled_export_from_the_review_page_by_keyboard(own, tmp_path):
    probe, db = own
    page = probe.page
    acled, bad = tmp_path / "acled_export.csv", tmp_path / "desk_bad.csv"
    acled.write_text(ACLED, encoding="utf-8-sig")
    bad.write_text(BAD, encoding="utf-8")
    probe.open_review()

    # keyboard alone: Tab from Extract reaches the upload (Enter opens the system's file chooser, whose choice is
    # what set_input_files gives)
    page.focus("#review-ingest")
    page.keyboard.press("Tab")
    assert page.evaluate(IN_UPLOAD)  # the upload's file input, under its drop zone
    # a file over the limit (an ACLED export of 21 MB) is stopped in the page, named, and nothing is sent (ux28b)
    huge = tmp_path / "acled_2020_2024.csv"
    with huge.open("wb") as stream:
        stream.truncate(MAX_UPLOAD_BYTES + 1024 * 1024)
    page.set_input_files("#review-upload input[type=file]", [str(huge)])
    note = page.wait_for_selector("#review-upload-too-large:not([hidden])")
    assert note.inner_text().startswith("acled_2020_2024.csv is 21.0 MB: the review page takes files of up to 20 MB")
    assert page.locator("#review-import-result .import-file").count() == 0
    page.set_input_files("#review-upload input[type=file]", [str(acled), str(bad)])
    page.wait_for_selector("#review-import-result .import-file >> nth=1")
    probe.settle()
    cards = page.locator("#review-import-result .import-file")
    first, second = cards.nth(0).inner_text(), cards.nth(1).inner_text()
    assert "Read as: ACLED export header (current layout, 31 columns)" in first
    assert "2 events would come in (2 new), with 2 sources" in first
    assert "acled_export.csv, row 2: warning: row 2 was read as the header" in first
    assert "desk_bad.csv, row 2, column 'start_date': error" in second and "Nothing of this file is stored" in second
    assert cards.nth(1).locator("button").count() == 0  # a file with an error has no Import button
    assert page.inner_text("#review-ingest-result") == ""  # not read as an article
    page.screenshot(path=str(tmp_path / "dropped.png"))

    # Tab into the panel: the review state (arrow keys choose), then the file's button
    page.focus("#review-upload input[type=file]")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "radio"
    page.keyboard.press("ArrowDown")  # "candidates, to review here first"
    assert page.evaluate("() => document.activeElement.value") == "candidate"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Import 2 events"
    page.keyboard.press("Enter")
    page.wait_for_selector("#review-import-result .message.ok")
    probe.settle()
    done = cards.nth(0).inner_text()
    assert "Imported 2 events (2 new, 0 updated) with 2 sources from acled_export.csv as candidates" in done
    assert "desk_bad.csv, row 2, column 'start_date': error" in cards.nth(1).inner_text()  # still said, still no button
    page.wait_for_function("() => document.getElementById('review-count').textContent.startsWith('2 candidates')")
    assert "Kazakhstan – Russia: agreement in Astana" in page.inner_text("#review-list")

    store = open_store(db)
    try:
        events = store.load().events.set_index("event_id")
        assert set(events.loc[["acled-KAZ7001", "acled-KAZ7002"], "review_state"]) == {"candidate"}
        assert "bad-1" not in events.index
        assert [c.action for c in store.history("acled-KAZ7001")] == ["import"]
    finally:
        store.close()

    assert not note.is_visible()  # a drop within the limit took the note away

    # the result's link, next in the Tab order, opens the timeline on what came in: candidates, their days (ux28b)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent").startswith("Show them on the timeline (")
    page.keyboard.press("Enter")
    page.wait_for_selector("#timeline .main-svg")
    probe.wait_count(2)
    assert "state=candidate" in page.url and "from=2024-05-" in page.url
    assert probe.errors == []
