"""Real headless Chromium against the real app: one browser and two servers for the whole session.

The server is `create_app` on a tmp SQLite store made of the shipped data plus one
hostile event, served by waitress on a free 127.0.0.1 port in a thread; the review
server is another over a store that also holds candidates (the review flows change it).
Chromium is the system one (/usr/bin/chromium); the tests skip only when it is missing.
"""
from __future__ import annotations

import re

import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from tracker.filters import EventFilter
from tracker.frames import coerce
from tracker.models import Tables
from tracker.query import select_events
from tracker.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
#: Chromium features the test browser runs without, on top of Playwright's own list. Headless Chromium (156) opens the
#: omnibox's WebUI popup (chrome://omnibox-popup.top-chrome/, two `--top-chrome-webui` targets) in every new window,
#: that is for every browser context; no test types in an omnibox. Measured (/tmp/s24/flags.py, a fresh context
#: opening the dashboard, load 23-26): 5.8-6.0 CPU-s of Chromium per open with them, 4.1 without.
DISABLED_FEATURES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup")
CALLBACK_PATH = "/_dash-update-component"
#: How long a page's first drawing may take. A page that never draws still fails; on a loaded 2-core machine (CI
#: beside other jobs) the first figure has been seen to take more than 20 s to show.
LOAD_MS = 60_000
#: Playwright's default timeout on the tests' pages.
PAGE_TIMEOUT_MS = 15_000
VIEWPORT = {"width": 1280, "height": 900}
#: Where the shared page waits between two tests (`SharedPage`): a static file of the dashboard's, so within its site.
STILL_PAGE = "/assets/tracker.css"
#: How long a test server's requests in flight may take to finish when the test ends (seconds).
SERVER_DRAIN_S = 120
XSS_ID = "xss-test-event"
XSS_TITLE = "<img src=x onerror=alert(1)>"
XSS_URL = "javascript:alert(1)"
XSS_CANDIDATE = "x-hostile-candidate"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: corpus articles whose events are candidates in `review_db` (none is stored in the shipped data).
REVIEW_ARTICLES = ("005_afp_normandy_paris.txt", "013_reuters_jeddah.txt", "019_tass_lavrov_fidan.txt")

if not CHROMIUM.exists():
    pytest.skip("system Chromium (/usr/bin/chromium) is not installed", allow_module_level=True)


def hostile_event() -> Tables:
    """An event whose title is HTML and whose only source is a javascript: URL."""
    stamp = pd.Timestamp("2024-01-01")
    return Tables(
        events=coerce("events", pd.DataFrame([{
            "event_id": XSS_ID, "title": XSS_TITLE, "event_type": "other", "status": "held",
            "start_date": pd.Timestamp("2023-06-23"), "date_precision": "day", "review_state": "confirmed",
            "summary": "<script>alert('summary')</script>", "created_at": stamp, "updated_at": stamp}])),
        sources=coerce("sources", pd.DataFrame([{
            "source_id": f"{XSS_ID}:s1", "event_id": XSS_ID, "publisher": "<b>Publisher</b>", "title": "x",
            "url": XSS_URL}])),
        quotes=coerce("quotes", pd.DataFrame([{
            "quote_id": f"{XSS_ID}:q1", "event_id": XSS_ID, "source_id": f"{XSS_ID}:s1",
            "speaker": "<i>someone</i>", "text": "<svg onload=alert(2)>"}])),
    )


@pytest.fixture(scope="session")
def browser_db(tmp_path_factory, shipped) -> str:
    """A SQLite file with the shipped chronology and the hostile event."""
    path = tmp_path_factory.mktemp("browser") / "tracker.db"
    store = open_store(path)
    store.save(shipped)
    store.save(hostile_event())
    store.close()
    return str(path)


