"""ux25's finding 14: a viewer's Review form took typing with nothing to send it (no Save, Accept, Reject or Merge
for a viewer). Now its boxes are read only and its choices disabled, and the form says why; an editor's are not."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.auth.conftest import make_db, serve
from tests.browser.conftest import CORPUS, PageProbe
from tests.browser.test_login import _login, wait_until
from tracker.store import open_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def team_server(tmp_path_factory, shipped):
    """The shipped chronology, the candidates of one wire article, a viewer (vera) and an editor (eddie)."""
    from tracker.extract import extract_articles, read_articles
    from tracker.extract.ingest import plan_ingest

    db = make_db(tmp_path_factory.mktemp("ux25b") / "team.db", shipped, {"alice": "admin", "vera": "viewer",
                                                                         "eddie": "editor"})
    store = open_store(db)
    known = store.load()
    tables, _ = plan_ingest(extract_articles(read_articles(CORPUS / "019_tass_lavrov_fidan.txt"), known), known)
    store.save(tables)
    store.close()
    for base in serve(db):
        yield SimpleNamespace(base=base, db=db)


def open_candidate(browser, base, name):
    """(context, page, probe): `name` signed in on the review page, its first candidate open in the form."""
    probes = []
    context, page = _login(browser, base, "/review", name, on_page=lambda p: probes.append(PageProbe(p, base)))
    wait_until(page, "((document.getElementById('review-count') || {}).textContent || '').includes('candidate')")
    wait_until(page, "document.querySelector('#account .account-role') !== null")
    probes[0].settle()
    page.locator("#review-list button").first.click()
    page.wait_for_selector("#review-form:not([hidden])")
    wait_until(page, "document.getElementById('review-title').value !== ''")
    probes[0].settle()
    return context, page, probes[0]


@pytest.mark.parametrize("name, viewer", [("vera", True), ("eddie", False)])
def test_a_viewers_review_form_is_read_only_and_says_why(browser, team_server, name, viewer):
    context, page, probe = open_candidate(browser, team_server.base, name)
    probes = [probe]
    note = page.locator("#review-read-only")
    assert note.is_visible() is viewer
    if viewer:
        assert "Read only: you are signed in as a viewer" in note.inner_text()
    for box in ("review-title", "review-start", "review-summary", "review-actors", "review-links"):
        assert page.evaluate(f"document.getElementById('{box}').readOnly") is viewer, (name, box)
    assert page.evaluate("!!document.querySelector('#review-type [disabled], #review-type[disabled], "
                         "#review-type [aria-disabled=true]')") is viewer, name
    before = page.input_value("#review-title")
    page.click("#review-title")
    page.keyboard.press("End")
    page.keyboard.type(" typed")
    assert (page.input_value("#review-title") == before) is viewer
    page.screenshot(path=f"/tmp/ux25b/viewer_review_form_{name}.png", full_page=False)
    assert probes[0].errors == [], probes[0].errors
    context.close()


def test_a_viewer_opening_the_saved_views_is_refused_nothing(browser, team_server):
    """A viewer's list of saved views held Delete buttons (hidden by the style sheet); the list drawn again when the
    panel opens fired the control's callback for them, which the server refused as a viewer's delete: a 403."""
    store = open_store(team_server.db)
    try:
        store.save_view("Astana 2023 (ux25b)", "process=Astana+format&from=2023")
    finally:
        store.close()
    refused = []
    context, page = _login(browser, team_server.base, "/", "vera",
                           on_page=lambda p: p.on("response", lambda r: refused.append(r.url) if r.status >= 400 else None))
    page.wait_for_selector("#timeline .main-svg", timeout=60_000)
    wait_until(page, "document.querySelector('#account .account-role') !== null")
    page.click("#views-toggle")
    page.wait_for_selector("#view-list a.view-link:has-text('Astana 2023 (ux25b)')")
    page.wait_for_timeout(1500)  # the answer to the list drawn again, and any request it sets off
    assert page.locator("#view-list .view-delete").count() == 0
    assert refused == []
    context.close()
