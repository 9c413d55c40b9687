"""ux25b's finding 12: a viewer's Type, Status and Date precision were disabled dropdowns, out of the Tab order, so a
keyboard or screen-reader user met them only by reading the page. A viewer now Tabs through read-only text boxes of
their values, named by their labels, and the form's group says once why it is read only; an editor keeps the
dropdowns."""
from __future__ import annotations

import pytest

from tests.browser.test_ux25b_viewer_review_form import open_candidate
from tests.browser.test_ux25b_viewer_review_form import team_server  # noqa: F401 - the viewer, editor and candidates

pytestmark = pytest.mark.browser
TEXTS = ("review-type-text", "review-status-text", "review-precision-text")


def test_a_viewer_tabs_through_the_choices_as_read_only_text(browser, team_server):  # noqa: F811
    context, page, probe = open_candidate(browser, team_server.base, "vera")
    page.focus("#review-title")
    reached = []
    for _ in TEXTS:
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id"))
    assert reached == list(TEXTS)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "review-start"
    for label, text in (("Type", "review-type-text"), ("Status", "review-status-text"),
                        ("Date precision", "review-precision-text")):
        box = page.get_by_role("textbox", name=label, exact=True)
        assert box.get_attribute("id") == text and box.get_attribute("aria-readonly") == "true"
        shown = page.evaluate(f"document.querySelector('#review-{text.split('-')[1]} .Select-value-label, "
                              f"#review-{text.split('-')[1]} [class*=singleValue]')?.textContent || ''")
        assert box.inner_text().strip() != "" and (not shown or box.inner_text().strip() == shown.strip()), (label, shown)
        assert page.locator(f"#{text.removesuffix('-text')}").is_visible() is False
    # the reason, said once: the group's description
    assert page.evaluate("document.getElementById('review-read-only').textContent").startswith("Read only:")
    assert page.get_attribute("#review-form fieldset", "aria-describedby") == "review-read-only"
    page.screenshot(path="/tmp/ux26/viewer_choices.png", full_page=False)
    assert probe.errors == [], probe.errors
    context.close()


def test_an_editor_keeps_the_dropdowns_and_no_read_only_note(browser, team_server):  # noqa: F811
    context, page, probe = open_candidate(browser, team_server.base, "eddie")
    for text in TEXTS:
        assert page.locator(f"#{text}").is_visible() is False
        assert page.locator(f"#{text.removesuffix('-text')}").is_visible() is True
    assert page.evaluate("document.getElementById('review-read-only').textContent") == ""
    assert probe.errors == [], probe.errors
    context.close()
