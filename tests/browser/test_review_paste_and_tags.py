"""Real Chromium: a wire without a year on the review page (issue 9, defect 6) and the tag filter (defect 12)."""
from __future__ import annotations

from pathlib import Path

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire_without_year.txt"
TAGGED = "astana-01"  # tagged "ceasefire", as are three more shipped events


def test_a_wire_without_a_year_is_an_alert_that_keeps_the_text_and_asks_for_the_date(review_probe):
    review_probe.open_review()
    page = review_probe.page
    text = WIRE.read_text(encoding="utf-8")
    page.fill("#review-text", text)
    page.click("#review-ingest")
    alert = page.wait_for_selector("#review-ingest-result [role=alert]")
    review_probe.settle()
    assert "message error" in alert.get_attribute("class") and "message ok" not in alert.get_attribute("class")
    assert "no publication date" in alert.inner_text() and "Publication date" in alert.inner_text()
    assert page.input_value("#review-text") == text  # the pasted text stays
    date_box = page.locator("#review-published")
    assert date_box.is_visible() and date_box.evaluate("e => e.required")
    assert page.locator("label[for=review-published]").inner_text() == "Publication date"
    assert page.input_value("#review-published") == ""  # nothing to prefill: the dateline has no year

    date_box.fill("2023-03-03")
    review_probe.settle()
    date_box.press("Enter")  # Enter in the date box extracts, as the button does (QA14 M2)
    page.wait_for_selector("#review-ingest-result .message.ok .ingest-summary")
    summary = page.inner_text("#review-ingest-result .ingest-summary")
    assert summary.startswith("1 article: ") and " 0 new" not in summary
    new_cards = page.locator("#review-ingest-new .candidate-list button")
    assert new_cards.count() >= 1 and "3 Mar 2023" in new_cards.first.inner_text()
    review_probe.settle()
    assert page.input_value("#review-text") == "" and page.input_value("#review-published") == ""
    assert review_probe.errors == []


def test_the_date_box_is_prefilled_from_an_article_that_gives_its_date(review_probe):
    review_probe.open_review()
    page = review_probe.page
    page.fill("#review-text", "ASTANA, June 22, 2023 (Interfax) - Kazakhstan's Foreign Ministry said it was ready.")
    page.locator("#review-text").blur()
    page.wait_for_function("document.getElementById('review-published').value === '2023-06-22'")
    # QA14 H2: the next text, giving no date, clears the date filled in from this one (it dated it silently)
    page.fill("#review-text", WIRE.read_text(encoding="utf-8"))
    page.locator("#review-text").blur()
    page.wait_for_function("document.getElementById('review-published').value === ''")
    assert review_probe.errors == []


def test_the_tag_filter_counts_and_writes_the_url_and_a_tag_in_the_detail_filters(probe):
    probe.open()
    page = probe.page
    probe.search_dropdown("filter-tag", "Idl")
    option = page.locator("[role=listbox] label:has(input[value='Idlib'])")
    assert option.inner_text().strip() == "Idlib (5)"
    option.click()
    page.keyboard.press("Escape")
    page.wait_for_function("new URLSearchParams(location.search).getAll('tag').includes('Idlib')")
    probe.wait_count(5)
    probe.settle()
    assert "tags: Idlib" in page.inner_text("#describe")

    probe.open(f"?event={TAGGED}")
    button = page.locator("#detail button.tag:has-text('ceasefire')")
    button.focus()
    page.keyboard.press("Enter")  # with the keyboard: the focus stays on the tag, not on the page's body (QA15)
    page.wait_for_function("new URLSearchParams(location.search).getAll('tag').join() === 'ceasefire'")
    probe.wait_count(4)
    probe.settle()
    assert f"event={TAGGED}" in page.url and "ceasefire" in page.inner_text("#filter-tag")
    assert page.evaluate("document.activeElement.closest('#detail') !== null")
    assert page.evaluate("document.activeElement.textContent") == "ceasefire"
    assert probe.errors == []
