"""Logins on the Dash server: sessions, the login page, CSRF tokens and role checks.

`install(app, store)` (called by the app factory) adds the defences of `guard` to every
response, and, once the store has users, asks for a login on every route but the login page
and the static files. Sessions are Flask's signed cookies, signed with a secret kept in the
store so that every worker accepts them; a session names the user and the user's
`session_epoch`, so a new password or a removed user ends it at once.

CSRF: a login puts a random token in the session and in a readable cookie, `_csrf_token`,
which Dash's renderer sends back as the `X-CSRFToken` header on every callback; forms carry it
as `csrf_token` (assets/auth.js adds it). Every POST must bring the session's token.
"""
from __future__ import annotations

import datetime as dt
import hmac
import secrets
from urllib.parse import quote, urlsplit

from flask import Flask, Response, g, has_request_context, redirect, request, session
from flask.sessions import SecureCookieSessionInterface

from tracker.auth.gate import Gate
from tracker.auth.guard import MAY_UPLOAD, SAFE_METHODS, install_guard, refused
from tracker.auth.pages import login_page, logout_page, message_page
from tracker.auth.roles import WRITES, allowed, required_role
from tracker.dashboard import ids
from tracker.store.users import UserRow

CSRF_COOKIE = "_csrf_token"  # the cookie Dash's renderer reads
CSRF_HEADER = "X-CSRFToken"  # the header it sends the cookie's value in
SESSION_COOKIE = "tracker_session"
SESSION_HOURS = 12
#: Paths (after the prefix) open without a login, exactly these: the login and logout pages and the icon (a path
#: that only starts so, `loginx` or `login/x`, is any other page: Dash answered it with the page's layout, every
#: actor and count in it).
PUBLIC = ("login", "logout", "_favicon.ico")
#: Files in assets/ and Dash's component code open without a login (not the README screenshots, which show data).
PUBLIC_ASSETS = (".css", ".js", ".woff", ".woff2", ".ttf", ".otf")
PUBLIC_FOLDERS = ("assets/", "_dash-component-suites/")


def is_public(path: str) -> bool:
    """Whether `path` (after the prefix) is served without a login."""
    return path in PUBLIC or (path.startswith(PUBLIC_FOLDERS) and path.endswith(PUBLIC_ASSETS + (".map",)))


class Sessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, signed with the store's secret (read when the store has users)."""

    def __init__(self, gate: Gate):
        self.gate = gate

    def get_signing_serializer(self, app: Flask):
        if not app.secret_key and self.gate.has_users():
            app.secret_key = self.gate.secret()
        return super().get_signing_serializer(app)

    def get_cookie_secure(self, app: Flask) -> bool:
        # Secure behind https; plain http on loopback keeps working. X-Forwarded-Proto is trusted for this
        # flag only: a client that lies about it only keeps its own cookie from coming back over http.
        return bool(super().get_cookie_secure(app) or (has_request_context() and _https()))


def _https() -> bool:
    """True when the browser reached the server over https (directly, or through a TLS proxy that says so)."""
    return request.is_secure or request.headers.get("X-Forwarded-Proto", "").strip().lower() == "https"


def _same(sent: str, expected: str) -> bool:
    """Compare tokens in constant time (as bytes: a header may hold any character)."""
    return hmac.compare_digest(sent.encode("utf-8", "replace"), str(expected).encode("utf-8", "replace"))


def current_user() -> str | None:
    """The name of the logged-in user of this request; None without users (or outside a request)."""
    if not has_request_context():
        return None
    user = g.get("tracker_user")
    return user.name if user is not None else None


def current_role() -> str | None:
    """The role of the logged-in user of this request; None without users."""
    user = g.get("tracker_user") if has_request_context() else None
    return user.role if user is not None else None


