"""Defences on every request, with or without users: allowed Host names, same-origin writes,
security headers with a Content-Security-Policy, and a bound on the request body.

A DNS-rebinding page reaches the server under its own host name, so a Host the server was not
told about is refused; a cross-site page can send a POST but its browser names the page's
Origin, so a write from any origin but the server's own is refused.
"""
from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from urllib.parse import urlsplit

from flask import Flask, Response, jsonify, request

from tracker.auth.roles import changed_ids
from tracker.dashboard import ids

#: Host names a server on loopback answers to.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
#: Largest request body accepted (bytes): a callback with a pasted or uploaded article fits in it.
MAX_BODY_BYTES = 4 * 1024 * 1024
#: Largest files dropped at once on the review page's upload (bytes, together): an ACLED export of 10-20 MB is
#: common. Only the callbacks that carry them (`UPLOAD_CHANGES`), sent by someone who may upload (an editor; anyone
#: on a server without logins), may be this large; the page's script says so before sending a larger drop
#: (assets/upload_limit.js holds the same figure).
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
#: Their request: the files in base64 (a third more) and the callback's JSON around them.
MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES * 4 // 3 + 1024 * 1024
#: What fired the callbacks that carry the dropped files: the drop (its articles, for the extraction, and its files of
#: events, for the panel's check: the page sorts them, review/drop.py) and an events file's Import press (the files
#: wait in the page until imported).
UPLOAD_CHANGES = {(ids.REVIEW_UPLOAD_ARTICLES, "data"), (ids.REVIEW_IMPORT_DROPPED, "data"),
                  (ids.REVIEW_IMPORT_PRESSED, "data")}
#: server.config key of the function that says whether this request's user may upload (`tracker.auth.web`).
MAY_UPLOAD = "TRACKER_MAY_UPLOAD"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_NOT_JS = re.compile(r"""\b(src\s*=|type\s*=\s*["']?(?!(?:text|application)/javascript|module)[\w/+-]+)""", re.I)


def host_name(host: str) -> str:
    """The name part of a Host header value, lower case, without the port or IPv6 brackets."""
    host = (host or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_loopback(host: str) -> bool:
    """True for localhost and the loopback addresses (127.0.0.0/8, ::1)."""
    name = host_name(host)
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts(server: Flask) -> set[str]:
    """The Host names this server answers to (loopback names unless told more by `allow_hosts`)."""
    return server.config.setdefault("TRACKER_ALLOWED_HOSTS", set(LOOPBACK_NAMES))


def allow_hosts(server: Flask, *names: str) -> set[str]:
    """Also answer to these host names (`tracker serve --host`, `--allow-host`); returns them all."""
    hosts = allowed_hosts(server)
    hosts.update(host_name(n) for n in names if n and host_name(n) not in ("0.0.0.0", "::", "*"))
    return hosts


def same_origin(server: Flask) -> bool:
    """False when a browser says the request comes from another origin (Origin, else Referer)."""
    # The host and port, not the scheme: behind a TLS proxy the browser says https and Flask sees http.
    own = request.host.lower()
    for header in ("Origin", "Referer"):
        value = request.headers.get(header)
        if value is not None:
            return urlsplit(value.strip()).netloc.lower() == own
    return True  # no browser sends a cross-site POST without Origin; scripts and tests send neither


def refused(status: int, message: str) -> Response:
    """A refusal a person can read: JSON for scripts and Dash, its message also in the status text."""
    answer = jsonify({"error": message})
    answer.status_code = status
    return answer


def check_request(server: Flask) -> Response | None:
    """Refuse a Host not allowed, a body over the limit, a cross-origin write; None lets the request on."""
    if host_name(request.host) not in allowed_hosts(server):
        return refused(400, f"Host {host_name(request.host)!r} is not allowed: start the server with "
                            f"--allow-host {host_name(request.host)} if that is its name.")
    if request.method not in SAFE_METHODS and not same_origin(server):  # first: a large upload's body is read
        return refused(403, "Refused: this request comes from another site (its Origin is not this server).")
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES and not large_upload(server):
        return too_large()
    return None


def large_upload(server: Flask) -> bool:
    """Whether a body over MAX_BODY_BYTES is a callback that carries files dropped on the review page, up to
    MAX_UPLOAD_BODY_BYTES, from someone who may upload: then it is read up to that size (the body of anyone else,
    or of any other request, is never read)."""
    may_upload = server.config.get(MAY_UPLOAD)
    if (request.content_length or 0) > MAX_UPLOAD_BODY_BYTES or request.method != "POST" \
            or not request.path.endswith("/_dash-update-component") or may_upload is None or not may_upload():
        return False
    request.max_content_length = MAX_UPLOAD_BODY_BYTES
    changed = changed_ids(request.get_json(silent=True))
    return bool(changed) and set(changed) <= UPLOAD_CHANGES


def too_large(_error: object = None) -> Response:
    """The 413 answer to a request body over MAX_BODY_BYTES (or an upload's over MAX_UPLOAD_BODY_BYTES)."""
    return refused(413, f"The request is too large: at most {MAX_BODY_BYTES // (1024 * 1024)} MB, and files of events "
                        f"dropped on the review page by an editor at most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB "
                        "together (import a larger file with `tracker import`; for a long article, paste or upload a "
                        "shorter part).")


def script_hashes(html: str) -> list[str]:
    """CSP hashes of the inline scripts a page runs (not JSON data blocks, not scripts with src)."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        if _NOT_JS.search(match.group("attrs") or ""):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group("body").encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


def content_security_policy(scripts: list[str]) -> str:
    """The policy: everything from this server only, inline scripts only by hash, never framed."""
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(scripts) if scripts else "script-src 'self'",
        # Plotly and Dash's components add <style> elements and style attributes at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def add_headers(response: Response) -> Response:
    """Security headers on every response; the CSP hashes the inline scripts of an HTML page."""
    if "Content-Security-Policy" not in response.headers:  # a streamed page sets its own (the HTML brief)
        scripts: list[str] = []
        if response.mimetype == "text/html" and not response.is_streamed:
            scripts = script_hashes(response.get_data(as_text=True))
        response.headers["Content-Security-Policy"] = content_security_policy(scripts)
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    if request.is_secure or is_loopback(request.host):
        # browsers keep COOP only from a trustworthy origin (https, loopback); over plain http to a team's address
        # Chromium ignored it and logged an error in the console of every page, for every colleague (ux25b)
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    return response


def install_guard(server: Flask) -> None:
    """Add the Host, Origin and size checks and the headers to a Flask server (the Dash app's)."""
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    allowed_hosts(server)
    server.before_request(lambda: check_request(server))
    server.after_request(add_headers)
    server.register_error_handler(413, too_large)


__all__ = ["LOOPBACK_NAMES", "MAX_BODY_BYTES", "MAX_UPLOAD_BODY_BYTES", "MAX_UPLOAD_BYTES", "MAY_UPLOAD",
           "UPLOAD_CHANGES", "add_headers", "allow_hosts", "allowed_hosts",
           "check_request", "content_security_policy", "host_name", "install_guard", "is_loopback", "large_upload",
           "script_hashes"]
