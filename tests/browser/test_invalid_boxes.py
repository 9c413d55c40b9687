"""Real Chromium: a refused date box shows it (QA): aria-invalid, aria-describedby naming the message that says why,
and a visible mark, all cleared once the value is accepted. The Timeline's From and To, the Review page's date."""
from __future__ import annotations

from pathlib import Path

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire_without_year.txt"


def _state(page, box: str) -> dict:
    return page.evaluate("""id => {
        const input = document.getElementById(id);
        return {invalid: input.getAttribute('aria-invalid'), described: input.getAttribute('aria-describedby'),
                marked: input.parentElement.classList.contains('invalid'),
                outline: getComputedStyle(input.parentElement).borderTopColor};
    }""", box)


def test_a_refused_from_or_to_is_marked_invalid_and_described_by_the_note_until_accepted(probe):
    probe.open("?from=2023-01-01")
    page = probe.page
    assert _state(page, "filter-to") == {"invalid": None, "described": None, "marked": False,
                                         "outline": _state(page, "filter-to")["outline"]}
    page.fill("#filter-to", "2230")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('filter-to').getAttribute('aria-invalid') === 'true'")
    shown = _state(page, "filter-to")
    assert shown["described"] == "input-notice" and shown["marked"] and shown["outline"] == "rgb(185, 28, 28)"
    assert "2230" in page.inner_text("#input-notice")
    assert _state(page, "filter-from")["invalid"] is None  # only the box refused
    page.screenshot(path="/tmp/invalid_to.png")
    page.fill("#filter-to", "2023-12-31")
    page.keyboard.press("Enter")
    page.wait_for_function("!document.getElementById('filter-to').hasAttribute('aria-invalid')")
    cleared = _state(page, "filter-to")
    assert cleared["described"] is None and not cleared["marked"]
    assert page.inner_text("#input-notice") == ""
    page.fill("#filter-from", "junk")
    page.keyboard.press("Tab")  # leaving the box sends it too
    page.wait_for_function("document.getElementById('filter-from').getAttribute('aria-invalid') === 'true'")
    assert _state(page, "filter-from")["described"] == "input-notice"
    assert probe.errors == []


def test_a_refused_publication_date_is_marked_invalid_and_described_by_the_answer_until_accepted(review_probe):
    review_probe.open_review()
    page = review_probe.page
    page.fill("#review-text", WIRE.read_text(encoding="utf-8"))
    page.fill("#review-published", "2023-13-45")
    page.click("#review-ingest")
    page.wait_for_function("document.getElementById('review-published').getAttribute('aria-invalid') === 'true'")
    shown = _state(page, "review-published")
    assert shown["described"] == "review-published-hint review-ingest-result" and shown["marked"]  # its hint, then why
    assert "is not a date" in page.inner_text("#review-ingest-result")
    page.screenshot(path="/tmp/invalid_published.png")
    # a date read, on a text that names no publisher: nothing is stored, and the date box is no longer refused
    page.fill("#review-text", "Kazakhstan's Foreign Ministry said on Monday that the next round would be held in Astana.")
    page.fill("#review-published", "2023-03-03")
    page.click("#review-ingest")
    page.wait_for_function("!document.getElementById('review-published').hasAttribute('aria-invalid')")
    assert not _state(page, "review-published")["marked"] and _state(page, "review-published")["described"] == "review-published-hint"
    assert review_probe.errors == []


def test_when_both_date_boxes_are_refused_the_note_names_both_and_each_box_points_at_it(probe):
    """QA15 LOW: with From and To both refused, the note said why for From only."""
    probe.open()
    page = probe.page
    page.fill("#filter-from", "junk")
    page.fill("#filter-to", "2230")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('filter-to').getAttribute('aria-invalid') === 'true'"
                           " && document.getElementById('filter-from').getAttribute('aria-invalid') === 'true'")
    probe.settle()
    note = page.inner_text("#input-notice")
    assert "from: 'junk' is not a date" in note and "to: '2230' is outside the supported dates" in note
    assert _state(page, "filter-from")["described"] == _state(page, "filter-to")["described"] == "input-notice"
    page.screenshot(path="/tmp/invalid_both.png")
    page.fill("#filter-from", "2023")  # From read: the note names To alone
    page.keyboard.press("Enter")
    page.wait_for_function("!document.getElementById('filter-from').hasAttribute('aria-invalid')")
    probe.settle()
    note = page.inner_text("#input-notice")
    assert "to: '2230'" in note and "junk" not in note and _state(page, "filter-to")["invalid"] == "true"
    assert probe.errors == []
