"""Confirming an announced event whose days have passed says so (ux23's defect 11): a wire of March 2024 announcing a
round for 18-19 March, reviewed in December 2026, gave a confirmed round still "scheduled", drawn as a plan."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from tracker.extract.review import past_plan
from tracker.frames import coerce
from tracker.models import Tables

WIRE = ("ALMATY, March 4, 2024 (Interfax) - The next round of the Astana format talks on Syria will be held in Astana "
        "on March 18-19, Kazakhstan's Foreign Ministry said on Monday.\n")


def _tables(status: str, start: str, end: str | None) -> Tables:
    stamp = pd.Timestamp("2024-03-04")
    return Tables(events=coerce("events", pd.DataFrame([{
        "event_id": "r-1", "title": "Round", "event_type": "talk_round", "status": status, "review_state": "candidate",
        "start_date": pd.Timestamp(start), "end_date": pd.Timestamp(end) if end else pd.NaT,
        "created_at": stamp, "updated_at": stamp}])))


def test_a_plan_whose_last_day_has_passed_is_named_and_one_still_ahead_or_held_is_not():
    said = past_plan(_tables("scheduled", "2024-03-18", "2024-03-19"), "r-1", dt.date(2026, 12, 7))
    assert said == ("Its status is still “scheduled”, though its last day, 19 Mar 2024, has passed: if it took place, "
                    "set its status to “held” (or “postponed”, “cancelled”).")
    assert "“announced”" in past_plan(_tables("announced", "2024-03-18", None), "r-1", dt.date(2024, 3, 19))
    assert past_plan(_tables("scheduled", "2024-03-18", "2024-03-19"), "r-1", dt.date(2024, 3, 19)) is None  # its day
    assert past_plan(_tables("held", "2024-03-18", "2024-03-19"), "r-1", dt.date(2026, 12, 7)) is None
    assert past_plan(_tables("postponed", "2024-03-18", None), "r-1", dt.date(2026, 12, 7)) is None


def test_tracker_review_accept_says_the_plan_is_past(run_cli, empty_store, tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    assert run_cli("ingest", wire, "--db", empty_store.location).exit_code == 0
    events = empty_store.load().events
    round_id = events.loc[events["event_type"] == "talk_round", "event_id"].iloc[0]
    assert str(events.loc[events["event_id"] == round_id, "status"].iloc[0]) == "scheduled"
    result = run_cli("review", "accept", round_id, "--db", empty_store.location)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Accepted {round_id}. Its status is still “scheduled”, though its last day, "
                                    "19 Mar 2024, has passed"), result.stdout
