"""Seconds per press of "Add an event from this article" before and after the writes an analyst makes on the Review
page (a Save, an Accept, a Reject, a write that adds an actor), on a copy of a store: what the lexicon cache saves.

    python -m tracker.dashboard.editor.add_from_bench var/tracker.db

A measurement to read, not a test: the figures depend on the machine and its load (docs/dashboard.md).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor import handlers
from tracker.dashboard.editor.from_article import warm
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers as review
from tracker.extract import extract_articles
from tracker.extract.article import parse_text
from tracker.extract.ingest import plan_ingest
from tracker.store import open_store

WIRE = """GENEVA, Nov 20 2025 (AFP) - The UN special envoy for Syria, Geir Pedersen, said on Thursday that the Constitutional Committee would hold its ninth round in Geneva on 15 December.

On Tuesday, Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Ankara to prepare the next Astana-format meeting, diplomats said.

The two ministers also discussed the return of refugees, according to a statement from the Turkish foreign ministry.
"""
SELECTION = ("The two ministers also discussed the return of refugees, according to a statement from the Turkish foreign "
             "ministry.")


def run(source: str, out=print) -> None:
    """Time the presses on a copy of the store at `source`, printing one line each."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        shutil.copy(source, db)
        store = open_store(db)
        known = store.load()
        tables, report = plan_ingest(extract_articles([parse_text(WIRE, "wire")], known), known)
        store.save_ingest(tables, report.suggestions, report.texts)
        candidates = [str(e) for e in tables.events["event_id"]]
        live = LiveData(store, DashboardData.load(store))
        request = {"article": f"source:{candidates[0]}", "selection": SELECTION}

        def press(label: str) -> handlers.Outcome:
            start = time.perf_counter()
            outcome = handlers.act(live, ids.REVIEW_ADD_FROM, request, None, {}, "")
            out(f"{label:<62} {time.perf_counter() - start:6.2f} s")
            return outcome

        press("first press in this process (imports extraction, builds)")
        opened = press("second press, same data")
        form = handlers.form_from_inputs(opened.scalars, {})
        form.update(title="Fidan and Araghchi discuss refugees", event_type="meeting", status="held",
                    actors=[{"name": "Türkiye", "role": "participant"}],
                    sources=[{"publisher": "AFP", "published": "2025-11-20", "title": "", "url": ""}], quotes=[],
                    links=[])
        handlers.save(live, opened.opened, form, "")
        press("after the event form's Save of a new event")
        review.accept(live, candidates[1], {}, "")
        press("after a review Accept (its candidate actors confirmed)")
        review.reject(live, candidates[2])
        press("after a review Reject")
        live.write(lambda _data, s: [s.create_event({
            "event_id": "bench-new-actor", "title": "Bench", "event_type": "meeting", "status": "held",
            "start_date": "2025-11-18", "actors": "Ana Vela [participant]", "sources": "AFP | 2025-11-20 | | "}).event_id])
        press("after a write that adds an actor, the page not shown")
        live.write(lambda _data, s: [s.create_event({
            "event_id": "bench-new-actor-2", "title": "Bench 2", "event_type": "meeting", "status": "held",
            "start_date": "2025-11-18", "actors": "Ben Vela [participant]", "sources": "AFP | 2025-11-20 | | "}).event_id])
        warm(live.data)  # what the Review page does as its list redraws after the write
        time.sleep(3)  # the analyst reading the next candidate
        press("after a write that adds an actor, the page shown (3 s later)")
        store.close()


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "var/tracker.db")
