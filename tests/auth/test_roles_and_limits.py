"""The registry of writing callbacks, and the article size the review page accepts."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tracker.auth.guard import host_name, is_loopback, script_hashes
from tracker.dashboard.review.handlers import MAX_ARTICLE_CHARS
from tracker.auth.roles import WRITES, allowed, changed_ids, required_role
from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("changed, needed", [
    ([f"{ids.URL}.search"], "viewer"),
    ([f"{ids.REVIEW_ACCEPT}.n_clicks"], "editor"),
    ([f"{ids.URL}.search", f"{ids.REVIEW_SAVE}.n_clicks"], "editor"),
    ([f"{ids.VIEW_NAME}.n_submit"], "editor"),
    ([f"{ids.VIEW_NAME}.value"], "viewer"),  # typing a name writes nothing
    (['{"index":"Astana 2023","type":"view-delete"}.n_clicks'], "editor"),
    (['{"index":"astana-20","type":"review-pick"}.n_clicks'], "viewer"),  # picking a candidate reads
    (['{not json.n_clicks'], "viewer"),
    ([], "viewer"),
])
def test_required_role_follows_what_fired_the_callback(changed, needed):
    assert required_role({"changedPropIds": changed}) == needed


@pytest.mark.parametrize("body", [None, [], "x", {"changedPropIds": "review-accept.n_clicks"}, {"changedPropIds": [1]}])
def test_forged_bodies_need_no_more_than_a_read(body):
    assert required_role(body) == "viewer"


def test_every_registered_write_names_a_component_id_and_a_role():
    names = {v for k, v in vars(ids).items() if k.isupper() and isinstance(v, str)}
    for key, role in WRITES.items():
        assert key.split(".")[0] in names and role in ("viewer", "editor", "admin")
    assert changed_ids({"changedPropIds": ['{"type":"view-delete","index":"a.b"}.n_clicks']}) == [("view-delete", "n_clicks")]
    assert allowed("admin", "editor") and allowed("editor", "editor") and not allowed("viewer", "editor")


@pytest.mark.parametrize("host, name, loopback", [
    ("127.0.0.1:8050", "127.0.0.1", True), ("LOCALHOST", "localhost", True), ("[::1]:8050", "::1", True),
    ("127.1.2.3", "127.1.2.3", True), ("tracker.example.org:443", "tracker.example.org", False),
    ("192.0.2.7", "192.0.2.7", False), ("", "", False),
])
def test_host_names(host, name, loopback):
    assert host_name(host) == name and is_loopback(host) == loopback


def test_script_hashes_cover_inline_scripts_only():
    page = ('<script src="/x.js"></script><script id="_dash-config" type="application/json">{"a": 1}</script>'
            '<script>var a = 1;</script><script type="text/javascript">b()</script>')
    assert len(script_hashes(page)) == 2


@pytest.fixture()
def live(store) -> LiveData:
    return LiveData(store, DashboardData.load(store))


def test_a_pasted_article_over_the_limit_is_refused_before_extraction(live, store):
    before = store.counts()
    text = (CORPUS / "006_interfax_normandy_berlin.txt").read_text()
    long_text = text + " word" * (MAX_ARTICLE_CHARS // 5)
    outcome = handlers.ingest_text(live, long_text)
    message = str(outcome.ingest)
    assert f"{len(long_text):,} characters long" in message and f"up to {MAX_ARTICLE_CHARS:,}" in message
    assert store.counts() == before
    assert handlers.ingest_text(live, text).version != outcome.version  # the same article, short, is stored


def test_an_uploaded_article_over_the_limit_is_named_and_the_others_stored(live, store):
    def upload(data: bytes) -> str:
        return "data:text/plain;base64," + base64.b64encode(data).decode()

    good = (CORPUS / "006_interfax_normandy_berlin.txt").read_bytes()
    long = good + b" word" * (MAX_ARTICLE_CHARS // 5)
    outcome = handlers.ingest_uploads(live, [upload(long), upload(good)], ["long.txt", "berlin.txt"])
    text = str(outcome.ingest)
    assert "long.txt: error: the article is" in text and "1 article" in text
