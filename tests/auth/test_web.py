"""Logins, sessions, CSRF, roles and the request guard, through a real server (waitress) with `requests`."""
from __future__ import annotations

import json
import re

import pytest
import requests

from tests.auth.conftest import PASSWORD, make_db, serve
from tracker.auth.gate import MAX_CLIENT_FAILURES
from tracker.auth.guard import MAX_BODY_BYTES
from tracker.dashboard import ids
from tracker.store import open_store

CALLBACK = "/_dash-update-component"


def login(base: str, name: str, password: str = PASSWORD) -> tuple[requests.Session, requests.Response]:
    """A session that went through the login form as a browser does (the form's token, then the POST)."""
    browser = requests.Session()
    form = browser.get(f"{base}/login?next=/review")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    answer = browser.post(f"{base}/login", data={"csrf_token": token, "next": "/review", "name": name,
                                                 "password": password}, allow_redirects=False)
    return browser, answer


def signed_in(base: str, name: str) -> requests.Session:
    browser, answer = login(base, name)
    assert answer.status_code == 302, answer.text
    browser.get(f"{base}/")  # the page load sets the CSRF cookie
    browser.headers["X-CSRFToken"] = browser.cookies["_csrf_token"]  # as Dash's renderer sends it
    return browser


def save_view_request(name: str) -> dict:
    """The body the page posts when Save is clicked in the saved-views control."""
    outputs = [(ids.VIEW_LIST, "children"), (ids.VIEW_MESSAGE, "children"), (ids.VIEW_MESSAGE, "className"),
               (ids.VIEW_NAME, "value")]
    return {"output": ".." + "...".join(f"{i}.{p}" for i, p in outputs) + "..",
            "outputs": [{"id": i, "property": p} for i, p in outputs],
            "inputs": [{"id": ids.VIEW_SAVE, "property": "n_clicks", "value": 1},
                       {"id": ids.VIEW_NAME, "property": "n_submit", "value": None}, []],
            "changedPropIds": [f"{ids.VIEW_SAVE}.n_clicks"],
            "state": [{"id": ids.VIEW_NAME, "property": "value", "value": name},
                      {"id": ids.URL, "property": "search", "value": "?process=Astana+format"}]}


def timeline_request() -> dict:
    from tracker.dashboard.bench import timeline_request as body

    return json.loads(body("actor=Kazakhstan"))


def saved_names(db: str) -> set[str]:
    store = open_store(db)
    try:
        return {view.name for view in store.saved_views()}
    finally:
        store.close()


# --- anonymous ------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/review", "/download/events.csv?process=Astana+format",
                                  "/download/brief.html", "/download/brief.md", "/_dash-layout",
                                  "/_dash-dependencies", "/_reload-hash",
                                  # paths that only start like the open ones (Dash answered them with its layout)
                                  "/loginx", "/login/x", "/login.html", "/logout/anything", "/_dash-component-suites/x",
                                  "/_favicon.icox", "/assets/x"])
def test_anonymous_requests_get_no_data(server, path):
    answer = requests.get(server + path, allow_redirects=False, headers={"Accept": "text/html,*/*"})
    assert answer.status_code in (302, 401)
    assert "Kazakhstan" not in answer.text and "event_id" not in answer.text and "astana-20" not in answer.text
    if answer.status_code == 302:
        assert answer.headers["Location"].startswith("/login?next=/")


def test_after_login_the_page_asked_for_opens_with_its_query(server):
    browser = requests.Session()
    form = browser.get(server + "/download/events.csv?process=Astana+format&round=20")
    next_path = re.search(r'name="next" value="([^"]+)"', form.text).group(1)
    assert next_path == "/download/events.csv?process=Astana+format&amp;round=20"
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    answer = browser.post(server + "/login", data={"csrf_token": token, "next": next_path.replace("&amp;", "&"),
                                                  "name": "vera", "password": PASSWORD})
    assert answer.text.startswith("event_id,") and "astana-20," in answer.text
    # the same file as the URL asked for gives once logged in ('+' a space, '&' a second filter)
    assert answer.text == browser.get(server + "/download/events.csv?process=Astana+format&round=20").text
    assert "\nastana-19," not in answer.text