def _serve(db: str):
    """The dashboard of `db` on waitress in a thread; yields its base URL."""
    from waitress.server import create_server

    from tracker.dashboard.app import create_app

    store = open_store(db)
    app = create_app(store)
    # poll() rather than select(): close() below runs in this thread while the server's loop waits in the other, and
    # select() on the closed socket raised EBADF in that thread (a warning in CI); poll() reports the closed descriptor.
    httpd = create_server(app.server, host="127.0.0.1", port=0, threads=6, ident="tracker-test", asyncore_use_poll=True)
    thread = threading.Thread(target=httpd.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.effective_port}"
    httpd.close()
    # Wait for the requests still being served (a page's late callbacks): closing the store under one crashed the
    # worker (a segfault in sqlite3's execute, a review form's read) and the run hung at 98 %. close() stops new
    # connections only; the dispatcher's threads finish their task and exit here.
    # On a loaded 2-core CI machine a late callback can outlast a short wait: waitress then gives up on it, and closing
    # the store under the still-running request is the crash above. Wait long; if a request still runs, leave the
    # store open (the test's tmp file goes with the session) rather than crash the worker.
    dispatcher = httpd.task_dispatcher
    dispatcher.shutdown(cancel_pending=True, timeout=SERVER_DRAIN_S)
    if dispatcher.threads:
        return
    # The server's own connection goes too: on PostgreSQL its last read (a text search) could stay 'idle in
    # transaction', holding a lock that the next test's reset of the schema (DROP TABLE events_fts) waited on
    # for ever: a full run hung so at 93 %.
    store.close()


@pytest.fixture(scope="session")
def server(browser_db):
    """The dashboard on waitress in a thread; yields its base URL."""
    yield from _serve(browser_db)


@pytest.fixture(scope="session")
def review_db(tmp_path_factory, shipped) -> str:
    """A SQLite file with the shipped chronology, the candidates of three corpus articles and a hostile candidate.

    The review flows change it (accept, reject, merge, ingest), so it is apart from `browser_db`.
    """
    from tracker.extract import extract_articles, read_articles
    from tracker.extract.ingest import plan_ingest

    path = tmp_path_factory.mktemp("review") / "review.db"
    store = open_store(path)
    store.save(shipped)
    for name in REVIEW_ARTICLES:
        known = store.load()
        tables, _ = plan_ingest(extract_articles(read_articles(CORPUS / name), known), known)
        store.save(tables)
    hostile = hostile_event()
    events = hostile.events.assign(event_id=XSS_CANDIDATE, review_state="candidate", evidence=XSS_TITLE)
    store.save(Tables(events=coerce("events", events)))
    store.close()
    return str(path)


@pytest.fixture(scope="session")
def review_server(review_db):
    """A second dashboard, over `review_db`; yields its base URL."""
    yield from _serve(review_db)


def disabled_features(chromium) -> list[str]:
    """The features a running Chromium was started without: its command line's last --disable-features (the one it
    honours), read from chrome://version."""
    page = chromium.new_page()
    try:
        page.goto("chrome://version")
        found = re.findall(r"--disable-features=(\S*)", page.inner_text("#command_line"))
    finally:
        page.close()
    return found[-1].split(",") if found else []


def launch_chromium(playwright):
    """The system Chromium with `CHROMIUM_ARGS`, and without `DISABLED_FEATURES` as well as Playwright's own.

    Chromium honours only the last --disable-features, and Playwright passes a list of its own before ours (features
    that change how pages load: PaintHolding, HttpsUpgrades, ThirdPartyStoragePartitioning...). So a first Chromium,
    started with no arguments of ours, tells what Playwright asks for, and the one the tests use gets both lists in one
    switch. Should that list not be read, the tests' Chromium is started as before, with Playwright's list alone
    (test_chromium_args then fails: the omnibox's renderers are back).
    """
    first = playwright.chromium.launch(executable_path=str(CHROMIUM))
    try:
        theirs = disabled_features(first)
    finally:
        first.close()
    if not theirs:
        return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    merged = theirs + [f for f in DISABLED_FEATURES if f not in theirs]
    return playwright.chromium.launch(executable_path=str(CHROMIUM),
                                      args=[*CHROMIUM_ARGS, "--disable-features=" + ",".join(merged)])


@pytest.fixture(scope="session")
def browser():
    """One headless system Chromium for the session (`launch_chromium`)."""
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = launch_chromium(playwright)
    yield chromium
    chromium.close()
    playwright.stop()


