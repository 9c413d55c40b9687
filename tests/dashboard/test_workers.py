"""`tracker serve --workers 2` as a real gunicorn server: an edit made through one worker's review callback shows
in the other's answers, and a worker killed (SIGKILL) while edits stream in loses no acknowledged edit."""
from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from tracker.dashboard import ids
from tracker.dashboard.bench import free_port
from tracker.dashboard.load import Callbacks, form_values
from tracker.store import open_store

from tests.conftest import BACKENDS, open_backend
from tests.dashboard.test_live import new_event

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = [f"x-worker-{i}" for i in range(4)]


@pytest.fixture(params=BACKENDS)
def served(request, tmp_path, shipped, monkeypatch):
    """A store of each engine with a few candidates, served by `tracker serve --workers 2`; (store, base URL, server)."""
    monkeypatch.setenv("TRACKER_CACHE", str(tmp_path / "cache"))
    store = open_backend(request.param, tmp_path)
    store.save(shipped)
    for event_id in CANDIDATES:
        store.save(new_event(event_id))
    port = free_port()  # not a fixed one: the same tests may run in another checkout at the same time
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_CACHE": str(tmp_path / "cache")}
    server = subprocess.Popen([sys.executable, "-m", "tracker", "serve", "--db", store.reopen_location(), "--port",
                               str(port), "--workers", "2", "--threads", "4"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(600):
            try:
                if len(workers(server)) == 2 and urllib.request.urlopen(base, timeout=5).status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                pytest.fail(f"the server ended: {server.stdout.read()}")
            time.sleep(0.1)
        yield store, base, server
    finally:
        pool = workers(server)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        # A worker that outlived a killed master would keep its PostgreSQL connection, and a read it left open holds
        # the locks the next test's reset waits on.
        for child in psutil.wait_procs([p for p in map(_process, pool) if p], timeout=10)[1]:
            child.kill()
        store.close()


def _process(pid: int) -> psutil.Process | None:
    try:
        return psutil.Process(pid)
    except psutil.NoSuchProcess:
        return None


def workers(server: subprocess.Popen) -> list[int]:
    """Process ids of the server's gunicorn workers."""
    try:
        return [child.pid for child in psutil.Process(server.pid).children()]
    except psutil.NoSuchProcess:
        return []


def edit(calls: Callbacks, event_id: str, summary: str) -> tuple[bool, str]:
    """The review page's Save of `event_id` with a new summary; (saved, the worker that answered)."""
    selected = {f"{ids.REVIEW_SELECTED}.data": event_id, f"{ids.DATA_VERSION}.data": 0}
    form = calls.post(calls.body(f"{ids.REVIEW_FORM}.hidden", selected, [f"{ids.REVIEW_SELECTED}.data"]))
    values = {**selected, **form_values(form), f"{ids.REVIEW_SAVE}.n_clicks": 1,
              f"{ids.REVIEW_FIELDS['summary']}.value": summary}
    request = urllib.request.Request(calls.base + "_dash-update-component", headers={"Content-Type": "application/json"},
                                     data=calls.body(f"{ids.REVIEW_MESSAGE}.children", values,
                                                     [f"{ids.REVIEW_SAVE}.n_clicks"]))
    with urllib.request.urlopen(request, timeout=30) as answer:
        return b"Saved" in answer.read(), answer.headers["X-Tracker-Worker"]


def download(base: str, word: str) -> tuple[bytes, str]:
    """The page's CSV download of the events whose text holds `word`, and the worker that answered."""
    with urllib.request.urlopen(f"{base}download/events.csv?state=any&q={word}", timeout=30) as answer:
        return answer.read(), answer.headers["X-Tracker-Worker"]


def test_an_edit_through_one_worker_shows_in_every_worker(served):
    store, base, server = served
    calls = Callbacks(base)
    saved, writer = edit(calls, CANDIDATES[0], "zebrafinch summary")
    assert saved
    edited_at = time.monotonic()
    seen: dict[str, float] = {}
    pool = workers(server)
    while set(seen) != {str(p) for p in pool} and time.monotonic() - edited_at < 30:
        answers: list = []
        threads = [threading.Thread(target=lambda: answers.append(download(base, "zebrafinch"))) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for body, worker in answers:
            if b"zebrafinch summary" in body and CANDIDATES[0].encode() in body:
                seen.setdefault(worker, time.monotonic() - edited_at)
    assert set(seen) == {str(p) for p in pool}, f"workers that showed the edit: {seen}, writer {writer}, all {pool}"
    print(f"edit by worker {writer} seen by each worker after (s): {seen}")


def test_a_worker_killed_while_edits_stream_in_loses_nothing(served):
    store, base, server = served
    calls = Callbacks(base)
    acknowledged: dict[str, str] = {}
    tried: dict[str, set[str]] = {event_id: set() for event_id in CANDIDATES}
    stop = threading.Event()

    def analyst(event_id: str) -> None:
        number = 0
        while not stop.is_set():
            number += 1
            summary = f"kill test {event_id} {number}"
            tried[event_id].add(summary)
            try:
                saved, _ = edit(calls, event_id, summary)
            except (OSError, http.client.HTTPException):  # the worker died under this request (before or while
                continue  # answering: a cut-off body is an IncompleteRead): the edit may or may not have landed
            if saved:
                acknowledged[event_id] = summary

    threads = [threading.Thread(target=analyst, args=(event_id,)) for event_id in CANDIDATES]
    for thread in threads:
        thread.start()
    killed = 0
    try:
        for _ in range(6):
            time.sleep(1.5)
            pool = workers(server)
            if pool:
                os.kill(pool[killed % len(pool)], signal.SIGKILL)
                killed += 1
    finally:
        time.sleep(2)
        stop.set()
        for thread in threads:
            thread.join(60)
    assert killed == 6 and acknowledged, "no edit was acknowledged"
    check = open_store(store.reopen_location())
    events = check.rows_where("events", "event_id", CANDIDATES).set_index("event_id")
    for event_id, summary in acknowledged.items():
        # the last acknowledged edit is there, or one sent after it (answered or cut off by a kill), never a partial row
        stored = events.loc[event_id, "summary"]
        assert stored in tried[event_id] and int(stored.rsplit(" ", 1)[1]) >= int(summary.rsplit(" ", 1)[1])
    if type(check).__name__ == "SQLiteStore":
        assert check.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.counts()["events"] == store.counts()["events"]
    check.close()
    assert urllib.request.urlopen(base, timeout=30).status == 200  # gunicorn started new workers
    assert len(workers(server)) == 2