def test_an_anonymous_callback_is_refused(server):
    answer = requests.post(server + CALLBACK, json=timeline_request())
    assert answer.status_code == 401 and "Log in first" in answer.json()["error"]


def test_the_login_page_and_static_files_need_no_login(server):
    page = requests.get(server + "/login")
    assert page.status_code == 200 and '<label for="auth-name">User name</label>' in page.text
    assert "https://" not in page.text  # nothing from a CDN
    assert requests.get(server + "/assets/auth.css").status_code == 200
    assert requests.get(server + "/assets/screenshot-1280.png", allow_redirects=False).status_code == 302  # shows data


# --- login, logout, cookies ----------------------------------------------------------------
def test_login_opens_the_pages_and_logout_closes_them(server):
    browser, answer = login(server, "eddie")
    assert answer.status_code == 302 and answer.headers["Location"] == "/review"
    assert browser.get(server + "/download/events.csv?process=Astana+format").text.startswith("event_id,")
    page = browser.get(server + "/")
    assert page.status_code == 200 and "_dash-renderer" in page.text
    token = browser.cookies["_csrf_token"]
    copied = requests.Session()
    copied.cookies.update(browser.cookies)
    answer = browser.post(server + "/logout", data={"csrf_token": token}, allow_redirects=False)
    assert answer.status_code == 302 and answer.headers["Location"] == "/login"
    assert browser.get(server + "/", allow_redirects=False).status_code == 302
    # a copy of the cookie taken before the logout opens nothing either
    assert copied.get(server + "/_dash-layout", allow_redirects=False).status_code == 401


def test_a_wrong_password_is_refused_with_the_form_kept(server):
    _, answer = login(server, "vera", "not the password")
    assert answer.status_code == 200 and "Wrong user name or password." in answer.text
    assert 'value="vera"' in answer.text and 'role="alert"' in answer.text


def test_cookie_flags(server):
    _, answer = login(server, "vera")
    cookies = {c.split("=", 1)[0]: c for c in answer.raw.headers.getlist("Set-Cookie")}
    session_cookie, csrf_cookie = cookies["tracker_session"], cookies["_csrf_token"]
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie and "Secure" not in session_cookie
    # Dash's renderer reads the CSRF cookie, so it is not HttpOnly; Strict keeps it off cross-site requests.
    assert "SameSite=Strict" in csrf_cookie and "HttpOnly" not in csrf_cookie


def test_cookies_are_secure_over_https(users_db):
    from tracker.dashboard.app import create_app

    client = create_app(open_store(users_db)).server.test_client()
    answer = client.get("/login", base_url="https://localhost")
    assert "tracker_session=" in answer.headers["Set-Cookie"] and "; Secure" in answer.headers["Set-Cookie"]
    proxied = client.get("/login", headers={"X-Forwarded-Proto": "https"})
    assert "; Secure" in proxied.headers["Set-Cookie"]
    assert "; Secure" not in client.get("/login").headers["Set-Cookie"]


def test_cookies_are_secure_behind_a_tls_proxy_on_waitress(server):
    """The real server (waitress, as single-process `tracker serve` runs), not Flask's test client: waitress
    dropped X-Forwarded-Proto, so no cookie was Secure behind https (QA D11)."""
    proxied = requests.get(server + "/login", headers={"X-Forwarded-Proto": "https"})
    assert all("; Secure" in c for c in proxied.raw.headers.getlist("Set-Cookie")), proxied.raw.headers.getlist("Set-Cookie")
    plain = requests.get(server + "/login")
    assert not any("; Secure" in c for c in plain.raw.headers.getlist("Set-Cookie"))


def test_pages_behind_a_login_are_not_kept_in_the_browser_cache(server, open_server):
    """After Sign out, Back showed the whole dashboard from the cache (QA D12): data never goes there; scripts may."""
    browser = signed_in(server, "vera")
    for path in ("/", "/_dash-layout", "/review", "/download/events.csv"):
        assert browser.get(server + path).headers.get("Cache-Control") == "no-store", path
    script = next(p for p in re.findall(r'src="([^"]+)"', browser.get(server + "/").text) if "_dash-component-suites" in p)
    assert browser.get(server + script).headers.get("Cache-Control") != "no-store"
    assert requests.get(open_server + "/").headers.get("Cache-Control") != "no-store"  # no login: nothing changes