class PageProbe:
    """A page with what it logged: console errors, page errors, dialogs, requests that left the machine."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.external: list[str] = []
        self.in_flight: set = set()  # Dash callback requests sent and not yet answered
        page.on("request", lambda r: self.in_flight.add(r) if CALLBACK_PATH in r.url else None)
        page.on("requestfinished", lambda r: self.in_flight.discard(r))
        page.on("requestfailed", lambda r: self.in_flight.discard(r))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else self.external.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, query: str = "") -> None:
        """Load the page at `query` and wait for the first drawing of the timeline and the count."""
        self.page.goto(self.base + "/" + query)
        self.page.wait_for_selector("#timeline .main-svg", timeout=LOAD_MS)
        self.page.wait_for_function("document.getElementById('count').textContent.includes('events')", timeout=LOAD_MS)
        self.settle()

    def settle(self, quiet_ms: int = 150, timeout_ms: int = 20_000) -> None:
        """Wait until no callback request has been in flight for `quiet_ms` and nothing is marked loading.

        Playwright's "networkidle" is a state a page reaches once after loading, so waiting for it
        again returns at once; the requests are counted here instead. A request that a change sets
        off a moment later (Dash dispatches from its store) shows up within the quiet period.
        """
        deadline, quiet_since = time.monotonic() + timeout_ms / 1000, None
        while True:
            busy = self.in_flight or self.page.evaluate("!!document.querySelector('[data-dash-is-loading]')")
            now = time.monotonic()
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since >= quiet_ms / 1000:
                return
            if now > deadline:
                raise TimeoutError(f"callbacks still running after {timeout_ms} ms: "
                                   f"{sorted(r.post_data_json.get('output', '?') for r in self.in_flight)}")
            self.page.wait_for_timeout(25)

    def open_review(self) -> None:
        """Load the review page and wait for its list of candidates."""
        self.page.goto(self.base + "/review")
        self.page.wait_for_function("((document.getElementById('review-count') || {}).textContent || '').includes('candidate')",
                                    timeout=LOAD_MS)
        self.settle()

    def open_first_candidate(self) -> None:
        """Load the review page and select its first candidate, its form drawn."""
        self.open_review()
        self.page.locator("#review-list button").first.click()
        self.page.wait_for_selector("#review-form:not([hidden])")
        self.settle()

    def search_dropdown(self, dropdown_id: str, text: str, served: bool = False) -> None:
        """Open a dropdown and type in its search box once the box has the focus (keys sent earlier are lost).

        `served`: the options come from a callback on the dropdown's search_value; then it waits for
        the answer to the whole text, not only for a quiet moment, so a click does not land on the
        options of a shorter prefix.
        """
        self.page.click(f"#{dropdown_id}")
        search = self.page.locator("input.dash-dropdown-search:visible").first
        search.wait_for()
        search.focus()
        if served:
            with self.page.expect_response(lambda r: _answers_search(r, dropdown_id, text)):
                self.page.keyboard.type(text)
        else:
            self.page.keyboard.type(text)
        self.settle()

    def pick_option(self, dropdown_id: str, value: str) -> None:
        """Click an option of an open dropdown and wait until the dropdown shows it as its value."""
        self.page.click(f".dash-dropdown-options label:has(input[value='{value}'])")  # the open one: a portal
        shown = f"#{dropdown_id}-value"
        try:
            self.page.wait_for_selector(f"{shown}:has-text('{value}')")
        except Exception as exc:  # say what the dropdown showed instead, for a failure seen only in CI
            state = self.page.evaluate(
                "id => ({shown: (document.getElementById(id + '-value') || {}).textContent,"
                " open: document.getElementById(id).getAttribute('aria-expanded'),"
                " options: Array.from(document.querySelectorAll('.dash-dropdown-options input')).map(i => i.value)})",
                dropdown_id)
            raise AssertionError(f"{dropdown_id} did not take {value!r}: {state}") from exc

    def plotly_bundle(self) -> dict:
        """Which plotly.js the page runs (`version`, the scripts it fetched) and the traces of its graphs that the
        bundle has no module for (`undrawn`: Plotly leaves such a trace out of the drawing, quietly)."""
        return self.page.evaluate(PLOTLY_BUNDLE)

    def count(self) -> str:
        return self.page.inner_text("#count")

    def wait_count(self, expected: int) -> None:
        """Wait until the count reads `expected` matching events."""
        self.page.wait_for_function(
            "n => document.getElementById('count').textContent.replace(/,/g, '').startsWith(n + ' of')",
            arg=str(expected), timeout=15_000)

    def choose(self, dropdown_id: str, text: str, option: str | None = None) -> None:
        """Pick an option of a searchable dropdown: open it, type to search, click the option, close it.

        It waits first for callbacks in flight: new options arriving while the dropdown is open reset its search.
        """
        self.settle()
        self.search_dropdown(dropdown_id, text)
        self.page.click(f"[role=listbox] label:has(input[value=\"{option or text}\"])")
        self.page.keyboard.press("Escape")
        self.page.wait_for_function("v => new URLSearchParams(location.search).getAll(v[0]).includes(v[1])",
                                    arg=[dropdown_id.removeprefix("filter-"), option or text])


#: See `PageProbe.plotly_bundle`. The page serves a partial bundle (assets/vendor/plotly-cartesian.min.js): Plotly
#: draws a trace of a type outside it as an invisible scatter, so the full data's type differs from the figure's.
PLOTLY_BUNDLE = """() => ({
    version: window.Plotly && window.Plotly.version,
    scripts: performance.getEntriesByType('resource').map(e => e.name).filter(n => /plotly[^/]*\\.js/.test(n))
        .map(n => new URL(n).pathname),
    graphs: document.querySelectorAll('.js-plotly-plot').length,
    undrawn: Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(
        gd => (gd._fullData || []).filter(t => (t._input.type || 'scatter') !== t.type)
            .map(t => gd.parentElement.id + ':' + t._input.type)),
})"""


def _answers_search(response, dropdown_id: str, text: str) -> bool:
    """Whether `response` answers a callback request made with `text` in the dropdown's search box."""
    if CALLBACK_PATH not in response.url:
        return False
    inputs = (response.request.post_data_json or {}).get("inputs", [])
    return any(i.get("id") == dropdown_id and i.get("property") == "search_value" and i.get("value") == text
               for i in inputs if isinstance(i, dict))


