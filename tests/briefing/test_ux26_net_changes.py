"""ux25b's findings 8 and 9: a brief with `--since` marked CHANGED an event whose changes since then net to nothing
(edited, then undone) while its "What changed since" said "no net change"; and it listed an event created in the
period, then edited, as "Created ... (<its last change's time>, root, ed)" instead of its creation's time and author."""
from __future__ import annotations

import time

import pytest

from tracker.api import Tracker
from tracker.filters import EventFilter
from tracker.store.history import now_utc

ASTANA = EventFilter.build(processes=("Astana format",))


@pytest.fixture()
def t(empty_store, mini):
    empty_store.save(mini)
    tracker = Tracker(empty_store)
    tracker.since = now_utc()
    while now_utc().replace(microsecond=0) <= tracker.since:  # stamps keep whole seconds: change in the next one
        time.sleep(0.05)
    return tracker


def _marks(brief) -> dict[str, str]:
    return {entry.event_id: entry.change for month in brief.months for entry in month.entries if entry.change}


def test_an_event_edited_and_undone_since_is_not_marked_changed_in_any_format(t):
    for change in ({"title": "Briefly renamed"}, {"summary": "For a moment."}):  # two edits, each undone
        t.edit("stmt", user="ed", **change)
        t.undo("stmt", user="ed")
    t.edit("r20", summary="Really changed.", user="ed")
    brief, _ = t.briefing(ASTANA, changed_since=t.since, changes_since=t.since)
    assert _marks(brief) == {"r20": "changed"}
    assert "1 event (0 new, 1 changed)" in " ".join(brief.key_points), brief.key_points
    assert {line.event_id: line.kind for line in brief.changes} == {"r20": "edited", "stmt": "changed back"}
    for fmt, mark in (("md", "**CHANGED**"), ("html", '<span class="change">CHANGED</span>')):
        text = t.brief(fmt, chart=False, changed_since=t.since, changes_since=t.since, process="Astana format").decode()
        assert text.count(mark) == 1, (fmt, text)


def test_an_event_deleted_and_restored_since_is_not_marked(t):
    t.delete("stmt", user="dave")
    t.undo("stmt", user="dave")
    brief, _ = t.briefing(ASTANA, changed_since=t.since)
    assert _marks(brief) == {}


def test_an_event_created_then_edited_is_listed_with_its_creations_time_and_author(t):
    created = t.create({"event_id": "new-1", "title": "A new meeting", "event_type": "meeting", "status": "held",
                        "start_date": "2023-06-23", "process": "Astana format",
                        "sources": "TASS | 2023-06-23 | Meeting | https://tass.com/m"}, user="root")
    time.sleep(1.1)
    edited = t.edit("new-1", summary="Later.", user="ed")
    brief, _ = t.briefing(ASTANA, changed_since=t.since, changes_since=t.since)
    line = next(line for line in brief.changes if line.event_id == "new-1")
    assert (line.kind, line.users, line.when) == ("created", "root", created.changed_at)
    assert line.when != edited.changed_at and _marks(brief)["new-1"] == "new"