def test_the_login_form_needs_its_token(server):
    answer = requests.post(server + "/login", data={"name": "alice", "password": PASSWORD}, allow_redirects=False)
    assert answer.status_code == 400 and "expired" in answer.text


def test_login_never_redirects_elsewhere(server):
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        browser = requests.Session()
        form = browser.get(f"{server}/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        answer = browser.post(f"{server}/login", data={"csrf_token": token, "next": target, "name": "vera",
                                                       "password": PASSWORD}, allow_redirects=False)
        assert answer.headers["Location"] == "/"


def test_a_new_password_ends_the_sessions(tmp_path, shipped):
    db = make_db(tmp_path / "p.db", shipped, {"alice": "admin"})
    for base in serve(db):
        browser = signed_in(base, "alice")
        assert browser.get(base + "/_dash-layout").status_code == 200
        from tracker.auth.accounts import set_password
        from tracker.auth.gate import CACHE_SECONDS

        set_password(open_store(db), "alice", "a new password")
        import time

        time.sleep(CACHE_SECONDS + 0.5)  # the server reads the users again after this
        assert browser.get(base + "/_dash-layout").status_code == 401


# --- lockout -----------------------------------------------------------------------------------
def test_failed_logins_lock_the_user_then_the_client(tmp_path, shipped):
    from tracker.auth.accounts import MAX_FAILURES

    db = make_db(tmp_path / "l.db", shipped, {"alice": "admin"})
    for base in serve(db):
        for _ in range(MAX_FAILURES - 1):
            assert "Wrong user name" in login(base, "alice", "wrong guess")[1].text
        answer = login(base, "alice", "wrong guess")[1]
        assert "Wrong user name or password. After 5 failed logins in a row a name is locked" in answer.text
        assert "Wrong user name" in login(base, "alice")[1].text  # locked: the right password waits too
        assert "alice" not in login(base, "alice")[1].text.split("<form")[0]  # no word on which names exist
        for _ in range(MAX_CLIENT_FAILURES - MAX_FAILURES - 1):
            login(base, "nobody", "wrong guess")
        answer = login(base, "nobody", "wrong guess")[1]
        assert answer.status_code == 429 and "Too many failed logins from this address" in answer.text


# --- CSRF and roles --------------------------------------------------------------------------------
def test_a_callback_without_the_csrf_token_is_refused(server):
    browser = signed_in(server, "eddie")
    assert browser.post(server + CALLBACK, json=timeline_request()).status_code == 200
    del browser.headers["X-CSRFToken"]
    answer = browser.post(server + CALLBACK, json=timeline_request())
    assert answer.status_code == 403 and "CSRF" in answer.json()["error"]
    for forged in ("forged", "é".encode("utf-8").decode("latin-1")):
        answer = browser.post(server + CALLBACK, json=timeline_request(), headers={"X-CSRFToken": forged})
        assert answer.status_code == 403


def test_a_viewer_cannot_write_and_an_editor_can(server, users_db):
    viewer = signed_in(server, "vera")
    assert viewer.post(server + CALLBACK, json=timeline_request()).status_code == 200  # reading is fine
    answer = viewer.post(server + CALLBACK, json=save_view_request("by the viewer"))
    assert answer.status_code == 403 and "vera is a viewer: this needs the editor role" in answer.json()["error"]
    assert "by the viewer" not in saved_names(users_db)
    editor = signed_in(server, "eddie")
    answer = editor.post(server + CALLBACK, json=save_view_request("by the editor"))
    assert answer.status_code == 200, answer.text
    assert "by the editor" in saved_names(users_db)


def test_the_page_shows_who_is_signed_in(server):
    browser = signed_in(server, "vera")
    body = {"output": f"{ids.ACCOUNT}.children", "outputs": {"id": ids.ACCOUNT, "property": "children"},
            "inputs": [{"id": ids.URL, "property": "pathname", "value": "/"}], "changedPropIds": [], "state": []}
    answer = browser.post(server + CALLBACK, json=body)
    assert answer.status_code == 200 and "vera" in answer.text and "Sign out" in answer.text