#: The start of a function written as Playwright takes one: `x => ...`, `(a, b) => ...`, `function ...`, `async ...`.
_FUNCTION = re.compile(r"^(async\b|function\b|\(?\s*[A-Za-z_$][\w$]*\s*(,\s*[A-Za-z_$][\w$]*\s*)*\)?\s*=>|\(\s*\)\s*=>)")


def csp_safe(page) -> None:
    """Make `page.wait_for_function` take expressions as functions: Playwright polls a plain expression
    with eval, which the dashboard's Content-Security-Policy (no 'unsafe-eval') refuses; a function it allows.
    A predicate that throws (its element is being re-rendered) counts as not yet true."""
    original = page.wait_for_function

    def wait_for_function(expression: str, *args, **kwargs):
        text = expression.strip()
        if not _FUNCTION.match(text):  # an expression (which may hold arrow functions of its own)
            text = f"() => ({text})"
        # Dash re-renders a component by replacing it, so between two polls the element a predicate reads can be
        # briefly absent; Playwright fails at the first throw, where the wait should go on polling until its timeout.
        expression = f"(arg) => {{ try {{ return ({text})(arg); }} catch (error) {{ return false; }} }}"
        return original(expression, *args, **kwargs)

    page.wait_for_function = wait_for_function


def _probe(browser, base: str):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    page = context.new_page()
    csp_safe(page)
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    yield PageProbe(page, base)
    context.close()


