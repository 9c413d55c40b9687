"""Files of events over the 4 MB request limit (ux27b's defect 7): an editor's upload request, and only that, may carry
up to MAX_UPLOAD_BYTES of files (a 10-20 MB ACLED export is common); anything else, or anyone else, stays at
MAX_BODY_BYTES; a larger drop is refused with the limit named (and, in the page, stopped before it is sent, naming the
file: assets/upload_limit.js holds the same figure). Through a real server (waitress), as test_web.py."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
import requests

from tests.auth.test_web import CALLBACK, save_view_request, signed_in
from tracker.auth.guard import MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_BYTES
from tracker.dashboard import ids

EVENTS = ("event_id,title,event_type,status,start_date,venue,venue_country,sources\n"
          "big-1,Envoys meet in Astana,meeting,held,2024-05-14,Astana,KAZ,Desk Wire | 2024-05-14 |  | https://example.org/1\n")


def _data_url(data: bytes, kind: str = "text/csv") -> str:
    return f"data:{kind};base64," + base64.b64encode(data).decode()


def drop_request(contents: list[str], names: list[str]) -> dict:
    """The body the page posts when files of events are dropped: the events files' panel, fired by the time of the
    drop, the files kept in the page (review/drop.py sorts a drop by type in the page)."""
    outputs = [(ids.REVIEW_IMPORT_RESULT, "children"), (ids.REVIEW_IMPORT_FILES, "data")]
    return {"output": ".." + "...".join(f"{i}.{p}" for i, p in outputs) + "..",
            "outputs": [{"id": i, "property": p} for i, p in outputs],
            "inputs": [{"id": ids.REVIEW_IMPORT_DROPPED, "property": "data", "value": 1716200000}],
            "changedPropIds": [f"{ids.REVIEW_IMPORT_DROPPED}.data"],
            "state": [{"id": ids.REVIEW_IMPORT_FILES, "property": "data",
                       "value": [{"name": n, "contents": c} for c, n in zip(contents, names)]}]}


def _over_4mb() -> dict:
    """An events file and a 5 MB .tsv dropped together (only its content says what a .tsv is: it goes to both sides,
    and here it is no file of events): a request over MAX_BODY_BYTES, cheap to check."""
    article = ("ASTANA, May 14 (Desk Wire) - Envoys met. " * 130_000).encode()[:5 * 1024 * 1024]
    return drop_request([_data_url(EVENTS.encode()), _data_url(article, "text/plain")], ["desk.csv", "wire.tsv"])


def _post(browser, base: str, body: dict) -> requests.Response:
    return browser.post(base + CALLBACK, data=json.dumps(body), headers={"Content-Type": "application/json"})


def test_an_editors_drop_over_4_mb_is_read(server):
    body = _over_4mb()
    assert len(json.dumps(body)) > MAX_BODY_BYTES
    answer = _post(signed_in(server, "eddie"), server, body)
    assert answer.status_code == 200, answer.text[:500]
    assert "1 event would come in (1 new)" in answer.text and "Import 1 event" in answer.text


def test_a_drop_over_4_mb_without_logins_is_read(open_server):
    answer = _post(requests.Session(), open_server, _over_4mb())
    assert answer.status_code == 200 and "1 event would come in (1 new)" in answer.text


def test_a_viewers_drop_and_an_editors_other_request_stay_at_4_mb(server):
    answer = _post(signed_in(server, "vera"), server, _over_4mb())
    assert answer.status_code == 413 and f"at most {MAX_UPLOAD_BYTES // 2**20} MB" in answer.json()["error"]
    body = save_view_request("x" * (MAX_BODY_BYTES + 10))  # not the upload: the 4 MB limit
    answer = _post(signed_in(server, "eddie"), server, body)
    assert answer.status_code == 413 and "at most 4 MB" in answer.json()["error"]
    forged = dict(_over_4mb(), changedPropIds=[f"{ids.REVIEW_IMPORT_DROPPED}.data", f"{ids.VIEW_SAVE}.n_clicks"])
    assert _post(signed_in(server, "eddie"), server, forged).status_code == 413


def test_a_drop_over_the_upload_limit_is_refused_naming_it(server):
    too_big = b"x" * (MAX_UPLOAD_BODY_BYTES + 1)
    answer = signed_in(server, "eddie").post(server + CALLBACK, data=too_big, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert "files of events dropped on the review page by an editor at most 20 MB together" in answer.json()["error"]
    assert "tracker import" in answer.json()["error"]


def test_the_page_stops_a_drop_over_the_same_limit_before_sending_it():
    script = (Path(__file__).parents[2] / "assets" / "upload_limit.js").read_text(encoding="utf-8")
    figure = re.search(r"var MAX_UPLOAD_BYTES = ([\d\s*]+);", script).group(1)
    assert eval(figure) == MAX_UPLOAD_BYTES  # noqa: S307 - a product of integers from our own asset
    assert ids.REVIEW_UPLOAD in script


@pytest.mark.parametrize("changed, large", [([f"{ids.REVIEW_UPLOAD_ARTICLES}.data"], True),
                                            ([f"{ids.REVIEW_IMPORT_DROPPED}.data"], True),
                                            ([f"{ids.REVIEW_IMPORT_PRESSED}.data"], True),
                                            ([f"{ids.REVIEW_UPLOAD}.contents"], False),  # sorted in the page first
                                            ([json.dumps({"index": 0, "type": ids.REVIEW_IMPORT}) + ".n_clicks"], False),
                                            ([f"{ids.REVIEW_SAVE}.n_clicks"], False), ([], False)])
def test_which_callbacks_carry_the_files(changed, large):
    from tracker.auth.guard import UPLOAD_CHANGES
    from tracker.auth.roles import changed_ids

    found = changed_ids({"changedPropIds": changed})
    assert (bool(found) and set(found) <= UPLOAD_CHANGES) is large