def install(app, store) -> Gate:
    """Add the guard (hosts, origins, headers, body size) and, once `store` has users, the logins."""
    server: Flask = app.server
    gate = Gate(store)
    prefix = app.config.requests_pathname_prefix
    routes = app.config.routes_pathname_prefix
    css = app.get_asset_url("auth.css")
    server.session_interface = Sessions(gate)
    server.config.update(SESSION_COOKIE_NAME=SESSION_COOKIE, SESSION_COOKIE_HTTPONLY=True,
                         SESSION_COOKIE_SAMESITE="Lax", SESSION_REFRESH_EACH_REQUEST=False,
                         PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=SESSION_HOURS))
    install_guard(server)

    def signed_in() -> UserRow | None:
        name, epoch = session.get("u"), session.get("e")
        user = gate.users().get(name) if isinstance(name, str) else None
        return user if user is not None and user.session_epoch == epoch else None

    def token_ok() -> bool:
        sent = request.headers.get(CSRF_HEADER) or request.form.get("csrf_token") or ""
        expected = session.get("csrf") or ""
        return bool(expected) and _same(sent, expected)

    def check_login() -> Response | None:
        g.tracker_user = None
        if not gate.has_users():
            return None
        path = request.path[len(routes):] if request.path.startswith(routes) else request.path.lstrip("/")
        if is_public(path):
            return None
        user = signed_in()
        if user is None:
            if request.method == "GET" and request.accept_mimetypes.accept_html and not path.startswith("_dash"):
                return redirect(f"{prefix}login?next={quote(request.full_path.rstrip('?'), safe='/')}")
            return refused(401, "Log in first: open the login page of the tracker and reload.")
        if request.method not in SAFE_METHODS and not token_ok():
            return refused(403, "Refused: the request has no valid CSRF token; reload the page.")
        if path == "_dash-update-component":
            needed = required_role(request.get_json(silent=True))
            if not allowed(user.role, needed):
                return refused(403, f"{user.name} is a {user.role}: this needs the {needed} role (or admin).")
        g.tracker_user = user
        return None

    server.before_request(check_login)

    def may_upload() -> bool:  # the guard lets such a user's upload requests be larger (MAX_UPLOAD_BYTES)
        if not gate.has_users():
            return True
        user = signed_in()
        return user is not None and allowed(user.role, WRITES[ids.REVIEW_UPLOAD])

    server.config[MAY_UPLOAD] = may_upload

    @server.after_request
    def csrf_cookie(response: Response) -> Response:
        token = session.get("csrf") if gate.has_users() else None
        if token and request.cookies.get(CSRF_COOKIE) != token:
            response.set_cookie(CSRF_COOKIE, token, path=prefix, samesite="Strict", httponly=False,
                                secure=_https(), max_age=SESSION_HOURS * 3600)
        if gate.has_users() and not _static(request.path):
            # Behind a login the chronology is kept out of the browser's cache: after Sign out, Back showed it
            response.headers["Cache-Control"] = "no-store"
        return response

    def _static(path: str) -> bool:
        """Scripts, styles and fonts, the same for everyone: cached as before."""
        rest = path[len(prefix):] if path.startswith(prefix) else path
        return is_public(rest) and rest not in ("login", "logout")

    def safe_next(value: str | None) -> str:
        """Where to go after logging in: a path on this server only (never //elsewhere)."""
        parts = urlsplit(value or "")
        value = value or ""
        if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
            return prefix
        return value

    def login() -> Response | str:
        if not gate.has_users():
            return redirect(prefix)
        next_path = safe_next(request.values.get("next"))
        if request.method == "GET":
            return _login_form(next_path)
        client = request.remote_addr or "?"
        wait = gate.client_blocked(client)
        if wait:
            return Response(message_page(css, "Too many attempts", f"Too many failed logins from this address: "
                                         f"try again in {(wait + 59) // 60} minutes.", f"{prefix}login"), 429)
        sent = request.form.get("csrf_token") or ""
        if not session.get("login_csrf") or not _same(sent, session.get("login_csrf")):
            return _login_form(next_path, "The login form had expired; please log in again.", status=400)
        name = (request.form.get("name") or "").strip()
        result = gate.login(name, request.form.get("password") or "")
        if result.user is None:
            gate.client_failed(client)
            # 200, not 401: the form again, with the reason (a 401 is for HTTP authentication, and logs as an error)
            return _login_form(next_path, result.message, name)
        session.clear()
        session.permanent = True
        session.update(u=result.user.name, e=result.user.session_epoch, csrf=secrets.token_urlsafe(32))
        return redirect(next_path)

    def _login_form(next_path: str, message: str = "", name: str = "", status: int = 200) -> Response:
        token = session.get("login_csrf") or secrets.token_urlsafe(32)
        session["login_csrf"] = token
        return Response(login_page(f"{prefix}login", css, token, next_path, message, name), status,
                        mimetype="text/html")

    def logout() -> Response:
        user = signed_in()
        if request.method == "GET":
            if user is None:
                return redirect(f"{prefix}login")
            return Response(logout_page(f"{prefix}logout", css, session.get("csrf", ""), user.name, prefix),
                            mimetype="text/html")
        if user is not None and not token_ok():
            return Response(message_page(css, "Sign out", "The sign-out form had expired; try again.",
                                         f"{prefix}logout"), 403)
        if user is not None:
            gate.logout(user.name)  # a copy of the cookie (another tab, a stolen one) is no longer a session
        session.clear()
        answer = redirect(f"{prefix}login")
        answer.delete_cookie(CSRF_COOKIE, path=prefix)
        return answer

    server.add_url_rule(f"{routes}login", "tracker_login", login, methods=["GET", "POST"])
    server.add_url_rule(f"{routes}logout", "tracker_logout", logout, methods=["GET", "POST"])
    return gate


__all__ = ["CSRF_COOKIE", "CSRF_HEADER", "SESSION_COOKIE", "current_role", "current_user", "install"]
