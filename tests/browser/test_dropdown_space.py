"""Real Chromium: Space opens a closed dropdown, as Enter and ArrowDown do (QA), and a space typed in the search
box of an open one is a space, not a close or a pick."""
from __future__ import annotations


def _expanded(page, dropdown: str) -> str:
    return page.evaluate("id => document.getElementById(id).getAttribute('aria-expanded')", dropdown)


def test_space_opens_a_closed_filter_dropdown_and_types_a_space_in_its_search_box(probe):
    probe.open()
    page = probe.page
    page.focus("#filter-text")
    page.keyboard.press("Tab")  # as an analyst reaches it
    assert page.evaluate("document.activeElement.id") == "filter-actor"
    page.keyboard.press(" ")
    page.wait_for_function("document.getElementById('filter-actor').getAttribute('aria-expanded') === 'true'")
    page.wait_for_function("document.activeElement.matches('input.dash-dropdown-search')")
    page.keyboard.type("Foreign Min")  # a space inside the search text stays in it, and the list stays open
    assert page.evaluate("document.activeElement.value") == "Foreign Min"
    assert _expanded(page, "filter-actor") == "true"
    page.screenshot(path="/tmp/dropdown_space.png")
    page.keyboard.press("Escape")
    page.wait_for_function("document.getElementById('filter-actor').getAttribute('aria-expanded') === 'false'")
    probe.settle()
    page.focus("#filter-process")
    page.keyboard.press(" ")
    page.wait_for_function("document.getElementById('filter-process').getAttribute('aria-expanded') === 'true'")
    page.keyboard.press("Escape")
    assert "process=" not in page.url and "actor=" not in page.url  # opening picks nothing
    assert probe.errors == []


def test_space_opens_a_dropdown_without_a_search_box_and_picks_nothing(review_probe):
    review_probe.open_first_candidate()
    page = review_probe.page
    shown = page.inner_text("#review-type")
    page.focus("#review-type")
    page.keyboard.press(" ")
    page.wait_for_function("document.getElementById('review-type').getAttribute('aria-expanded') === 'true'")
    page.wait_for_timeout(300)  # a pick on the key's release would show by now
    page.keyboard.press("Escape")
    page.wait_for_function("document.getElementById('review-type').getAttribute('aria-expanded') === 'false'")
    assert page.inner_text("#review-type") == shown
    assert review_probe.errors == []
