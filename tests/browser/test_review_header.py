"""Real Chromium: the Review page's header has no Briefing and no Saved views, which acted on an empty view there
(QA); the Timeline page shows them, and going back to it from the Review page brings them back."""
from __future__ import annotations


def _shown(page) -> dict:
    return page.evaluate("""() => Object.fromEntries(['#briefing', '#briefing-format', '#views-toggle', '#editor-add']
        .map(s => [s, !!document.querySelector(s) && document.querySelector(s).getClientRects().length > 0]))""")


def test_briefing_and_saved_views_are_hidden_on_the_review_page_only(review_probe):
    review_probe.open_review()
    page = review_probe.page
    assert _shown(page) == {"#briefing": False, "#briefing-format": False, "#views-toggle": False, "#editor-add": True}
    page.screenshot(path="/tmp/review_header.png")
    page.click("#nav a.nav-link:has-text('Timeline')")
    page.wait_for_selector("#timeline .main-svg")
    assert _shown(page) == {"#briefing": True, "#briefing-format": True, "#views-toggle": True, "#editor-add": True}
    page.keyboard.press("Tab")  # and the keyboard does not stop on what is hidden
    assert review_probe.errors == []
