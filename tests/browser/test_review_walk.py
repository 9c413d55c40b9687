"""The Review page defects an analyst's walk found (issue 10), in a real headless Chromium at 1280 px: the article box
shows its highlighted evidence, the focus lands in the same place after Accept, Reject and Merge (the next Title,
showing the start of its text), a refusal of bad actor and link lines names each on its own line and marks its
boxes, and the review page does not draw the hidden timeline."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tracker.extract import articles_from_bytes

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SHOTS = Path("/tmp")
FILLER = ("The delegations spent the morning in closed session, and the reporters waiting outside the building were "
          "told little about the atmosphere of the talks or the papers on the table.")
LONG_TITLE = ("Advisers of the Normandy Four leaders meet in Berlin for more than nine hours of talks on the Minsk "
              "agreements without agreeing on a common text")


def _helpers():
    """tests/browser/conftest.py as pytest loaded it (import-mode=importlib puts no test folder on sys.path)."""
    return next(m for name, m in list(sys.modules.items()) if name.endswith("conftest") and hasattr(m, "PageProbe"))


def long_article() -> bytes:
    """Interfax's Normandy Four article with a dozen paragraphs of colour before its last ones: the events those report
    have their evidence far below the fold of the article box."""
    head, tail = (CORPUS / "006_interfax_normandy_berlin.txt").read_text(encoding="utf-8").split(
        "\n\nHe said the sides", 1)
    return (head + "\n\n" + "\n\n".join([FILLER] * 14) + "\n\nHe said the sides" + tail).encode("utf-8")


@pytest.fixture(scope="module")
def walk_template(tmp_path_factory, copy_shipped_db) -> Path:
    """The shipped chronology with the candidates of the long article and of the Interfax seed article."""
    return _helpers().ingested(copy_shipped_db(tmp_path_factory.mktemp("walk") / "walk.db"), [
        articles_from_bytes(long_article(), "long.txt"),
        articles_from_bytes((CORPUS / "000_seed_interfax.txt").read_bytes(), "000_seed_interfax.txt")])


@pytest.fixture()
def walk_db(tmp_path, walk_template) -> str:
    shutil.copyfile(walk_template, tmp_path / "walk.db")
    return str(tmp_path / "walk.db")


@pytest.fixture()
def walk(shared_page, walk_db):
    """The worker's shared page (reset between tests) on a dashboard over this test's own copy of the store."""
    yield from _helpers().probe_over(shared_page, walk_db)


def open_review(probe) -> None:
    probe.open_review()
    probe.page.wait_for_selector("#review-list button")
    probe.settle()


def pick(probe, nth: int) -> str:
    """Click the nth candidate's card; its event id, once its form shows."""
    card = probe.page.locator("#review-list button").nth(nth)
    event_id = card.get_attribute("title").removeprefix("Review ")
    card.click()
    probe.page.wait_for_function("id => (document.getElementById('review-evidence') || {}).textContent.includes(id)",
                                 arg=event_id)
    probe.settle()
    return event_id


def tab_to(page, selector: str, limit: int = 120) -> None:
    for _ in range(limit):
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} was not reached with {limit} presses of Tab")


#: Where the first mark of the form's article box is: within the box's visible part or not, and the box's scroll.
MARK_PLACE = """() => {
    const box = document.querySelector('#review-evidence .article-text');
    const mark = box && box.querySelector('mark');
    if (!mark) { return null; }
    const b = box.getBoundingClientRect(), m = mark.getBoundingClientRect();
    return {inside: m.top >= b.top - 1 && m.top + Math.min(m.height, b.height) <= b.bottom + 1,
            scrollTop: box.scrollTop, below: mark.offsetTop > box.clientHeight};
}"""


def test_the_article_box_scrolls_itself_to_the_evidence_without_moving_the_page_or_the_focus(walk):
    """Selecting a candidate whose mark lies below the box's fold left the box at its top: the highlighted sentence
    was out of sight."""
    open_review(walk)
    page = walk.page
    cards = page.locator("#review-list button").count()
    seen_below = 0
    for nth in range(cards):
        pick(walk, nth)
        page.wait_for_function(f"(({MARK_PLACE})() || {{inside: true}}).inside")
        place = page.evaluate(MARK_PLACE)
        if place is None:
            continue
        assert place["inside"], (nth, place)
        assert page.evaluate("document.activeElement.id") == "review-title"  # where a pick puts it: not on the box
        seen_below += place["scrollTop"] > 0
    assert seen_below, "no candidate had its evidence below the box's fold: the test shows nothing"
    page.screenshot(path=str(SHOTS / "review-walk-mark.png"))
    # with the keyboard: the focus goes to the form's Title, the page stays where the pick left it
    page.locator("#review-list button").last.focus()
    page.keyboard.press("Home")  # the list's keys: Home goes to its first card
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'review-title'", timeout=8000)
    walk.settle()
    assert page.evaluate(MARK_PLACE)["inside"] and page.evaluate("document.activeElement.id") == "review-title"
    assert walk.errors == []


