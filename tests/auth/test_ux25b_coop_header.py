"""A team served on 0.0.0.0 is opened over plain http at the machine's address (http://192.0.2.2:8072/): Chromium
ignores Cross-Origin-Opener-Policy from such an untrustworthy origin and logged an error for it in the console of every
page, for every colleague (ux25b's walk). It is sent where a browser keeps it: https (a TLS proxy) and loopback."""
from __future__ import annotations

from flask import Flask

from tracker.auth.guard import allow_hosts, install_guard


def _client():
    app = Flask(__name__)
    app.route("/")(lambda: "ok")
    install_guard(app)
    allow_hosts(app, "192.0.2.2", "desk.example")
    return app.test_client()


def test_coop_is_sent_where_a_browser_keeps_it_and_not_over_plain_http_to_an_address():
    client = _client()
    plain = client.get("/", headers={"Host": "192.0.2.2:8072"})
    assert plain.status_code == 200 and "Cross-Origin-Opener-Policy" not in plain.headers
    assert plain.headers["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in plain.headers  # the rest stays
    for host in ("127.0.0.1:8071", "localhost:8050", "[::1]:8050"):
        assert client.get("/", headers={"Host": host}).headers["Cross-Origin-Opener-Policy"] == "same-origin", host
    secure = client.get("/", base_url="https://desk.example")
    assert secure.headers["Cross-Origin-Opener-Policy"] == "same-origin"
