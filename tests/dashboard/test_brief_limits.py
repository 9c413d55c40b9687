"""Briefs from the page: bounded in size (ask to narrow the filter, with the count), made off the request threads,
a bounded number at once, and streamed."""
from __future__ import annotations

import threading

import pytest

from tracker.dashboard import brief
from tracker.dashboard.app import create_app
from tracker.dashboard.data import DashboardData


@pytest.fixture()
def client(store):
    return create_app(store).server.test_client()


def test_a_brief_of_more_events_than_the_limit_asks_to_narrow_the_filter_with_the_count(client, monkeypatch):
    monkeypatch.setattr(brief, "BRIEF_EVENT_LIMIT", 50)
    answer = client.get("/download/brief.html")
    assert answer.status_code == 422 and answer.mimetype == "text/plain"
    text = answer.data.decode()
    assert "would hold 96 events" in text and "at most 50" in text and "Narrow the filter" in text
    assert client.get("/download/brief.md?actor=Kazakhstan").status_code == 200  # 29 events


def test_the_briefing_link_opens_the_answer_instead_of_downloading_it_above_the_limit(store, monkeypatch):
    data = DashboardData.load(store)
    assert brief.brief_download_name(data, "", "docx") is not None
    monkeypatch.setattr(brief, "BRIEF_EVENT_LIMIT", 50)
    assert brief.brief_download_name(data, "", "docx") is None  # no `download`: the link shows the count
    assert brief.brief_download_name(data, "?actor=Kazakhstan", "docx").endswith(".docx")


def test_a_brief_is_made_off_the_request_thread_and_streamed(client, monkeypatch):
    made_on = []
    real = brief.brief_bytes

    def spy(*args, **kwargs):
        made_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(brief, "brief_bytes", spy)
    answer = client.get("/download/brief.md?actor=Kazakhstan")
    assert answer.status_code == 200 and answer.is_streamed
    assert int(answer.headers["Content-Length"]) == len(answer.data) and answer.data.startswith(b"# Briefing")
    assert made_on and made_on[0].startswith("brief") and made_on[0] != threading.current_thread().name


def test_when_every_brief_slot_is_taken_the_answer_is_busy_not_a_queue(client, monkeypatch):
    slots = threading.BoundedSemaphore(1)
    slots.acquire()
    monkeypatch.setattr(brief, "_SLOTS", slots)
    answer = client.get("/download/brief.md")
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "30"
    assert "try again" in answer.data.decode()