def _set_long_title(walk, nth: int) -> str:
    """Give the nth candidate a title longer than its box, and save it."""
    event_id = pick(walk, nth)
    walk.page.fill("#review-title", LONG_TITLE)
    walk.page.click("#review-save")
    walk.page.wait_for_function("document.body.innerText.includes('Saved “')", timeout=15_000)
    walk.settle()
    return event_id


def _title_at_its_start(page) -> dict:
    return page.evaluate("""() => { const t = document.getElementById('review-title');
        return {focused: document.activeElement === t, value: t.value, start: t.selectionStart, left: t.scrollLeft,
                longer: t.scrollWidth > t.clientWidth}; }""")


@pytest.mark.parametrize("button", ["review-accept", "review-reject", "review-merge"])
def test_after_accept_reject_or_merge_by_keyboard_the_focus_is_on_the_next_title_showing_its_start(walk, button):
    """After Merge the focus stayed on "Merge into this event", now the next candidate's; Accept and Reject moved it
    to Title, and after Accept that Title showed the end of a long title. All three now go to the next Title, which
    shows its start."""
    open_review(walk)
    page = walk.page
    following = _set_long_title(walk, 1)
    first = pick(walk, 0)
    if button == "review-merge":  # into a confirmed event of the same talks
        walk.search_dropdown("review-target", "Normandy", served=True)
        page.locator(".dash-dropdown-options label").first.click()
        page.keyboard.press("Escape")
        walk.settle()
    page.focus("#review-title")
    tab_to(page, f"#{button}")
    page.keyboard.press("Enter")
    answer = page.wait_for_selector("#review-message .message", timeout=15_000)
    assert "ok" in answer.get_attribute("class"), answer.inner_text()
    page.wait_for_function("id => (document.getElementById('review-evidence') || {}).textContent.includes(id)",
                           arg=following, timeout=15_000)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'review-title'", timeout=8000)
    walk.settle()
    title = _title_at_its_start(page)
    assert title["focused"] and title["value"] == LONG_TITLE and title["longer"], title
    assert title["start"] == 0 and title["left"] == 0, title
    page.screenshot(path=str(SHOTS / f"review-walk-after-{button}.png"))
    assert first not in page.inner_text("#review-evidence")
    assert walk.errors == []


def test_bad_actor_and_link_lines_are_listed_one_a_line_and_their_boxes_marked_until_fixed(walk):
    """They came as one run-on paragraph joined by ";", without "Not saved:", and the boxes were not marked."""
    open_review(walk)
    page = walk.page
    pick(walk, 0)
    page.fill("#review-actors", "Atlantis: host\nKazakhstan: bystander")
    page.fill("#review-links", "follows: nowhere-1")
    page.click("#review-save")
    alert = page.wait_for_selector("#review-message .message.error")
    page.wait_for_function("document.getElementById('review-actors').getAttribute('aria-invalid') === 'true'")
    walk.settle()
    assert alert.inner_text().startswith("Not saved:")
    lines = page.locator("#review-message li").all_inner_texts()
    assert [line.split(":")[0] for line in lines] == [
        "Actors and their roles, line 1", "Actors and their roles, line 2", "Links to other events, line 1"], lines
    for box in ("review-actors", "review-links"):
        marked = page.evaluate("""id => { const t = document.getElementById(id);
            return [t.getAttribute('aria-invalid'), t.getAttribute('aria-describedby'), t.classList.contains('invalid'),
                    getComputedStyle(t).borderTopColor]; }""", box)
        assert marked == ["true", f"{box}-hint review-message", True, "rgb(185, 28, 28)"], (box, marked)
    assert page.get_attribute("#review-summary", "aria-invalid") is None
    page.screenshot(path=str(SHOTS / "review-walk-refusal.png"))
    page.fill("#review-actors", "Kazakhstan: host")
    page.fill("#review-links", "")
    page.click("#review-save")
    page.wait_for_selector("#review-message .message.ok")
    page.wait_for_function("!document.getElementById('review-actors').hasAttribute('aria-invalid')")
    assert page.get_attribute("#review-links", "aria-invalid") is None
    assert "invalid" not in page.get_attribute("#review-actors", "class")
    assert walk.errors == []


#: The timeline's views: their callbacks must draw nothing on the review page.
TIMELINE_OUTPUTS = ("timeline.figure", "overview.figure", "count.children", "events-table.rowData",
                    "detail.children", "download-csv.href", "briefing.href")


