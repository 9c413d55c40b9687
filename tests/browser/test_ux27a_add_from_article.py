"""An event extraction missed, added from its article on the Review page in a real headless Chromium at 1280 px: with
the mouse from an ingest's result, and with the keyboard alone from the selected candidate's article box; each checked
against the store (evidence, the source with the article's text, the history of who added it); then a selection made
in one article is never sent with another (review27, findings 1 and 2). Our own wire texts."""
from __future__ import annotations

import json
import sys

import pytest

from tracker.store import open_store

WIRE = """ASTANA, March 14 2024 (Interfax) - Kazakhstan's Foreign Ministry said on Thursday it was ready to host a new round of talks on Syria in Astana in the spring.

Earlier in the week, the guarantor countries' experts gathered behind closed doors in Geneva on Monday to go over the draft agenda with Geir Pedersen, diplomatic sources told Interfax.

The humanitarian situation remained grave, the ministry added.
"""
MISSED = ("Earlier in the week, the guarantor countries' experts gathered behind closed doors in Geneva on Monday to go "
          "over the draft agenda with Geir Pedersen, diplomatic sources told Interfax.")
OTHER = """MOSCOW, May 20 2024 (Reuters) - The Russian foreign ministry said on Monday it had nothing to add on Syria.
"""
#: The corners of the missed sentence in an article box, for a drag with the mouse.
CORNERS = """([box, sentence]) => {
    const node = document.getElementById(box).firstChild, at = node.textContent.indexOf(sentence);
    const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 1);
    const a = r.getBoundingClientRect(); r.setStart(node, at + sentence.length - 1); r.setEnd(node, at + sentence.length);
    const z = r.getBoundingClientRect(); return [a.left + 1, a.top + a.height / 2, z.right - 1, z.top + z.height / 2];
}"""


def _browser_conftest():
    """tests/browser/conftest.py as pytest loaded it (import-mode=importlib puts no test folder on sys.path)."""
    return next(m for name, m in list(sys.modules.items()) if name.endswith("conftest") and hasattr(m, "PageProbe"))


@pytest.fixture()
def added_db(tmp_path, copy_shipped_db) -> str:
    """A copy of the shipped store of this test's own."""
    return copy_shipped_db(tmp_path / "add.db")


@pytest.fixture()
def review(shared_page, added_db):
    """The worker's shared page on a dashboard over `added_db`."""
    yield from _browser_conftest().probe_over(shared_page, added_db)


def _choose(page, trigger, value: str) -> None:
    trigger.click()
    page.click(f".dash-dropdown-options label:has(input[value='{value}'])")
    if page.locator(".dash-dropdown-options").count():
        page.keyboard.press("Escape")
    page.wait_for_selector(".dash-dropdown-options", state="detached")


def _added(db: str) -> list[dict]:
    """The stored records of the events a person created (history action "create")."""
    store = open_store(db)
    try:
        events = store.load().events
        records = [store.event_record(e) for e in events["event_id"]
                   if (h := store.history(e)) and h[0].action == "create"]
        return [{**r, "texts": store.article_texts([s[0] for s in r["sources"]]),
                 "history": [(c.action, c.user) for c in store.history(r["event_id"])]} for r in records]
    finally:
        store.close()


