"""A cross-origin POST is refused before its body is read: an upload's body (up to MAX_UPLOAD_BODY_BYTES) was read
and parsed first, so a page on another site could make a signed-in editor's server read 27.7 MB per request
(review28, LOW)."""
from __future__ import annotations

import json

from flask import Flask

from tests.auth.test_ux28b_upload_limit import _over_4mb
from tracker.auth import guard


def test_a_cross_origin_upload_is_refused_unread(monkeypatch):
    server = Flask(__name__)
    guard.install_guard(server)
    server.config[guard.MAY_UPLOAD] = lambda: True  # an editor's session (anyone, without logins)
    server.add_url_rule("/_dash-update-component", "update", lambda: "{}", methods=["POST"])
    read: list[bool] = []
    real = guard.large_upload
    monkeypatch.setattr(guard, "large_upload", lambda s: read.append(True) or real(s))
    body = json.dumps(_over_4mb())
    client = server.test_client()
    answer = client.post("/_dash-update-component", data=body, content_type="application/json",
                         headers={"Origin": "https://elsewhere.example"})
    assert answer.status_code == 403 and read == []
    same_site = client.post("/_dash-update-component", data=body, content_type="application/json",
                            headers={"Origin": "http://localhost"})
    assert same_site.status_code == 200 and read == [True]  # the page's own drop is still read
