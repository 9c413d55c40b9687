"""The page "as of" an instant, in real Chromium: an event renamed in the store shows its old title with `as_of`
before the rename, under a banner, with the editing controls gone; the As of box (reached by Tab) sets and
clears it, and the banner's link goes back to now."""
from __future__ import annotations

import time
from urllib.parse import quote

import pytest

from tests.browser.conftest import _serve, shared_probe
from tracker.dashboard import ids
from tracker.instants import query_text
from tracker.store import open_store
from tracker.store.history import now_utc

EVENT = "astana-01"
NEW_TITLE = "Renamed after the fact"


@pytest.fixture(scope="module")
def renamed(tmp_path_factory, shipped) -> tuple[str, str, str]:
    """A store of the shipped chronology whose EVENT was renamed after an instant: (db, instant, old title)."""
    path = tmp_path_factory.mktemp("as-of") / "as_of.db"
    store = open_store(path)
    store.save(shipped)
    events = shipped.events
    old = str(events.loc[events["event_id"] == EVENT, "title"].iloc[0])
    time.sleep(0.01)
    before = query_text(now_utc())
    time.sleep(0.01)
    store.edit_event(EVENT, {"title": NEW_TITLE}, expected_version=None)
    store.close()
    return str(path), before, old


@pytest.fixture(scope="module")
def as_of_server(renamed):
    yield from _serve(renamed[0])


@pytest.fixture()
def page_probe(shared_page, as_of_server):
    yield from shared_probe(shared_page, as_of_server)


def _heading(probe) -> str:
    return probe.page.locator("#detail .detail-heading").inner_text()


def test_a_past_view_shows_the_old_title_under_a_banner_and_clears_by_keyboard(page_probe, renamed):
    _, before, old = renamed
    probe, page = page_probe, page_probe.page
    probe.open(f"?event={EVENT}&as_of={quote(before)}")
    assert _heading(probe) == old
    banner = page.locator("#" + ids.AS_OF_BANNER)
    assert banner.is_visible() and "Showing the chronology as known on" in banner.inner_text()
    assert not page.locator("#" + ids.EDITOR_ADD).is_visible()
    assert not page.locator(".editor-edit-button").is_visible()
    # The box is the sync callback's output, and the heading and banner come from callbacks of their own: under load
    # the box was read before its answer was drawn ('' == the instant), though `open` had waited for a quiet moment.
    page.wait_for_function("v => document.getElementById(v[0]).value !== ''", arg=[ids.AS_OF])
    assert page.input_value("#" + ids.AS_OF) == before
    page.screenshot(path="/tmp/asof-past-1280.png", full_page=False)

    page.click("#" + ids.DATE_TO)  # the box before them; Tab goes on to the calendar, then the box
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == ids.AS_OF_PICKER
    page.keyboard.press("Escape")  # the calendar opened on focus: closed, the focus stays
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == ids.AS_OF
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.press("Enter")
    page.wait_for_function("() => !window.location.search.includes('as_of')")
    page.wait_for_function(f"() => document.querySelector('#detail .detail-heading').textContent === {NEW_TITLE!r}")
    probe.settle()
    assert not banner.is_visible() and page.locator("#" + ids.EDITOR_ADD).is_visible()
    assert f"event={EVENT}" in page.evaluate("() => window.location.search")
    assert probe.errors == [] and probe.external == []


def test_typing_an_instant_sets_as_of_and_the_banner_link_goes_back_to_now(page_probe, renamed):
    _, before, old = renamed
    probe, page = page_probe, page_probe.page
    probe.open(f"?event={EVENT}")
    assert _heading(probe) == NEW_TITLE
    page.fill("#" + ids.AS_OF, before)
    page.press("#" + ids.AS_OF, "Enter")
    page.wait_for_function("() => window.location.search.includes('as_of')")
    page.wait_for_function(f"() => document.querySelector('#detail .detail-heading').textContent === {old!r}")
    probe.settle()
    page.screenshot(path="/tmp/asof-typed-1280.png", full_page=True)
    page.fill("#" + ids.AS_OF, "last spring")
    page.press("#" + ids.AS_OF, "Enter")
    page.wait_for_function(f"() => document.getElementById('{ids.INPUT_NOTICE}').textContent.includes('last spring')")
    page.click(f"#{ids.AS_OF_BANNER} a")
    page.wait_for_function("() => !window.location.search.includes('as_of')")
    page.wait_for_function(f"() => document.querySelector('#detail .detail-heading').textContent === {NEW_TITLE!r}")
    probe.settle()
    assert page.input_value("#" + ids.AS_OF) == ""
    assert probe.errors == [] and probe.external == []


def test_a_future_as_of_is_now_with_a_note(page_probe):
    """`?as_of=2030-01-01` said "as known on 1 Jan 2030 — editing is off" over today's data."""
    probe, page = page_probe, page_probe.page
    probe.open(f"?event={EVENT}&as_of=2030-01-01")
    page.wait_for_function("() => !window.location.search.includes('as_of')")
    probe.settle()
    assert f"event={EVENT}" in page.evaluate("() => window.location.search")
    assert "later than now" in page.inner_text("#" + ids.INPUT_NOTICE)
    assert not page.locator("#" + ids.AS_OF_BANNER).is_visible() and page.locator("#" + ids.EDITOR_ADD).is_visible()
    assert page.input_value("#" + ids.AS_OF) == "" and _heading(probe) == NEW_TITLE
    page.fill("#" + ids.AS_OF, "2031-05-01T10:00")  # typed into the box: the same
    page.press("#" + ids.AS_OF, "Enter")
    page.wait_for_function(f"() => document.getElementById('{ids.INPUT_NOTICE}').textContent.includes('1 May 2031')")
    probe.settle()
    assert page.input_value("#" + ids.AS_OF) == "" and "as_of" not in page.evaluate("() => window.location.search")
    assert probe.errors == []


def test_the_calendar_picks_a_day_with_the_mouse_and_the_keyboard(page_probe, renamed):
    """Issue 12 asks for `as_of` "with a date picker": a day picked is the chronology as known at its end."""
    probe, page = page_probe, page_probe.page
    probe.open(f"?event={EVENT}&as_of=2017-01-25")
    assert page.input_value("#" + ids.AS_OF_PICKER) == "2017-01-25"  # the URL's day shows in the calendar
    page.click("#" + ids.AS_OF_PICKER)
    page.locator("td[class*='dash-datepicker-calendar-date']:not([class*='outside'])", has_text="26").first.click()
    page.wait_for_function("() => window.location.search.includes('as_of=2017-01-26')")
    probe.settle()
    assert page.input_value("#" + ids.AS_OF) == "2017-01-26"
    page.screenshot(path="/tmp/asof-picker-1280.png", full_page=False)
    page.focus("#" + ids.AS_OF_PICKER)  # typed into the calendar's box, then Enter
    page.keyboard.press("Control+A")
    page.keyboard.type("2018-02-14")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.location.search.includes('as_of=2018-02-14')")
    probe.settle()
    assert page.input_value("#" + ids.AS_OF) == "2018-02-14" and page.locator("#" + ids.AS_OF_BANNER).is_visible()
    assert probe.errors == [] and probe.external == []
