"""Real Chromium: letters typed on a closed dropdown choose, as on a native select (ux26b's keyboard walk): with the
focus on the review form's Type, "summit" and Enter made it "meeting" still, the letters dropped without a word, and
the Tabs that followed wandered through the list Enter had opened."""
from __future__ import annotations


def _open_first_candidate(review_probe):
    review_probe.open_review()
    page = review_probe.page
    page.locator("#review-list button").first.click()
    page.wait_for_selector("#review-form:not([hidden])")
    review_probe.settle()
    return page


def test_typing_on_a_closed_dropdown_opens_it_at_the_typed_option_and_enter_picks_it(review_probe):
    page = _open_first_candidate(review_probe)
    page.focus("#review-type")
    page.keyboard.type("summit")
    page.wait_for_function("document.getElementById('review-type').getAttribute('aria-expanded') === 'true'")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('review-type').innerText.trim() === 'summit'")
    page.wait_for_function("document.getElementById('review-type').getAttribute('aria-expanded') === 'false'")
    assert review_probe.errors == []


def test_the_first_letter_typed_on_a_closed_searchable_dropdown_starts_its_search(probe):
    probe.open()
    page = probe.page
    page.focus("#filter-actor")
    page.keyboard.type("Kaz")
    page.wait_for_function("document.getElementById('filter-actor').getAttribute('aria-expanded') === 'true'")
    page.wait_for_function("document.activeElement.matches('input.dash-dropdown-search')")
    assert page.evaluate("document.activeElement.value") == "Kaz"
    page.keyboard.press("Escape")
    assert probe.errors == []
