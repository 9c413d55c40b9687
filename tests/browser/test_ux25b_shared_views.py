"""Saved views are the team's (one store): a view a colleague saved after this page loaded was not in its list
(drawn at the page's load and after its own Save or Delete only), so "open the view I just saved" failed until a
reload. Opening the "Saved views" panel now lists the views as stored then."""
from __future__ import annotations

from tests.browser.conftest import PageProbe
from tracker.store import open_store

NAME = "Kazakhstan 2023 (ux25b, a colleague)"


def _drop(db: str) -> None:
    store = open_store(db)
    try:
        store.delete_view(NAME)
    finally:
        store.close()


def test_a_view_a_colleague_saved_is_listed_when_the_panel_opens(browser, server, browser_db):
    _drop(browser_db)
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(2)]
    try:
        mine, theirs = (PageProbe(context.new_page(), server) for context in contexts)
        mine.open()
        mine.page.click("#views-toggle")  # opened and closed once before the colleague saves
        mine.page.wait_for_selector("#view-list li")
        assert mine.page.locator("#view-list a.view-link", has_text=NAME).count() == 0
        mine.page.click("#views-toggle")

        theirs.open("?actor=Kazakhstan&from=2023")
        theirs.page.click("#views-toggle")
        theirs.page.fill("#view-name", NAME)
        theirs.page.keyboard.press("Enter")
        theirs.page.wait_for_selector(f"#view-message:has-text('Saved “{NAME}”')")

        mine.page.focus("#views-toggle")  # by the keyboard: Enter on the disclosure opens it
        mine.page.keyboard.press("Enter")
        mine.page.wait_for_selector(f"#view-list a.view-link:has-text('{NAME}')", timeout=15_000)
        mine.page.screenshot(path="/tmp/ux25b/shared_views.png")
        assert mine.errors == [] and theirs.errors == []
    finally:
        for context in contexts:
            context.close()
        _drop(browser_db)
