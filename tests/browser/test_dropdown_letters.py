"""Real Chromium: letters typed on a closed dropdown without a search box choose, as on a native select (ux26b's
keyboard walk: with the focus on the review form's Type, "summit" and Enter kept "meeting", the letters dropped without a
word). A closed searchable dropdown is Dash's: its letters go to its search box, every one of them (the first try at
this held the letters for a replay that never came when Dash opened the box itself: 'ata' for 'astana')."""
from __future__ import annotations

from tracker.dashboard import ids

_FOCUSED_OPTION = "(document.activeElement.closest('[role=option]') || {}).textContent"


def _expanded(page, trigger_id: str, state: str) -> None:
    page.wait_for_function(f"document.getElementById('{trigger_id}').getAttribute('aria-expanded') === '{state}'")


def test_letters_on_the_closed_review_type_open_it_at_the_typed_option_and_enter_picks_it(review_probe):
    review_probe.open_first_candidate()
    page = review_probe.page
    page.focus("#review-type")
    page.keyboard.type("summit")
    _expanded(page, "review-type", "true")
    page.wait_for_function(f"({_FOCUSED_OPTION} || '').trim() === 'summit'")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('review-type').innerText.trim() === 'summit'")
    _expanded(page, "review-type", "false")
    assert review_probe.errors == []


def test_letters_on_the_editors_closed_type_choose_the_option_they_start(probe):
    probe.open()
    page = probe.page
    page.click(f"#{ids.EDITOR_ADD}")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    trigger = ids.EDITOR_FIELDS["event_type"]
    page.focus(f"#{trigger}")
    page.keyboard.type("talk")  # "talk round": the letters typed before the list is drawn are not lost
    _expanded(page, trigger, "true")
    page.wait_for_function(f"({_FOCUSED_OPTION} || '').trim() === 'talk round'")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.getElementById('{trigger}').innerText.trim() === 'talk round'")
    page.keyboard.press("Escape")  # the Escape the form asks for once something was chosen: nothing is saved
    assert probe.errors == []


def test_letters_on_a_closed_searchable_filter_all_land_in_its_search_box(probe):
    probe.open()
    page = probe.page
    page.focus(f"#{ids.ACTOR}")
    page.keyboard.type("Kazak")
    _expanded(page, ids.ACTOR, "true")
    page.wait_for_function("document.activeElement.matches('input.dash-dropdown-search')")
    page.wait_for_function("document.activeElement.value === 'Kazak'")
    page.keyboard.press("Escape")
    assert "actor=" not in page.url
    assert probe.errors == []


def test_letters_then_enter_at_once_on_the_closed_review_type_pick_the_typed_option(review_probe):
    """Enter pressed before the list the letters open is drawn (no pause between the keys) picks what they reach."""
    review_probe.open_first_candidate()
    page = review_probe.page
    page.focus("#review-type")
    page.keyboard.type("visit")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('review-type').innerText.trim() === 'visit'")
    _expanded(page, "review-type", "false")
    assert review_probe.errors == []
