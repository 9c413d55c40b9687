"""Real Chromium (ux29a): the review page's drop of files of events, by keyboard. A file dropped crosses the network
once to be checked and once to be imported (it went four times before its Import: to the article extraction, to the
panel, back from the panel, and with the Import button drawn unpressed), an article dropped beside it still goes to
the extraction only; a card's long list of problems, a Tab stop, is named; after Import the focus is on the result,
not on the page's body; a drop refused as too large is said at the upload with what to do."""
from __future__ import annotations

import base64
import json
import re
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOOD = "event_id,title,event_type,status,start_date,summary,sources\n" + "".join(
    f"ux29a-{i},Envoys meet in Astana ({i}),meeting,held,2024-05-{10 + i % 9},{'A long summary. ' * 40},"
    f"Desk Wire | 2024-05-14 |  | https://example.org/{i}\n" for i in range(40))
BAD = "event_id,title,event_type,status,start_date,sources\n" + "".join(
    f"bad-{i},A statement,statement,held,2024-13-{10 + i % 9},Desk Wire | 2024-02-01 |  | https://example.org/b{i}\n"
    for i in range(30))
ACTIVE = "() => { const a = document.activeElement; return [a.tagName, a.className, a.getAttribute('aria-label')," \
         " (a.textContent || '').trim().slice(0, 120)]; }"


def _helpers():
    """tests/browser/conftest.py as pytest loaded it (import-mode=importlib puts no test folder on sys.path)."""
    return next(m for name, m in list(sys.modules.items()) if name.endswith("conftest") and hasattr(m, "PageProbe"))


@pytest.fixture()
def own(shared_page, tmp_path, copy_shipped_db):
    """A page on a server of its own, over a copy of the shipped store (the test imports into it)."""
    yield from _helpers().probe_over(shared_page, copy_shipped_db(tmp_path / "ux29a.db"))


def test_a_dropped_file_is_sent_once_to_check_and_once_to_import_and_the_focus_follows(own, tmp_path):
    probe, page = own, own.page
    files = {"desk_events.csv": GOOD.encode(), "desk_bad.csv": BAD.encode(),
             "berlin.txt": (CORPUS / "006_interfax_normandy_berlin.txt").read_bytes()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    # a piece of each file as the page sends it (a data URL's base64), to find in the requests and answers
    marks = {name: base64.b64encode(data).decode()[120:320] for name, data in files.items()}
    carried: list = []  # (file, "request" or "answer", what fired it)

    def sent(request):
        if "_dash-update-component" in request.url:
            body = request.post_data or ""
            fired = (json.loads(body).get("changedPropIds") or ["?"])[0]
            carried.extend((name, "request", fired) for name, mark in marks.items() if mark in body)

    def answered(response):
        if "_dash-update-component" in response.url and response.status == 200:
            text = response.text()
            carried.extend((name, "answer", "") for name, mark in marks.items() if mark in text)

    page.on("request", sent)
    page.on("response", answered)
    probe.open_review()
    page.set_input_files("#review-upload input[type=file]", [str(tmp_path / name) for name in files])
    page.wait_for_selector("#review-import-result .import-file >> nth=1")
    page.wait_for_function("() => document.getElementById('review-ingest-result').textContent.startsWith('1 article: ')")
    probe.settle()
    assert sorted(carried) == [("berlin.txt", "request", "review-upload-articles.data"),
                               ("desk_bad.csv", "request", "review-import-dropped.data"),
                               ("desk_events.csv", "request", "review-import-dropped.data")]
    assert "40 events would come in (40 new)" in page.inner_text("#review-import-result")

    # Tab through the cards: the review state, the Import button, then the bad file's list of 30 errors, which scrolls
    # (a Tab stop, the keyboard's way to scroll it) and is named for what it holds
    page.focus("#review-upload input[type=file]")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "radio"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Import 40 events"
    page.keyboard.press("Tab")
    tag, _, label, _ = page.evaluate(ACTIVE)
    assert (tag, label) == ("DIV", "30 errors in desk_bad.csv")
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "region"
    page.keyboard.press("Shift+Tab")

    carried.clear()
    page.keyboard.press("Enter")
    page.wait_for_selector("#review-import-result .message.ok")
    probe.settle()
    assert sorted(carried) == [("desk_bad.csv", "request", "review-import-pressed.data"),  # checked again after it
                               ("desk_events.csv", "request", "review-import-pressed.data")]
    # the focus is on what the import says (read out), and Tab goes on to its link, not from the top of the page
    page.wait_for_function("() => !!document.activeElement.closest('.import-file .message.ok')")
    assert page.evaluate(ACTIVE)[3].startswith("Imported 40 events (40 new, 0 updated) with 40 sources from desk_events.csv")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent").startswith("Show them on the timeline (")
    assert probe.errors == []


def test_a_drop_refused_as_too_large_is_said_at_the_upload(review_probe, tmp_path):
    """A drop within the page's 20 MB goes with the article pasted in the box in one request, which the server can
    refuse (413, tracker.auth.guard): answered so here, as the server would, without sending 30 MB."""
    from flask import Flask

    from tracker.auth.guard import too_large

    probe, page = review_probe, review_probe.page
    with Flask(__name__).app_context():
        refusal = too_large().get_data(as_text=True)
    data = (CORPUS / "006_interfax_normandy_berlin.txt").read_bytes()
    mark = base64.b64encode(data).decode()[120:320]

    def refuse(route):  # a request that carries the dropped file
        if mark in (route.request.post_data or ""):
            route.fulfill(status=413, content_type="application/json", body=refusal)
        else:
            route.continue_()

    page.route(re.compile("_dash-update-component"), refuse)
    probe.open_review()
    page.fill("#review-text", "ASTANA, May 14 (Desk Wire) - Envoys met in the capital for talks on transit. " * 20)
    article = tmp_path / "feed.txt"
    article.write_bytes(data)
    page.set_input_files("#review-upload input[type=file]", [str(article)])
    note = page.wait_for_selector("#review-upload-too-large:not([hidden])")
    said = note.inner_text()
    assert said.startswith("The dropped files were too large to send with the article pasted in the box above: ")
    assert "Nothing was read or stored" in said and "`tracker import FILE`" in said and "fewer or smaller files" in said
    page.wait_for_timeout(4000)  # the page's poll answers meanwhile: the note stays (the session's note went)
    assert note.is_visible() and not page.is_visible("#session-ended")
