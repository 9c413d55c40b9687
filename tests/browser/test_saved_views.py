"""Named saved views in the page: save the view on screen, reopen it from the list, delete it; the store keeps them."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tracker.store import open_store

QUERY = "?process=Astana+format&from=2023"
NAME = "Astana since 2023 (browser test)"


def _stored(db: str) -> dict[str, str]:
    store = open_store(db)
    try:
        return {view.name: view.query for view in store.saved_views()}
    finally:
        store.close()


def _open_views(probe) -> None:
    probe.page.click("#views-toggle")
    probe.page.wait_for_selector("#view-name", state="visible")


def test_save_reopen_and_delete_a_named_view(probe, browser_db):
    probe.open(QUERY)
    count = probe.count()
    _open_views(probe)
    probe.page.fill("#view-name", NAME)
    probe.page.click("#view-save")
    probe.page.wait_for_selector(f"#view-message:has-text('Saved “{NAME}”')")
    assert _stored(browser_db)[NAME] == QUERY.lstrip("?")  # in the store, as the CLI sees it
    assert probe.page.input_value("#view-name") == ""

    probe.open()  # another view, then the saved one from the list
    assert probe.count() != count
    _open_views(probe)
    probe.page.click(f"#view-list a.view-link:has-text('{NAME}')")
    probe.page.wait_for_function("q => location.search === q", arg=QUERY)
    probe.page.wait_for_selector("#timeline .main-svg")
    probe.page.wait_for_function("n => document.getElementById('count').textContent === n", arg=count)
    assert parse_qs(urlparse(probe.page.url).query) == {"process": ["Astana format"], "from": ["2023"]}

    _open_views(probe)
    probe.page.click(f"#view-list .view-item:has-text('{NAME}') .view-delete")
    probe.page.wait_for_selector(f"#view-message:has-text('Deleted “{NAME}”')")
    assert probe.page.locator("#view-list a.view-link", has_text=NAME).count() == 0
    assert NAME not in _stored(browser_db)
    assert probe.errors == []


def test_a_taken_or_empty_name_is_refused_with_a_clear_error_and_the_name_stays(probe, browser_db):
    name = "June 2023 (browser test)"
    probe.open("?from=2023-06&to=2023-06")
    _open_views(probe)
    probe.page.fill("#view-name", name)
    probe.page.keyboard.press("Enter")  # the keyboard alone saves too
    probe.page.wait_for_selector(f"#view-message:has-text('Saved “{name}”')")
    probe.page.fill("#view-name", name.upper())
    probe.page.click("#view-save")
    probe.page.wait_for_selector("#view-message.error:has-text('exists already')")
    assert probe.page.input_value("#view-name") == name.upper()  # what was typed is kept
    probe.page.fill("#view-name", "   ")
    probe.page.click("#view-save")
    probe.page.wait_for_selector("#view-message.error:has-text('needs a name')")
    assert _stored(browser_db)[name] == "from=2023-06&to=2023-06"
    probe.page.focus(f"#view-list .view-item:has-text('{name}') .view-delete")
    probe.page.keyboard.press("Enter")  # by keyboard: the button goes with its row, the focus to the name box
    probe.page.wait_for_selector(f"#view-message:has-text('Deleted “{name}”')")
    probe.page.wait_for_function("document.activeElement && document.activeElement.id === 'view-name'")
    assert name not in _stored(browser_db)


def test_the_panel_closes_with_escape_and_with_a_click_outside_so_it_never_covers_the_buttons(probe):
    probe.page.set_viewport_size({"width": 1280, "height": 800})
    probe.open()
    page = probe.page
    _open_views(probe)
    page.focus("#view-name")
    page.keyboard.press("Escape")  # before: the panel stayed open over Fit and Download CSV
    page.wait_for_selector("#view-name", state="hidden")
    assert page.evaluate("document.activeElement.id") == "views-toggle"
    page.keyboard.press("Enter")  # the toggle opens it again from the keyboard
    page.wait_for_selector("#view-name", state="visible")
    page.mouse.click(640, 400)  # anywhere else on the page
    page.wait_for_selector("#view-name", state="hidden")
    assert probe.errors == []
