"""The shipped chronology: valid, sourced, and true to ../shared/reference."""
import csv
import datetime as dt

import pandas as pd
import pytest

from pathlib import Path
from tracker.importer import parse_events_file, read_reference_tables

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"


def test_shipped_files_validate_without_problems():
    reference, problems = read_reference_tables(DATA)
    assert problems == []
    _, problems = parse_events_file(DATA / "events.csv", reference)
    assert [str(p) for p in problems] == []


def test_template_validates_and_has_one_example_row(shipped):
    tables, problems = parse_events_file(DATA / "template.csv", shipped)
    assert [p for p in problems if p.severity == "error"] == []
    assert len(tables.events) == 1


def test_at_least_80_events_each_with_a_source(shipped):
    assert len(shipped.events) >= 80
    sourced = set(shipped.sources["event_id"])
    assert set(shipped.events["event_id"]) <= sourced


def test_every_source_url_is_http_or_empty(shipped):
    urls = shipped.sources["url"].dropna()
    assert urls.str.match(r"^https?://").all()


def test_sample_article_is_the_seed():
    seeds = list((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds not present")
    assert (DATA / "sample_article.txt").read_bytes() == seeds[0].read_bytes()


def reference_rows(name):
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_astana_round_matches_the_reference(shipped):
    rounds = reference_rows("astana_rounds.csv")
    events = shipped.events
    astana = events[(events["process"] == "Astana format") & (events["event_type"] == "talk_round")]
    assert sorted(astana["round_number"].astype(int)) == sorted(int(r["round"]) for r in rounds)
    by_round = astana.set_index(astana["round_number"].astype(int))
    for row in rounds:
        event = by_round.loc[int(row["round"])]
        assert event["start_date"].date() == dt.date.fromisoformat(row["start_date"]), row["round"]
        assert event["end_date"].date() == dt.date.fromisoformat(row["end_date"]), row["round"]
        assert event["venue"] == row["city"], row["round"]
        assert event["status"] == "held"


def test_astana_rounds_have_the_guarantors_in_their_role(shipped):
    links = shipped.event_actors
    rounds = shipped.events[(shipped.events["process"] == "Astana format") & (shipped.events["event_type"] == "talk_round")]
    for event_id in rounds["event_id"]:
        guarantors = set(links[(links["event_id"] == event_id) & (links["role"] == "guarantor")]["actor_id"])
        names = set(shipped.actors.set_index("actor_id").loc[list(guarantors), "name"])
        assert names == {"Russia", "Iran", "Türkiye"}, event_id


def test_geneva_and_committee_dates_match_the_reference(shipped):
    rows = reference_rows("geneva_syria.csv")
    events = shipped.events
    starts = set(zip(events["start_date"].dt.date, events["end_date"].fillna(events["start_date"]).dt.date))
    for row in rows:
        span = (dt.date.fromisoformat(row["start_date"]), dt.date.fromisoformat(row["end_date"]))
        assert span in starts, row["label"]


def test_milestones_are_shipped_on_their_dates(shipped):
    days = set(shipped.events["start_date"].dt.date)
    for row in reference_rows("milestones.csv"):
        assert dt.date.fromisoformat(row["date"]) in days, row["event"]


def test_seed_events_are_linked_to_round_20(shipped):
    links = shipped.event_links
    assert ((links["from_event_id"] == "kaz-proposal-2023-06-21") & (links["to_event_id"] == "astana-20")).any()
    assert ((links["from_event_id"] == "kaz-statement-2023-06-22") & (links["to_event_id"] == "astana-20")).any()
    quotes = shipped.quotes[shipped.quotes["event_id"] == "kaz-statement-2023-06-22"]["text"]
    assert quotes.str.startswith("If the participants of international meetings on Syria in the Astana format make a collective request").any()


def test_venue_names_follow_the_capital_renames(shipped):
    events = shipped.events[shipped.events["venue"].isin(["Astana", "Nur-Sultan"])]
    renamed = events["start_date"].between(pd.Timestamp("2019-03-20"), pd.Timestamp("2022-09-16"))
    assert (events.loc[renamed, "venue"] == "Nur-Sultan").all()
    assert (events.loc[~renamed, "venue"] == "Astana").all()
