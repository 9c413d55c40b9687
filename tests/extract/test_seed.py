"""The seed article gives the events the issue asks for, and no event on a wrong date."""
from __future__ import annotations

import datetime as dt

from tracker.extract import extract_path, extraction_json


def _events(seed_path, shipped):
    [extraction] = extract_path(seed_path, shipped)
    return extraction_json(extraction)["events"]


def test_statement_of_22_june(seed_path, shipped) -> None:
    [statement] = [e for e in _events(seed_path, shipped) if e["event_type"] == "statement"]
    assert statement["start_date"] == "2023-06-22"
    assert {"Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan"} <= set(statement["actors"])
    assert statement["process"] == "Astana format"
    assert statement["quote"].startswith("If the participants of international meetings on Syria in the Astana format "
                                         "make a collective request")
    assert statement["matches"] == "kaz-statement-2023-06-22"


def test_proposal_of_21_june_by_tumysh(seed_path, shipped) -> None:
    [proposal] = [e for e in _events(seed_path, shipped) if e["event_type"] == "proposal"]
    assert proposal["start_date"] == "2023-06-21"
    assert proposal["speaker"] == "Kanat Tumysh"
    assert {"Kanat Tumysh", "Kazakhstan"} <= set(proposal["actors"])
    assert proposal["process"] == "Astana format"
    assert proposal["quotes"][0]["speaker"] == "Kanat Tumysh"
    assert "we propose that the 20th round of Syria talks be declared the last one" in proposal["quote"]
    assert proposal["matches"] == "kaz-proposal-2023-06-21"


def test_round_20_matches_the_stored_round(seed_path, shipped) -> None:
    rounds = [e for e in _events(seed_path, shipped) if e["event_type"] == "talk_round"]
    assert [(r["round_number"], r["process"], r["matches"]) for r in rounds] == [(20, "Astana format", "astana-20")]
    assert rounds[0]["start_date"] is None  # the article does not date it: no invented day


def test_no_event_on_a_wrong_date(seed_path, shipped) -> None:
    events = _events(seed_path, shipped)
    assert {e["start_date"] for e in events} <= {"2023-06-21", "2023-06-22", None}
    assert len(events) == 3  # the Arab League and Türkiye sentences are context inside a quote


def test_extraction_without_a_store(seed_path) -> None:
    from tracker.models import Tables

    events = _events(seed_path, Tables())
    assert {(e["event_type"], e["start_date"]) for e in events} >= {("statement", "2023-06-22"), ("proposal", "2023-06-21")}
    assert all(e["matches"] is None for e in events)
    assert dt.date.fromisoformat(events[0]["start_date"])