class SharedPage:
    """One page that the worker's tests of the session's servers take in turn, left as a fresh page would be.

    A page opened in a new context starts a new renderer, which parses and compiles the dashboard's scripts (Plotly's
    3.5 MB among them) from nothing; a page navigated again within the site (127.0.0.1, whatever the port) keeps its
    renderer and V8's compiled code. Measured (/tmp/s26/opens*.py: the dashboard opened by `PageProbe.open` 3-4 times
    each way, alternated, CPU-s of the server, the driver and Chromium, load 18-35): 4.2-5.8 CPU-s per open in a new
    context, 2.6-3.8 in the same page; by way of about:blank 3.9-4.8 (a new renderer again), hence the same-site
    stop below.

    What a test may leave behind is undone before the next one takes the page (`give_back`): the listeners it (and
    its PageProbe) added, routes, the document itself (replaced by a stylesheet of the test's server, a document of
    the same site that runs nothing: the dashboard's callbacks and poll stop), the viewport, the emulated media, the
    default timeout, the mouse, other pages of the context (popups), cookies and permissions.
    Nothing in the dashboard keeps site storage (no localStorage, sessionStorage, IndexedDB or dcc persistence). A
    test that leaves the page so that it cannot be reset (a hung script, a closed page) gets the context closed, and
    the next test a new one.
    """

    def __init__(self, browser):
        self.browser = browser
        self.context = self.page = None
        self.listeners: list = []

    def take(self):
        """The page, ready for a test; what it is given to listen to is noted, to be removed after."""
        if self.page is None or self.page.is_closed():
            self._close()
            self.context = self.browser.new_context(viewport=VIEWPORT, accept_downloads=True)
            self.page = self.context.new_page()
            csp_safe(self.page)
        page, listeners = self.page, self.listeners
        page.set_default_timeout(PAGE_TIMEOUT_MS)

        def on(event, handler):
            listeners.append((event, handler))
            type(page).on(page, event, handler)

        page.on = on
        return page

    def give_back(self, base: str) -> None:
        """Undo what the test did to the page (see the class), or close the context when that fails; `base` is the
        test's server."""
        page = self.page
        try:
            for other in self.context.pages:
                if other is not page:
                    other.close()
            page.unroute_all(behavior="ignoreErrors")
            page.goto(base + STILL_PAGE)
            for event, handler in self.listeners:
                page.remove_listener(event, handler)
            del page.on
            if page.viewport_size != VIEWPORT:
                page.set_viewport_size(VIEWPORT)
            page.emulate_media(media="null")
            page.mouse.move(-1, -1)  # off the page: nothing of the next page is hovered
            self.context.clear_cookies()
            self.context.clear_permissions()
        except Exception:  # noqa: BLE001 - whatever the test left, the next one gets a new context
            self._close()
        finally:
            self.listeners.clear()

    def _close(self) -> None:
        if self.context is not None:
            try:
                self.context.close()
            except Exception:  # noqa: BLE001 - a crashed context is gone already
                pass
        self.context = self.page = None


@pytest.fixture(scope="session")
def shared_page(browser):
    """The worker's `SharedPage`."""
    shared = SharedPage(browser)
    yield shared
    shared._close()


def shared_probe(shared: SharedPage, base: str):
    """A PageProbe on the worker's shared page at `base`, given back (reset) after the test."""
    page = shared.take()
    try:
        yield PageProbe(page, base)
    finally:
        shared.give_back(base)


def probe_over(owner, db: str):
    """A page on a dashboard served over the store `db` (the review tests' own copies): a fresh context when `owner` is
    a Browser, else the worker's shared page, `owner` being the `SharedPage`. Told apart by what they do, not by their
    class: a test file that loads this conftest again (test_ux23_notice_focus) has a SharedPage class of its own."""
    for base in _serve(db):
        yield from _probe(owner, base) if hasattr(owner, "new_context") else shared_probe(owner, base)


def ingested(path: Path, batches: list) -> Path:
    """The store at `path` (a copy of the shipped one) after ingesting each batch of articles as `tracker ingest` does,
    suggestions and texts kept: the review tests' starting point."""
    from tracker.extract import extract_articles
    from tracker.extract.ingest import plan_ingest

    store = open_store(path)
    for articles in batches:
        known = store.load()
        tables, report = plan_ingest(extract_articles(articles, known), known,
                                     suggested=store.suggestions(("pending", "rejected")))
        store.save_ingest(tables, report.suggestions, report.texts)
    location = Path(store.location)
    store.close()
    return location


@pytest.fixture()
def probe(shared_page, server):
    """The worker's shared page (`SharedPage`: reset between tests, no state kept) on the test server."""
    yield from shared_probe(shared_page, server)


@pytest.fixture()
def review_probe(shared_page, review_server):
    """The worker's shared page (`SharedPage`) on the review server."""
    yield from shared_probe(shared_page, review_server)


@pytest.fixture()
def expected():
    """The event ids the command line's filtering gives for these filter options on a store file."""
    def ids(db: str, **options) -> list[str]:
        store = open_store(db)
        try:
            return list(select_events(store.load(), EventFilter.build(**options), store)["event_id"])
        finally:
            store.close()

    return ids
