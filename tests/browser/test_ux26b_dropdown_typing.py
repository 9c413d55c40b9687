"""Real Chromium: letters typed on a closed dropdown choose, as on a native select (ux26b's keyboard walk): with the
focus on the review form's Type, "summit" and Enter made it "meeting" still, the letters dropped without a word, and
the Tabs that followed wandered through the list Enter had opened."""
from __future__ import annotations

EXPANDED = "([id, open]) => document.getElementById(id).getAttribute('aria-expanded') === String(open)"


def _until(page, dropdown: str, opened: bool) -> None:
    """Wait until `dropdown` is open (or closed)."""
    page.wait_for_function(EXPANDED, arg=[dropdown, opened])


def test_typing_on_a_closed_dropdown_opens_it_at_the_typed_option_and_enter_picks_it(review_probe):
    review_probe.open_review()
    page = review_probe.page
    page.click("#review-list li:first-child button")  # the surest candidate, its form opened
    page.wait_for_function("!document.getElementById('review-form').hidden && document.getElementById('review-type')")
    review_probe.settle()
    page.focus("#review-type")
    page.keyboard.type("summit")
    _until(page, "review-type", True)
    page.keyboard.press("Enter")
    _until(page, "review-type", False)
    assert page.inner_text("#review-type").strip() == "summit"
    assert review_probe.errors == []


def test_the_first_letter_typed_on_a_closed_searchable_dropdown_starts_its_search(probe):
    probe.open()
    page = probe.page
    page.focus("#filter-actor")
    page.keyboard.type("Kaz")
    _until(page, "filter-actor", True)
    assert page.evaluate("document.activeElement.matches('input.dash-dropdown-search') && document.activeElement.value") == "Kaz"
    page.keyboard.press("Escape")
    assert probe.errors == []
