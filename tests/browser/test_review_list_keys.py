"""Real Chromium: the review page's candidate list is one Tab stop, and Up, Down, Home and End move between its cards
(roving focus, as a listbox); Tab and Shift+Tab leave it, so it is no trap (QA)."""
from __future__ import annotations

CARDS = "#review-list .card-button"


def _focused(page) -> int:
    """The position of the focused card in the list, -1 when the focus is elsewhere."""
    return page.evaluate("s => Array.from(document.querySelectorAll(s)).indexOf(document.activeElement)", CARDS)


def test_arrow_keys_move_between_candidates_and_tab_leaves_the_list(review_probe):
    review_probe.open_review()
    page = review_probe.page
    count = page.locator(CARDS).count()
    assert count >= 3
    stops = page.evaluate("s => Array.from(document.querySelectorAll(s)).map(c => c.getAttribute('tabindex'))", CARDS)
    assert stops == ["0"] + ["-1"] * (count - 1)  # one Tab stop: the first card
    page.focus("#review-ingest")  # the button before the list (then the upload's input) ...
    for _ in range(6):
        page.keyboard.press("Tab")
        if _focused(page) >= 0:
            break
    assert _focused(page) == 0  # ... and Tab enters the list at its stop
    page.keyboard.press("ArrowDown")
    assert _focused(page) == 1
    page.keyboard.press("ArrowDown")
    assert _focused(page) == 2
    page.keyboard.press("ArrowUp")
    assert _focused(page) == 1
    page.keyboard.press("End")
    assert _focused(page) == count - 1
    page.keyboard.press("ArrowDown")  # the last stays the last
    assert _focused(page) == count - 1
    page.keyboard.press("Home")
    assert _focused(page) == 0
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => window.scrollY") >= 0
    page.keyboard.press("Tab")  # out of the list in one press (here, past the page's last control): no trap
    assert _focused(page) == -1
    page.keyboard.press("Shift+Tab")  # back onto the card last focused
    assert _focused(page) == 1
    title = page.locator(CARDS).nth(1).get_attribute("title").removeprefix("Review ")
    page.keyboard.press("Enter")  # picks it, as before
    page.wait_for_selector("#review-form:not([hidden])")
    page.wait_for_function("t => document.querySelector('#review-list [aria-pressed=true]').title === 'Review ' + t",
                           arg=title)
    review_probe.settle()
    stops = page.evaluate("s => Array.from(document.querySelectorAll(s)).map(c => c.getAttribute('tabindex'))", CARDS)
    assert stops.count("0") == 1 and stops[1] == "0"  # the list redrawn: still one stop, the picked card
    page.screenshot(path="/tmp/review_list_keys.png")
    assert review_probe.errors == []


def test_a_focused_card_keeps_the_focus_when_a_colleagues_write_redraws_the_list(review_probe):
    """review29: a colleague's write redrew the list under the focused card and left the focus on the page's body, so
    the next Down or Tab started from the top; the card drawn again takes it back."""
    from tracker.dashboard.live import POLL_MS

    review_probe.open_review()
    page = review_probe.page
    page.locator(CARDS).first.focus()
    page.keyboard.press("ArrowDown")
    assert _focused(page) == 1
    focused = page.evaluate("() => document.activeElement.id")
    page.evaluate("() => { window.__redraws = 0; new MutationObserver(() => { window.__redraws++; }).observe("
                  "document.getElementById('review-list'), {childList: true, subtree: true, characterData: true}); }")
    colleague = page.context.new_page()  # another analyst's page on the same server
    try:
        colleague.goto(review_probe.base + "/review")
        colleague.wait_for_selector(CARDS)
        cards = colleague.locator(CARDS)
        other = next(i for i in range(cards.count()) if cards.nth(i).get_attribute("id") != focused)
        cards.nth(other).click()
        colleague.wait_for_selector("#review-form:not([hidden])")
        colleague.wait_for_timeout(1500)
        colleague.fill("#review-title", "Renamed by a colleague")
        colleague.click("#review-save")
        colleague.wait_for_selector("#review-message .message.ok")
    finally:
        colleague.close()
    page.wait_for_function("() => window.__redraws > 0", timeout=POLL_MS + 15_000)
    page.wait_for_function("() => document.body.innerText.includes('Renamed by a colleague')")
    review_probe.settle()
    assert page.evaluate("() => document.activeElement.id") == focused
    page.keyboard.press("ArrowDown")  # the keys go on from there, not from the page's top
    assert _focused(page) == 2
    assert review_probe.errors == []