def _outputs(output: str) -> list[str]:
    """The "id.property" outputs of a callback request's `output` ("..a.b...c.d.." for several)."""
    return output.strip(".").split("...") if output.startswith("..") else [output]


def test_the_review_page_draws_no_timeline_and_the_timeline_draws_when_opened_from_it(walk):
    """Every load of the review page ran the hidden timeline's callbacks (figure, overview, table, counts, downloads,
    briefing: seconds under load), and the review page's name lists waited behind them."""
    page = walk.page
    answers: list[tuple[str, int]] = []

    def answered(response):
        if "_dash-update-component" in response.url:
            output = (response.request.post_data_json or {}).get("output", "")
            answers.append((output, response.status))

    page.on("response", answered)
    open_review(walk)
    pick(walk, 0)
    page.wait_for_function("document.querySelectorAll('#review-venue-names option').length > 0")
    walk.settle()
    drawn = [(output, status) for output, status in answers if set(_outputs(output)) & set(TIMELINE_OUTPUTS)]
    assert drawn and all(status == 204 for _, status in drawn), drawn  # asked, and answered with nothing
    answers.clear()
    page.click("#nav a:has-text('Timeline')")
    page.wait_for_selector("#timeline .main-svg", timeout=_helpers().LOAD_MS)
    page.wait_for_function("document.getElementById('count').textContent.includes('events')")
    walk.settle()
    figures = [status for output, status in answers if "timeline.figure" in _outputs(output)]
    assert figures and all(status == 200 for status in figures), answers
    page.screenshot(path=str(SHOTS / "review-walk-timeline.png"))
    assert walk.errors == []


def test_the_country_box_follows_the_venue_and_a_typed_country_is_kept_or_refused_by_name(walk):
    """review29: the review form had no Country, so a candidate placed in the wrong country, or in a place no table
    knows, could not be put right before Accept. By keyboard: Tab from Venue reaches Country; the Country follows a
    typed venue; a word that names no country is refused with the box marked; a name typed is kept."""
    open_review(walk)
    page = walk.page
    event_id = pick(walk, 0)
    page.focus("#review-venue")
    page.keyboard.press("Control+A")
    page.keyboard.type("Ankara")
    page.wait_for_function("document.getElementById('review-venue-country').value === 'TUR'")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "review-venue-country"
    assert page.inner_text("#review-venue-country-label") == "Country"
    described = page.get_attribute("#review-venue-country", "aria-describedby") or ""
    assert "review-venue-country-hint" in described.split()  # "follows the Venue" is read with the box (review30)
    page.keyboard.press("Control+A")
    page.keyboard.type("Atlantis")
    page.click("#review-save")
    page.wait_for_selector("#review-message .message.error")
    page.wait_for_function("document.getElementById('review-venue-country').getAttribute('aria-invalid') === 'true'")
    assert "Country: 'Atlantis' is no country" in page.inner_text("#review-message")
    page.fill("#review-venue-country", "Switzerland")
    page.click("#review-save")
    page.wait_for_selector("#review-message .message.ok")
    page.wait_for_function("id => document.getElementById('review-evidence').textContent.includes('Ankara (CHE)')",
                           arg=event_id)
    assert page.input_value("#review-venue-country") == "CHE" and page.input_value("#review-venue") == "Ankara"
    page.screenshot(path=str(SHOTS / "review-walk-country.png"))
    assert walk.errors == []


def test_a_card_pressed_while_the_form_holds_unsaved_changes_opens_at_the_second_press(walk):
    """review30 HIGH: another card's click dropped the form's typing without a word. Now the first press says what is
    unsaved and leaves the form as it is; a second press of that card leaves the changes; a saved form opens at once."""
    open_review(walk)
    page = walk.page
    first = pick(walk, 0)
    page.fill("#review-summary", "Typed and not saved")
    page.fill("#review-venue", "Ankara")
    card = page.locator("#review-list button").nth(1)
    second = card.get_attribute("title").removeprefix("Review ")
    card.focus()
    page.keyboard.press("Enter")
    alert = page.wait_for_selector("#review-message .message.error")
    said = alert.inner_text()
    assert "Not opened" in said and "Venue" in said and "Summary" in said, said
    walk.settle()
    assert first in page.inner_text("#review-evidence") and page.input_value("#review-summary") == "Typed and not saved"
    page.screenshot(path=str(SHOTS / "review-walk-unsaved-pick.png"))
    card.click()  # the second press leaves them
    page.wait_for_function("id => document.getElementById('review-evidence').textContent.includes(id)", arg=second)
    walk.settle()
    assert page.input_value("#review-summary") != "Typed and not saved"
    assert page.inner_text("#review-message") == ""
    pick(walk, 0)  # nothing typed: a press opens at once
    assert first in page.inner_text("#review-evidence")
    assert walk.errors == []