# --- Host, Origin, headers, size (with and without users) ----------------------------------------
@pytest.mark.parametrize("which", ["server", "open_server"])
def test_an_unknown_host_name_is_refused(request, which):
    base = request.getfixturevalue(which)
    answer = requests.get(base + "/login", headers={"Host": "rebind.evil.example"})
    assert answer.status_code == 400 and "rebind.evil.example" in answer.json()["error"]
    assert requests.get(base + "/", headers={"Host": "localhost"}, allow_redirects=False).status_code in (200, 302)


def test_a_write_from_another_origin_is_refused(open_server):
    for header in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Referer": "http://evil.example/page"}):
        answer = requests.post(open_server + CALLBACK, json=timeline_request(), headers=header)
        assert answer.status_code == 403 and "another site" in answer.json()["error"]
    for header in ({"Origin": open_server}, {"Referer": open_server + "/review"}, {}):
        assert requests.post(open_server + CALLBACK, json=timeline_request(), headers=header).status_code == 200


def test_without_users_the_page_needs_no_login(open_server):
    assert requests.get(open_server + "/", allow_redirects=False).status_code == 200
    assert requests.get(open_server + "/login", allow_redirects=False).status_code == 302


@pytest.mark.parametrize("which", ["server", "open_server"])
@pytest.mark.parametrize("path", ["/", "/login", "/assets/auth.css", "/_dash-layout", "/nowhere"])
def test_security_headers_on_every_response(request, which, path):
    answer = requests.get(request.getfixturevalue(which) + path, allow_redirects=False)
    policy = answer.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy and "unsafe-eval" not in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Referrer-Policy"] == "same-origin"


def test_the_page_allows_exactly_its_own_inline_scripts(open_server):
    from tracker.auth.guard import script_hashes

    page = requests.get(open_server + "/")
    hashes = script_hashes(page.text)
    assert hashes and all(h in page.headers["Content-Security-Policy"] for h in hashes)
    assert script_hashes('<script>alert(1)</script>')[0] not in page.headers["Content-Security-Policy"]


@pytest.mark.parametrize("which", ["server", "open_server"])
def test_a_body_over_the_limit_gets_413(request, which):
    answer = requests.post(request.getfixturevalue(which) + CALLBACK, data=b"x" * (MAX_BODY_BYTES + 1),
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == 413 and "too large" in answer.json()["error"]


def test_a_session_is_good_on_every_worker_of_the_store(tmp_path, shipped):
    """Two servers over one store stand for two worker processes: each accepts the other's session."""
    db = make_db(tmp_path / "w.db", shipped, {"alice": "admin"})
    first, second = next(serve(db)), next(serve(db))
    browser = signed_in(first, "alice")  # cookies are per host, not per port: the second server gets them
    answer = browser.post(second + CALLBACK, json=timeline_request())
    assert answer.status_code == 200 and "figure" in answer.text


@pytest.mark.postgres
@pytest.mark.xdist_group("postgres")
def test_login_and_roles_on_a_postgresql_store(shipped):
    from tests.conftest import PG_URL, reset_test_database, worker_pg_url
    from tracker.auth.accounts import add_user

    if not PG_URL:
        pytest.skip("TRACKER_TEST_PG_URL not set")
    store = reset_test_database(PG_URL)
    store.save(shipped)
    add_user(store, "alice", "admin", PASSWORD)
    add_user(store, "vera", "viewer", PASSWORD)
    store.close()
    base = next(serve(worker_pg_url(PG_URL)))
    assert requests.post(base + CALLBACK, json=timeline_request()).status_code == 401
    viewer = signed_in(base, "vera")
    assert viewer.post(base + CALLBACK, json=timeline_request()).status_code == 200
    assert viewer.post(base + CALLBACK, json=save_view_request("pg view")).status_code == 403
    assert signed_in(base, "alice").post(base + CALLBACK, json=save_view_request("pg view")).status_code == 200
