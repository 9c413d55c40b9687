"""Editing in the page, in real Chromium: add, edit, delete and undo, a refusal shown at its field, two people
editing the same event (the second save is refused with the first one's change shown), the history list,
and the form used with the keyboard alone. The server is a store of its own (these tests change it)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.conftest import CALLBACK_PATH, PageProbe, _serve, csp_safe, shared_probe
from tracker.dashboard import ids
from tracker.store import open_store

EVENT = "astana-01"  # a shipped event the edit tests change


@pytest.fixture(scope="module")
def editor_db(tmp_path_factory, shipped) -> str:
    """A SQLite store of the shipped chronology that these tests change."""
    path = tmp_path_factory.mktemp("editor") / "editor.db"
    store = open_store(path)
    store.save(shipped)
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def editor_server(editor_db):
    yield from _serve(editor_db)


def _context(browser, base: str) -> PageProbe:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    csp_safe(page)
    page.set_default_timeout(15_000)
    return PageProbe(page, base)


@pytest.fixture()
def editor(shared_page, editor_server):
    """The worker's shared page (conftest's `SharedPage`, reset between tests) on this module's server."""
    yield from shared_probe(shared_page, editor_server)


def _field(name: str) -> str:
    return "#" + ids.EDITOR_FIELDS[name]


def _error(name: str) -> str:
    return "#" + ids.editor_error(name)


def _choose(probe: PageProbe, trigger, value: str) -> None:
    """Open a dropdown (a locator or a selector) and click one of its options."""
    (probe.page.locator(trigger) if isinstance(trigger, str) else trigger).click()
    probe.page.click(f".dash-dropdown-options label:has(input[value='{value}'])")
    if probe.page.locator(".dash-dropdown-options").count():  # a click on the option already chosen leaves it open
        probe.page.keyboard.press("Escape")
    probe.page.wait_for_selector(".dash-dropdown-options", state="detached")


def _row(probe: PageProbe, group: str, n: int):
    return probe.page.locator(f"#editor-{group}-rows > .editor-row").nth(n)


def _open_event(probe: PageProbe, event_id: str) -> None:
    probe.open(f"?event={event_id}")
    probe.page.wait_for_selector(f".detail-heading[data-event='{event_id}']")


def _edit(probe: PageProbe, event_id: str) -> None:
    probe.page.click(f".editor-edit-button[data-event='{event_id}']")
    probe.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    probe.settle()


def _save(probe: PageProbe) -> None:
    probe.page.click(f"#{ids.EDITOR_SAVE}")
    probe.settle()


def _total(probe: PageProbe) -> int:
    return int(re.match(r"([\d,]+) of", probe.count()).group(1).replace(",", ""))