def test_an_event_extraction_missed_is_added_from_its_article_by_mouse_and_by_keyboard(review, added_db):
    page = review.page
    page.goto(review.base + "/review")
    page.wait_for_selector("#review-text")
    review.settle()
    page.fill("#review-text", WIRE)
    page.click("#review-ingest")
    page.wait_for_selector(".ingested-article summary", timeout=60_000)
    review.settle()
    assert "2 new" in page.inner_text(".ingest-summary")
    assert MISSED not in page.inner_text("#review-ingest-new .candidate-list")  # extraction missed it

    # with the mouse: open the article, drag over the missed sentence, press the button
    page.click(".ingested-article summary")
    page.locator("#review-article-ingest-1").scroll_into_view_if_needed()
    x0, y0, x1, y1 = page.evaluate(CORNERS, ["review-article-ingest-1", MISSED])
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=8)
    page.mouse.up()
    assert page.evaluate("window.getSelection().toString()") == MISSED
    page.click("#review-article-ingest-1 ~ .add-from-article-row button")
    page.wait_for_selector("#editor-heading:has-text('Add an event from Interfax, 14 Mar 2024')")
    review.settle()
    assert page.input_value("#editor-evidence") == MISSED
    assert page.input_value("#editor-start-date") == "2024-03-11"  # "on Monday", read against 14 Mar 2024
    assert "Its name reader finds Geir O. Pedersen." in page.inner_text("#editor-message")
    source = page.locator("#editor-sources-rows .editor-row").nth(0).locator("input")
    assert [source.nth(k).input_value() for k in (0, 1)] == ["Interfax", "2024-03-14"]
    page.fill("#editor-title", "Guarantors' experts meet the UN envoy in Geneva")
    _choose(page, page.locator("#editor-event-type"), "meeting")
    page.fill("#editor-venue", "Geneva")
    page.wait_for_function("document.getElementById('editor-venue-country').value === 'CHE'")  # a known venue's country
    actor = page.locator("#editor-actors-rows .editor-row").nth(0)
    assert actor.locator("input.dash-input-element").input_value() == "Geir O. Pedersen"
    _choose(page, actor.locator("button.dash-dropdown"), "participant")
    page.screenshot(path="/tmp/ux27a-add-form.png")
    page.click("#editor-save")
    page.wait_for_selector("#editor-dialog", state="hidden")
    assert "Saved “Guarantors' experts meet the UN envoy in Geneva”" in page.inner_text("#editor-notice")

    (added,) = _added(added_db)
    assert page.url == review.base + "/review"  # the analyst stays on the Review page; the notice opens the event
    assert page.get_attribute("#editor-notice a", "href") == f"/?event={added['event_id']}"
    assert added["event"]["venue_country"] == "CHE"
    assert (added["event"]["evidence"], added["event"]["start_date"][:10], added["event"]["review_state"]) == (
        MISSED, "2024-03-11", "confirmed")
    assert added["sources"][0][1] == "Interfax" and MISSED in next(iter(added["texts"].values()))  # the article's text
    assert [role for _, role in added["actors"]] == ["participant"]
    assert [action for action, _ in added["history"]] == ["create"] and added["history"][0][1]  # who added it
    # with the keyboard alone: pick the first candidate, reach its article box, Shift+Down twice, Tab to the button
    page.focus("#review-list button")
    page.keyboard.press("Enter")
    page.wait_for_selector("#review-article-candidate")
    review.settle()
    for _ in range(15):
        if page.evaluate("document.activeElement.id") == "review-article-candidate":
            break
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "review-article-candidate"
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Shift+ArrowDown")
    assert page.evaluate("window.getSelection().toString()") == MISSED
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('add-from-article')"):
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("#editor-heading:has-text('Add an event from Interfax')")
    review.settle()
    assert page.evaluate("document.activeElement.id") == "editor-heading"
    assert page.input_value("#editor-evidence") == MISSED
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "editor-title"
    page.keyboard.type("Experts meet Pedersen in Geneva")
    page.keyboard.press("Enter")  # Enter in a one-line field saves: no type chosen, so it is refused next to Type
    page.wait_for_selector("#editor-event-type-error:not(:empty)")
    assert page.input_value("#editor-title") == "Experts meet Pedersen in Geneva"  # nothing typed is lost
    # the wrong sentence? select again in the form's own article box, and read it as the evidence: the title stays
    for _ in range(20):
        if page.evaluate("document.activeElement.id") == "editor-article":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Shift+ArrowDown")
    again = " ".join(page.evaluate("window.getSelection().toString()").split())
    assert again and again != MISSED
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "editor-use-selection"
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.getElementById('editor-evidence').value !== {json.dumps(MISSED)}")
    assert page.input_value("#editor-evidence") == again
    assert page.input_value("#editor-title") == "Experts meet Pedersen in Geneva"
    page.screenshot(path="/tmp/ux27a-add-keys.png")
    # a Country typed while the server is slow is the person's: the venue's country is filled in the page, so no late
    # answer writes over it (the server's look-up answers are held back here until the Country is typed)
    held = []
    hold = lambda route: held.append(route) if "editor-venue.value" in (route.request.post_data or "") \
        else route.continue_()  # noqa: E731
    page.route("**/_dash-update-component", hold)
    page.fill("#editor-venue-country", "")
    page.fill("#editor-venue", "Astana")
    page.fill("#editor-venue-country", "Kazakhstan")
    for route in held:
        route.continue_()
    page.unroute("**/_dash-update-component", hold)
    review.settle()
    assert page.input_value("#editor-venue-country") == "Kazakhstan"
    page.click("#editor-cancel")
    page.click("#editor-cancel")  # the form has a typed title: the second click discards it
    page.wait_for_selector("#editor-dialog", state="hidden")
    # the candidate whose stored article the ingest's box shows too: a button of its own in each box, and the
    # candidate's reads the sentence selected in the candidate's box (the ingest's box holds another selection)
    ingested = page.eval_on_selector("#review-article-ingest-1 ~ .add-from-article-row button", "b => JSON.parse(b.id)")
    for n in range(page.locator("#review-list button").count()):
        page.locator("#review-list button").nth(n).click()
        review.settle()
        candidate = page.eval_on_selector("#review-article-candidate ~ .add-from-article-row button", "b => JSON.parse(b.id)")
        if candidate["index"] == ingested["index"]:
            break
    assert candidate["index"] == ingested["index"] and candidate != ingested
    page.focus("#review-article-candidate")
    page.keyboard.press("Shift+ArrowDown")
    first = page.evaluate("window.getSelection().toString()")
    assert first and first != MISSED
    page.click("#review-article-candidate ~ .add-from-article-row button")
    page.wait_for_selector("#editor-heading:has-text('Add an event from Interfax')")
    review.settle()
    assert page.input_value("#editor-evidence") == " ".join(first.split())
    page.click("#editor-cancel")
    page.wait_for_selector("#editor-dialog", state="hidden")
    # another article in the ingest's box: the sentence selected there in the Interfax article is not its evidence
    page.fill("#review-text", OTHER)
    page.click("#review-ingest")
    page.wait_for_selector(".ingested-article summary:has-text('Reuters')", timeout=60_000)
    review.settle()
    page.click(".ingested-article summary")
    page.click("#review-article-ingest-1 ~ .add-from-article-row button")
    page.wait_for_selector("#editor-heading:has-text('Add an event from Reuters, 20 May 2024')")
    review.settle()
    assert page.input_value("#editor-evidence") == ""
    assert page.inner_text("#editor-message").startswith("No text was selected in the article")
    page.screenshot(path="/tmp/ux27c-other-article.png")
    assert review.errors == []

