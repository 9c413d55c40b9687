"""Logging in with the keyboard alone, in real Chromium, to a dashboard under its Content-Security-Policy."""
from __future__ import annotations

import pytest

from tests.auth.conftest import PASSWORD, make_db, serve
from tests.browser.conftest import PageProbe

pytestmark = pytest.mark.browser


def wait_until(page, expression: str, timeout_ms: int = 30_000) -> None:
    """Poll `expression` with page.evaluate (DevTools, not subject to the page's CSP, unlike wait_for_function,
    whose polling the CSP rightly refuses as eval)."""
    for _ in range(timeout_ms // 50):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(50)
    raise TimeoutError(expression)


def open_timeline(page, probe: PageProbe) -> None:
    page.goto(probe.base + "/")
    page.wait_for_selector("#timeline .main-svg", timeout=30_000)
    wait_until(page, "document.getElementById('count').textContent.includes('events')")
    probe.settle()


@pytest.fixture(scope="module")
def login_server(tmp_path_factory, shipped):
    """A dashboard whose store has users (an editor, eddie)."""
    yield from serve(make_db(tmp_path_factory.mktemp("login") / "login.db", shipped, {"alice": "admin", "eddie": "editor"}))


def test_keyboard_login_reaches_the_dashboard_with_no_csp_error(browser, login_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    probe = PageProbe(page, login_server)
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(login_server + "/review")
    assert page.url == login_server + "/login?next=/review"
    # The name field has the focus: type, Tab to the password, Enter submits. (Chromium gives the autofocus
    # a moment after the load event: on a loaded machine the check right after `goto` saw the body focused.)
    wait_until(page, "document.activeElement.id === 'auth-name'", timeout_ms=5_000)
    page.keyboard.type("eddie")
    page.keyboard.press("Tab")
    page.keyboard.type("not the password")
    page.keyboard.press("Enter")
    page.wait_for_selector("#auth-message")
    assert "Wrong user name or password." in page.inner_text("#auth-message")
    # The answer is a new page whose password box has `autofocus`: as for the name above, Chromium gives it the focus
    # a moment after the load, and under load the check right after the message showed saw the body focused.
    wait_until(page, "document.activeElement.id === 'auth-password'", timeout_ms=5_000)
    assert page.evaluate("document.activeElement.id") == "auth-password"  # the name is kept; on to the password
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(login_server + "/review")
    wait_until(page, "((document.getElementById('review-count') || {}).textContent || '').includes('candidate')")
    assert page.url == login_server + "/review"
    open_timeline(page, probe)  # the timeline page: the graph and the count drawn by callbacks (with the CSRF header)
    assert "eddie" in page.inner_text("#account")
    # the brief, shown in a second page of the session as it is served (only its Content-Disposition is dropped); the
    # timeline stays open in the first for the sign-out below (it was loaded again after the brief, a third load)
    brief = context.new_page()
    brief_probe = PageProbe(brief, login_server)
    brief.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    brief.route("**/download/brief.html*", lambda route: route.fulfill(
        response=(answer := route.fetch()),
        headers={k: v for k, v in answer.headers.items() if k.lower() != "content-disposition"}))
    brief.goto(login_server + "/download/brief.html?process=Astana+format")
    brief.wait_for_selector("h1")
    brief.close()
    assert violations == [] and probe.errors == [] and probe.external == []
    assert brief_probe.errors == [] and brief_probe.external == []
    # Sign out with the keyboard: focus the button, Enter. (A poll of the page may meet the ended session: a 401.)
    page.focus("#account button")
    page.keyboard.press("Enter")
    page.wait_for_url(login_server + "/login")
    page.goto(login_server + "/")
    assert page.url.startswith(login_server + "/login")
    assert violations == []
    context.close()


@pytest.fixture(scope="module")
def roles_server(tmp_path_factory, shipped):
    """A dashboard whose store has a viewer (vera) and an editor (eddie)."""
    yield from serve(make_db(tmp_path_factory.mktemp("roles") / "roles.db", shipped, {"alice": "admin", "vera": "viewer",
                                                                                      "eddie": "editor"}))


def _login(browser, base: str, target: str, name: str, on_page=None):
    """Log `name` in from the login page that asking for `target` leads to; returns (context, page) once at `target`.
    `on_page(page)` runs before the first load (to watch the page from its start)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    if on_page is not None:
        on_page(page)
    page.goto(base + target)
    page.wait_for_selector("#auth-name")
    page.fill("#auth-name", name)
    page.fill("#auth-password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(base + target)
    return context, page


def test_a_viewer_is_offered_neither_the_controls_that_write_nor_saving_a_view_and_an_editor_is(browser, roles_server):
    """One login per person, two checks on the page it opens (each login and first drawing cost 20-40 s under load):

    the controls that write (Add, Edit, Delete) show for the editor only; and the saved-views panel: a viewer saw
    "Name of this view" over an empty box (the input hidden), no Save, and "type a name and press Save"; now the panel
    lists the views they can open and says that editors save them."""
    for name, writes in (("vera", False), ("eddie", True)):
        probes = []
        # the login goes on to the event; watched from the start, so a refused callback (403) shows as an error
        context, page = _login(browser, roles_server, "/?event=geneva-i", name,
                               on_page=lambda p: probes.append(PageProbe(p, roles_server)))
        probe = probes[0]
        wait_until(page, "document.querySelector('#account .account-role') !== null")
        wait_until(page, "(document.querySelector('.detail-heading') || {}).dataset?.event === 'geneva-i'")
        probe.settle()  # every callback answered: the editing controls are drawn (or not) by now
        for selector in ("#editor-add", "[id*='\"type\":\"editor-edit\"']", "[id*='\"type\":\"editor-delete\"']"):
            assert page.is_visible(selector) is writes, ("editing controls", name, selector)
        # the saved-views panel of the same page
        wait_until(page, "document.querySelector('#view-list li') !== null")
        page.click("#views-toggle")
        page.wait_for_selector("#view-list li")
        panel = page.inner_text(".views-panel")
        assert ("Name of this view" in panel) is writes, ("views panel: name box", name, panel)
        assert page.locator(".views-panel .view-save-row").is_visible() is writes, ("views panel: Save row", name)
        assert ("type a name and press Save" in panel) is writes, ("views panel: hint", name, panel)
        assert ("Editors save views" in panel) is not writes, ("views panel: editors save", name, panel)
        page.screenshot(path=f"/tmp/saved-views-{name}.png")
        assert probe.errors == [], (name, probe.errors)
        context.close()


@pytest.fixture(scope="module")
def session_server(tmp_path_factory, shipped):
    """A dashboard with an editor (eddie) whose store the session test changes."""
    yield from serve(make_db(tmp_path_factory.mktemp("session") / "session.db", shipped, {"alice": "admin",
                                                                                          "eddie": "editor"}))


def test_save_after_the_session_ended_elsewhere_says_so_and_keeps_the_input(browser, session_server):
    """Signed out in another browser, Save failed in silence (a 401 in the console, a renderer error) and a reload
    lost the typing. Now the page says the session has ended with a link that logs in in a new tab; the form keeps
    its input, and Save after that login saves it."""
    event, summary = "astana-05", "Typed before the session ended."
    probes = []
    context, page = _login(browser, session_server, f"/?event={event}", "eddie",
                           on_page=lambda p: probes.append(PageProbe(p, session_server)))
    probe = probes[0]
    wait_until(page, f"(document.querySelector('.detail-heading') || {{}}).dataset?.event === '{event}'")
    probe.settle()
    page.click(f".editor-edit-button[data-event='{event}']")
    page.wait_for_selector("#editor-dialog:not([hidden])")
    page.fill("#editor-summary", summary)
    # the same person, another browser: on the review page, which has the header's Sign out without the timeline's
    # figures to draw
    other, elsewhere = _login(browser, session_server, "/review", "eddie")
    elsewhere.wait_for_selector("#account button")
    elsewhere.click("#account button")  # Sign out: ends every session of eddie's
    elsewhere.wait_for_url(session_server + "/login")
    other.close()

    page.click("#editor-save")
    page.wait_for_selector("#session-ended", state="visible")
    text = page.inner_text("#session-ended")
    assert "session has ended" in text and "what you typed is kept" in text, text
    link = page.locator("#session-ended a")
    assert link.get_attribute("target") == "_blank" and "/login" in link.get_attribute("href")
    assert page.is_visible("#editor-dialog") and page.input_value("#editor-summary") == summary
    page.focus("#editor-save")  # the form keeps Tab inside it: the link is the next stop after Save
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#session-ended') !== null")
    page.screenshot(path="/tmp/session-ended.png")
    renderer = [e for e in probe.errors if "status of 401" not in e]  # the browser logs the refused request itself
    assert renderer == [], renderer

    with context.expect_page() as opened:  # log in again in the new tab the link opens
        link.click()
    login = opened.value
    login.wait_for_selector("#auth-name")
    login.fill("#auth-name", "eddie")
    login.fill("#auth-password", PASSWORD)
    login.keyboard.press("Enter")
    login.wait_for_selector("#timeline .main-svg", timeout=30_000)
    login.close()
    page.click("#editor-save")
    page.wait_for_selector("#editor-dialog[hidden]", state="attached", timeout=20_000)
    wait_until(page, f"document.getElementById('detail').textContent.includes({summary!r})")
    assert not page.is_visible("#session-ended")
    context.close()