def test_add_an_event_and_every_view_follows(editor):
    editor.open()
    before = _total(editor)
    editor.page.click(f"#{ids.EDITOR_ADD}")
    editor.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    editor.page.fill(_field("title"), "Consultations in Côte d'Ivoire, “round” 1")
    # later than any event another test of this module adds (2031): the last page of the table always holds it,
    # whichever order the tests run in
    editor.page.fill(_field("start_date"), "2036-03-04")
    _choose(editor, _field("event_type"), "summit")
    editor.page.fill(_field("venue"), "Abidjan")
    editor.page.fill(_field("venue_country"), "civ")
    _row(editor, "actors", 0).locator("input.dash-input-element").fill("Russia")
    _choose(editor, _row(editor, "actors", 0).locator("button.dash-dropdown"), "guarantor")
    editor.page.click("#editor-actors-add")
    _row(editor, "actors", 1).locator("input.dash-input-element").fill("Kazakhstan")
    _choose(editor, _row(editor, "actors", 1).locator("button.dash-dropdown"), "host")
    source = _row(editor, "sources", 0).locator("input.dash-input-element")
    source.nth(0).fill("TASS")
    source.nth(1).fill("2036-03-04")
    source.nth(2).fill("Talks | begin")
    source.nth(3).fill("https://tass.com/1")
    editor.page.click("#editor-quotes-add")
    quote = _row(editor, "quotes", 0).locator("input.dash-input-element")
    quote.nth(0).fill("1")
    quote.nth(1).fill("Lavrentiev")
    quote.nth(2).fill("We begin, at last.")
    editor.page.click("#editor-links-add")  # a link, its event picked by words of its title
    link = _row(editor, "links", 0)
    _choose(editor, link.locator("button.dash-dropdown").nth(0), "follows")
    link.locator("button.dash-dropdown").nth(1).click()
    search = editor.page.locator("input.dash-dropdown-search:visible").first
    search.wait_for()
    search.focus()
    editor.page.keyboard.type("1st International Meeting")
    editor.page.click(".dash-dropdown-options label:has(input[value='astana-01'])")
    if editor.page.locator(".dash-dropdown-options").count():
        editor.page.keyboard.press("Escape")
    _save(editor)
    editor.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    assert _total(editor) == before + 1
    heading = editor.page.locator(".detail-heading[data-event]")
    assert heading.inner_text() == "Consultations in Côte d'Ivoire, “round” 1"
    new_id = "2036-03-04-consultations-in-cote-d-ivoire-round-1"
    assert heading.get_attribute("data-event") == new_id
    editor.page.wait_for_function(  # the timeline draws it
        "id => JSON.stringify(document.querySelector('#timeline .js-plotly-plot').data).includes(id)", arg=new_id)
    detail = editor.page.inner_text(f"#{ids.DETAIL}")
    assert "Russia" in detail and "guarantor" in detail and "Kazakhstan" in detail and "“We begin, at last.”" in detail
    assert "Abidjan (CIV)" in detail and "Talks | begin" in detail
    assert "Follows: 1st International Meeting on Syria in the Astana format" in detail
    assert "Saved" in editor.page.inner_text(f"#{ids.EDITOR_NOTICE}")
    # the table counts it before Last is pressed (on a loaded machine the click could overtake the table's redraw
    # that the save started, and land on the old last page)
    editor.page.wait_for_function("n => document.getElementById('events-table-info').textContent.includes(` of ${n} `)",
                                  arg=f"{before + 1:,}", timeout=15_000)
    # the last page holds it: waited for, as the grid redraws its rows after its data arrives (a busy machine); a
    # redraw that lands after the click (a newer version from the page's poll) shows the first page again, so Last
    # is pressed again then, as a person would (seen twice in whole-suite runs, never alone)
    shown = "t => [...document.querySelectorAll(\"#events-table .ag-row [col-id='title']\")]" \
            ".some(c => c.innerText.split('\\n')[0] === t)"
    for attempt in range(3):
        editor.page.click("#events-table-last")
        editor.settle()
        try:
            editor.page.wait_for_function(shown, arg="Consultations in Côte d'Ivoire, “round” 1", timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise AssertionError("the new event is not on the table's last page: "
                                     + editor.page.inner_text("#events-table-info")) from None
    assert not editor.errors, editor.errors


def test_a_refused_value_is_shown_at_its_field_and_the_input_is_kept(editor):
    editor.open()
    editor.page.click(f"#{ids.EDITOR_ADD}")
    editor.page.fill(_field("title"), "An event with a bad end")
    editor.page.fill(_field("start_date"), "2031-05-10")
    editor.page.fill(_field("end_date"), "2031-05-01")
    editor.page.fill(_field("round_number"), "two")
    _row(editor, "sources", 0).locator("input.dash-input-element").nth(0).fill("Reuters")
    _save(editor)
    assert "before start" in editor.page.inner_text(_error("end_date"))
    assert editor.page.is_visible(f"#{ids.EDITOR_DIALOG}")
    assert editor.page.input_value(_field("title")) == "An event with a bad end"
    assert editor.page.input_value(_field("round_number")) == "two"
    assert _row(editor, "sources", 0).locator("input.dash-input-element").nth(0).input_value() == "Reuters"
    assert "Not saved" in editor.page.inner_text(f"#{ids.EDITOR_MESSAGE}")
    # corrected, it saves
    editor.page.fill(_field("end_date"), "2031-05-11")
    editor.page.fill(_field("round_number"), "2")
    _save(editor)
    editor.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    assert editor.page.inner_text(".detail-heading") == "An event with a bad end"


def test_edit_an_event_then_its_history_shows_the_change(editor):
    _open_event(editor, EVENT)
    old_title = editor.page.inner_text(".detail-heading")
    _edit(editor, EVENT)
    assert editor.page.evaluate("document.activeElement.id") == ids.EDITOR_HEADING
    assert editor.page.input_value(_field("title")) == old_title
    assert editor.page.is_disabled(_field("event_id"))
    editor.page.fill(_field("title"), old_title + " (edited)")
    _choose(editor, _field("status"), "postponed")
    _save(editor)
    editor.page.wait_for_function("t => document.querySelector('.detail-heading').textContent === t",
                                  arg=old_title + " (edited)")
    assert "postponed" in editor.page.inner_text(f"#{ids.DETAIL}")
    # the focus is back on the Edit button (drawn again with the panel)
    editor.page.wait_for_function("id => document.activeElement && document.activeElement.dataset.event === id"
                                  " && document.activeElement.classList.contains('editor-edit-button')", arg=EVENT)
    history = editor.page.locator(f"#{ids.EDITOR_HISTORY} details.history")
    assert history.get_attribute("open") is None  # collapsed
    history.locator("summary").click()
    text = history.inner_text()
    assert "Version" in text and "postponed" in text and old_title + " (edited)" in text
    # undo from the history list brings the old title back
    history.locator(".editor-undo-button").click()
    editor.settle()
    editor.page.wait_for_function("t => document.querySelector('.detail-heading').textContent === t", arg=old_title)
    assert not editor.errors, editor.errors


def test_delete_then_undo(editor):
    target = "astana-02"
    _open_event(editor, target)
    before = _total(editor)
    title = editor.page.inner_text(".detail-heading")
    editor.page.click(f".editor-delete-button[data-event='{target}']")
    editor.settle()
    assert _total(editor) == before - 1
    notice = editor.page.locator(f"#{ids.EDITOR_NOTICE}")
    assert f"Deleted “{title}”" in notice.inner_text()
    editor.page.wait_for_function("document.activeElement && document.activeElement.classList.contains('editor-undo-button')")
    editor.page.keyboard.press("Enter")
    editor.settle()
    assert _total(editor) == before
    editor.page.wait_for_selector(f".detail-heading[data-event='{target}']")
    assert "Undone" in notice.inner_text()


def _save_while_the_poll_redraws(probe: PageProbe, news: str) -> None:
    """Click Save and hold its request until the page's poll has learned of the other save and redrawn the
    detail panel with `news` in it: the moment seen once in CI, made certain. The redraw removes the panel's
    Edit button, and Dash calls the callbacks with that button as an ALL input again, dropping the answer of
    one still running; Save's was dropped while it shared that callback, and Bob saw no conflict."""
    held = []

    def hold_save(route) -> None:
        changed = (route.request.post_data_json or {}).get("changedPropIds") or []
        if f"{ids.EDITOR_SAVE}.n_clicks" in changed:
            held.append(route)
        else:
            route.continue_()

    probe.page.route(lambda url: CALLBACK_PATH in url, hold_save)
    probe.page.click(f"#{ids.EDITOR_SAVE}")
    for _ in range(600):  # Playwright hands the request to `hold_save` while it waits
        if held:
            break
        probe.page.wait_for_timeout(25)
    assert held, "the save was never sent"
    probe.page.evaluate("id => window.dash_clientside.set_props(id, {n_intervals: 1000})", ids.DATA_POLL)  # a poll now
    probe.page.wait_for_function("t => document.getElementById('detail').textContent.includes(t)", arg=news)
    held[0].continue_()
    probe.page.unroute_all()
    probe.settle()


def test_two_people_edit_the_same_event_and_nothing_is_lost(browser, editor_server, editor):
    """A opens, B opens, A saves; B's save is refused with A's change shown; B keeps their input and saves.
    A is on the worker's shared page, B in a context of their own (the store has no users: a page is a person)."""
    event = "astana-04"
    alice, bob = editor, _context(browser, editor_server)
    try:
        for person in (alice, bob):
            _open_event(person, event)
            _edit(person, event)
        alice.page.fill(_field("venue"), "Alice's venue")
        _choose(alice, _field("status"), "postponed")
        _save(alice)
        alice.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")

        bob.page.fill(_field("venue"), "Bob's venue")
        bob.page.fill(_field("summary"), "Bob's summary.")
        _save_while_the_poll_redraws(bob, "Alice's venue")
        conflict = bob.page.locator(f"#{ids.EDITOR_CONFLICT}")
        try:
            conflict.wait_for()
        except Exception as exc:  # seen once in CI on a loaded machine: say what each page showed instead
            shown = {name: (probe.page.inner_text(f"#{ids.EDITOR_MESSAGE}"),
                            probe.page.get_attribute(f"#{ids.EDITOR_DIALOG}", "hidden"), probe.errors)
                     for name, probe in (("alice", alice), ("bob", bob))}
            raise AssertionError(f"no conflict shown to Bob; message, dialog hidden, errors: {shown}") from exc
        text = conflict.inner_text()
        assert "was changed by" in text and "now version" in text
        rows = {r.locator("th").inner_text(): r.locator("td").all_inner_texts()
                for r in conflict.locator("tbody tr").all()}
        assert rows["Venue"][1:] == ["Alice's venue", "Bob's venue"]
        names = conflict.locator("th:first-child")  # whole words: "Field" broke into "Fie/ld" (QA6 D18)
        assert all(h < 30 for h in names.evaluate_all("cells => cells.map(c => c.getBoundingClientRect().height)"))
        assert rows["Status"][1:] == ["postponed", "held (you left it: theirs is taken in)"]
        assert bob.page.input_value(_field("venue")) == "Bob's venue"  # nothing of Bob's is lost
        assert bob.page.input_value(_field("summary")) == "Bob's summary."
        bob.page.screenshot(path="/tmp/editor-conflict.png")

        bob.page.click(f"#{ids.EDITOR_KEEP_MINE}")
        bob.settle()
        assert bob.page.is_hidden(f"#{ids.EDITOR_CONFLICT}")
        message = bob.page.inner_text(f"#{ids.EDITOR_MESSAGE}")
        assert "Their Status taken in" in message and "Your Venue kept" in message
        assert bob.page.inner_text(f"#{ids.EDITOR_FIELDS['status']}") == "postponed"  # Alice's, which Bob left alone
        assert bob.page.input_value(_field("venue")) == "Bob's venue"
        assert bob.page.input_value(_field("summary")) == "Bob's summary."
        _save(bob)
        bob.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
        detail = bob.page.inner_text(f"#{ids.DETAIL}")
        assert "Bob's venue" in detail and "Bob's summary." in detail and "postponed" in detail
        history = bob.page.locator(f"#{ids.EDITOR_HISTORY} details.history")
        history.locator("summary").click()
        text = history.inner_text()
        assert "Alice's venue" in text and "Bob's venue" in text  # both saves are in the history
    finally:
        bob.page.context.close()


def test_the_form_by_keyboard_alone(editor):
    editor.open()
    page = editor.page
    page.focus(f"#{ids.EDITOR_ADD}")
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-heading'")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == ids.EDITOR_CANCEL
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == ids.EDITOR_FIELDS["title"]
    page.keyboard.type("Typed with the keyboard")
    page.keyboard.press("Escape")  # a stray Escape loses no typing: it asks first
    assert "press Escape again to discard" in page.inner_text("#editor-escape-note")
    assert page.is_visible(f"#{ids.EDITOR_DIALOG}") and page.input_value(_field("title")) == "Typed with the keyboard"
    page.screenshot(path="/tmp/editor-escape-note.png")
    page.keyboard.press("Escape")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-add'")
    page.keyboard.press("Enter")  # an untouched form closes at the first Escape
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-heading'")
    assert page.is_hidden("#editor-escape-note")
    page.keyboard.press("Escape")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-add'")
    # Enter in a field saves: the form's own check answers at the fields
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-heading'")
    page.focus(_field("start_date"))
    page.keyboard.press("Enter")
    editor.settle()
    assert "start date" in page.inner_text(_error("start_date"))
    page.wait_for_function("document.activeElement && document.activeElement.id === 'editor-title'")  # first error
    # Tab stays in the form: from its last control it goes round to its first
    page.focus(f"#{ids.EDITOR_SAVE}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == ids.EDITOR_CANCEL
    page.screenshot(path="/tmp/editor-keyboard.png")
    assert not editor.errors, editor.errors


def test_close_on_a_changed_form_asks_first(editor):
    """Close × on a form with changes says they are not saved; a second click discards them (as Escape does)."""
    editor.open()
    page = editor.page
    page.click(f"#{ids.EDITOR_ADD}")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    page.fill(_field("title"), "Typed, then Close clicked")
    page.click(f"#{ids.EDITOR_CANCEL}")
    editor.settle()
    assert "press Close again to discard" in page.inner_text("#editor-escape-note")
    assert page.is_visible(f"#{ids.EDITOR_DIALOG}") and page.input_value(_field("title")) == "Typed, then Close clicked"
    page.click(f"#{ids.EDITOR_CANCEL}")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    page.click(f"#{ids.EDITOR_ADD}")  # an untouched form closes at the first click
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    assert page.input_value(_field("title")) == ""
    page.click(f"#{ids.EDITOR_CANCEL}")
    page.wait_for_selector(f"#{ids.EDITOR_DIALOG}[hidden]", state="attached")
    assert not editor.errors, editor.errors


def _hidden_by_the_save_bar(page) -> dict | None:
    """The focused control's box and the Save bar's top when the bar covers part of it, else None."""
    return page.evaluate("""() => {
        const el = document.activeElement, bar = document.querySelector('.editor-actions');
        if (!el || bar.contains(el)) { return null; }
        const box = el.getBoundingClientRect(), top = bar.getBoundingClientRect().top;
        return box.bottom > top ? {id: el.id || el.className, bottom: box.bottom, bar: top} : null;
    }""")


def test_the_focused_field_is_never_under_the_save_bar(editor):
    """Tab through the whole form (Tags, every field of the source rows): the focused control is in sight, above
    the sticky Save bar; a control scrolled into view as WebDriver does (to the bottom) is not under it either."""
    _open_event(editor, "astana-20")
    _edit(editor, "astana-20")
    page = editor.page
    hidden = []
    for _ in range(60):
        page.keyboard.press("Tab")
        if (covered := _hidden_by_the_save_bar(page)) is not None:
            hidden.append(covered)
    assert not hidden, hidden
    add_link = page.locator("#editor-links-add")
    add_link.evaluate("b => b.scrollIntoView({block: 'end'})")  # WebDriver's scroll before a click
    assert add_link.evaluate("""b => { const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b; }""")


def _new_event_link_picker(editor):
    """The event box of a first Links row in the form of a new event."""
    editor.open()
    editor.page.click(f"#{ids.EDITOR_ADD}")
    editor.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    editor.page.click("#editor-links-add")
    return _row(editor, "links", 0).locator("button.dash-dropdown").nth(1)


def test_the_link_picker_finds_a_round_by_its_number(editor):
    picker = _new_event_link_picker(editor)
    picker.click()
    search = editor.page.locator("input.dash-dropdown-search:visible").first
    search.wait_for()
    search.focus()
    editor.page.keyboard.type("round 20")
    editor.page.wait_for_function(  # the options of the whole text, not of a shorter prefix
        "() => (document.querySelector('.dash-dropdown-options input') || {}).value === 'astana-20'")
    assert "20th International Meeting" in editor.page.locator(".dash-dropdown-options label").first.inner_text()
    editor.page.screenshot(path="/tmp/editor-link-round.png")


@pytest.mark.parametrize("delay", [120, 40])
def test_the_link_picker_keeps_every_letter_typed_on_its_closed_box(editor, delay):
    """QA11: with the focus on the Links event box, "astana" typed at a typist's speed arrived as "atana" (the
    first letter opened the list and started the server's search; the second, typed while its answer redrew the
    list, was lost) and the list said "No options found"."""
    picker = _new_event_link_picker(editor)
    picker.focus()
    editor.page.keyboard.type("astana", delay=delay)
    editor.settle()
    search = editor.page.locator("input.dash-dropdown-search:visible").first
    assert search.input_value() == "astana"
    editor.page.wait_for_function(
        "() => [...document.querySelectorAll('.dash-dropdown-options label')].some(l => /Astana/.test(l.innerText))")
    assert editor.errors == []


def test_a_link_to_a_deleted_event_says_who_deleted_it_and_undo_brings_it_back(editor, editor_db):
    """A shared link to a deleted event said only "no such event": it now says by whom and when, with the history,
    a link to the view as known before, and Undo for an editor."""
    target = "astana-03"
    _open_event(editor, target)
    title = editor.page.inner_text(".detail-heading")
    editor.page.click(f".editor-delete-button[data-event='{target}']")
    editor.settle()
    store = open_store(editor_db)
    try:
        who = store.history(target)[-1].user
    finally:
        store.close()
    editor.open(f"?event={target}")  # the link, opened later (the notice of the delete is gone)
    page = editor.page
    page.wait_for_function("() => document.getElementById('detail').textContent.includes('was deleted')")
    text = page.locator(f"#{ids.DETAIL}").inner_text()
    assert title in text and f"deleted by {who} on " in text, text
    assert "no such event" not in page.inner_text(f"#{ids.NOTICES}")
    assert page.locator(f"#{ids.DETAIL} a.deleted-before").get_attribute("href").startswith(f"?event={target}&as_of=")
    page.screenshot(path="/tmp/editor-deleted-link.png")
    undo = page.locator(f"#{ids.EDITOR_HISTORY} .editor-undo-button")
    assert undo.is_visible() and "Undo the delete" in undo.inner_text()
    undo.click()
    editor.settle()
    page.wait_for_selector(f".detail-heading[data-event='{target}']")
    assert page.inner_text(".detail-heading") == title
    assert not editor.errors, editor.errors


def test_small_things_of_the_form_and_the_detail_read_right(editor):
    """QA6 D18: two tags read as one word; "Published" could not show YYYY-MM-DDTHH:MM; the notice covered Save;
    the option under the arrow keys was marked by purple text only."""
    _open_event(editor, "astana-08")
    page = editor.page
    assert page.inner_text(f"#{ids.DETAIL} .tags") == "Tags: detainees, humanitarian demining"
    _edit(editor, "astana-08")
    published = _row(editor, "sources", 0).locator("input.dash-input-element").nth(1)
    published.fill("2017-12-22T16:13")
    assert published.evaluate("i => i.scrollWidth <= i.clientWidth"), "the time is cut off"
    page.evaluate("id => window.dash_clientside.set_props(id, {children: 'A notice while the form is open.'})",
                  ids.EDITOR_NOTICE)
    page.wait_for_selector(f"#{ids.EDITOR_NOTICE}:has-text('A notice')")
    boxes = page.evaluate("""() => [document.getElementById('editor-notice'), document.querySelector('.editor-actions')]
        .map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    notice, bar = boxes
    assert notice[3] <= bar[1] or notice[1] >= bar[3], (notice, bar)  # not over the Save bar
    role = _row(editor, "actors", 0).locator("button.dash-dropdown")
    role.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_selector(".dash-dropdown-options")
    page.keyboard.press("ArrowDown")
    # the key moves the focus to an option once the list has taken it: wait for that, not for the next frame (a CI
    # run read the focus while it was still on the button: no label, no style to read)
    page.wait_for_function("document.activeElement && document.activeElement.closest('.dash-dropdown-options label')")
    outline = page.evaluate("() => getComputedStyle(document.activeElement.closest('label')).outlineStyle")
    assert outline == "solid"
    page.screenshot(path="/tmp/editor-small-things.png")


def test_typing_in_an_open_dropdown_picks_by_its_first_letters(editor):
    """QA: Dash's dropdown opens on its chosen option and dropped typed letters, so "talk" then Enter on the event
    type kept "meeting", and "partic" then Enter on a role gave "host" with no hint. Letters now move to the first
    option they begin (a listbox's type-ahead), or go to the search box of a dropdown that has one."""
    editor.open()
    editor.page.click(f"#{ids.EDITOR_ADD}")
    editor.page.wait_for_selector(f"#{ids.EDITOR_DIALOG}:not([hidden])")
    for trigger, letters, label in ((_field("event_type"), "talk", "talk round"), (_field("status"), "sch", "scheduled")):
        editor.page.focus(trigger)
        editor.page.keyboard.press("Enter")
        editor.page.wait_for_selector(".dash-dropdown-options")
        editor.page.keyboard.type(letters, delay=60)
        editor.page.keyboard.press("Enter")
        editor.page.wait_for_function("([id, label]) => document.getElementById(id).innerText.includes(label)",
                                      arg=[trigger[1:], label])
        if editor.page.locator(".dash-dropdown-options").count():
            editor.page.keyboard.press("Escape")
        editor.page.wait_for_selector(".dash-dropdown-options", state="detached")
    role = _row(editor, "actors", 0).locator("button.dash-dropdown")
    role.focus()
    editor.page.keyboard.press("Enter")
    editor.page.wait_for_selector(".dash-dropdown-options")
    editor.page.keyboard.type("partic", delay=60)
    editor.page.keyboard.press("Enter")
    editor.page.wait_for_function("e => e.innerText.includes('participant')", arg=role.element_handle())
    editor.page.keyboard.press("Escape")
    editor.open("?")
    editor.page.focus("#filter-actor")
    editor.page.keyboard.press("Enter")
    editor.page.wait_for_selector("input.dash-dropdown-search")
    editor.page.keyboard.type("kaz", delay=60)
    assert editor.page.input_value("input.dash-dropdown-search") == "kaz"
    assert editor.errors == []


def test_the_detail_panel_keeps_a_summarys_lines_and_wraps_a_long_address(editor, editor_db):
    """QA: the detail panel ran a summary's paragraphs together and cut a pasted address off at its edge."""
    store = open_store(editor_db)
    try:
        store.edit_event("astana-07", {"summary": "First paragraph.\nSecond paragraph, with "
                                                  "https://example.org/" + "a" * 240}, expected_version=None)
    finally:
        store.close()
    _open_event(editor, "astana-07")
    editor.page.wait_for_selector("#detail .summary:has-text('Second paragraph')")
    text = editor.page.inner_text("#detail .summary")
    assert text.startswith("First paragraph.\nSecond paragraph"), text
    assert editor.page.evaluate("(() => { const d = document.getElementById('detail'); "
                                "return d.scrollWidth <= d.clientWidth + 1; })()"), "the address runs past the panel"
    assert editor.errors == []
