"""The brief as data: same events as the export, citations numbered once, key points counted from the data."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tracker.briefing.model import build_brief, data_label, first_sentences
from tracker.dates import format_span
from tracker.filters import EventFilter, apply_filter

from .brief_helpers import ARABIC, CYRILLIC, GENERATED, LONG_QUOTE


def test_june_brief_has_exactly_the_filtered_events_in_order(june_brief, june_events):
    assert [e.event_id for e in june_brief.entries] == list(june_events["event_id"])
    assert {"astana-20", "kaz-proposal-2023-06-21", "kaz-statement-2023-06-22"} <= {e.event_id for e in june_brief.entries}
    assert [m.label for m in june_brief.months] == ["June 2023"]


def test_june_brief_header(june_brief):
    assert june_brief.title == "Briefing: Astana format"
    assert june_brief.period == "1-30 Jun 2023"
    assert june_brief.filter_text == "Astana format; 1 June to 30 June 2023"
    assert june_brief.generated_text.startswith("Generated 2 Jan 2025 03:04 UTC")


def test_entries_carry_dates_as_analysts_write_them(june_brief, june_events):
    for entry, row in zip(june_brief.entries, june_events.itertuples()):
        end = None if pd.isna(row.end_date) else row.end_date.date()
        assert entry.date_text == format_span(row.start_date.date(), end, row.date_precision)
    assert next(e for e in june_brief.entries if e.event_id == "astana-20").date_text == "20-21 Jun 2023"


def test_proposal_and_statement_carry_their_quotes_and_sources(june_brief, shipped):
    by_id = {e.event_id: e for e in june_brief.entries}
    proposal, statement = by_id["kaz-proposal-2023-06-21"], by_id["kaz-statement-2023-06-22"]
    assert proposal.quote.speaker == "Kanat Tumysh"
    assert "we propose that the 20th round of Syria talks be declared the last one" in proposal.quote.text
    assert statement.quote.speaker == "Ministry of Foreign Affairs of Kazakhstan"
    assert statement.quote.text.startswith("If the participants of international meetings on Syria")
    numbers = {c.number: c for c in june_brief.citations}
    assert numbers[statement.quote.citation].publisher == "Interfax"
    for entry in (proposal, statement):
        urls = {u for u in shipped.sources.loc[shipped.sources["event_id"] == entry.event_id, "url"].dropna()}
        assert urls <= {numbers[n].url for n in entry.citations}
        assert entry.quote.citation in entry.citations


def test_citations_are_numbered_once_in_order_of_first_use(june_brief):
    assert [c.number for c in june_brief.citations] == list(range(1, len(june_brief.citations) + 1))
    first_use = []
    for entry in june_brief.entries:
        first_use += [n for n in entry.citations if n not in first_use]
    assert first_use == [c.number for c in june_brief.citations]
    urls = [c.url for c in june_brief.citations if c.url]
    assert len(urls) == len(set(urls)), "a source shared by two events keeps one number"


def test_key_points_count_types_actors_venues_and_rounds(june_brief, june_events):
    points = june_brief.key_points
    assert points[0].startswith(f"{len(june_events)} events: ")
    statements = int((june_events["event_type"] == "statement").sum())
    assert f"{statements} statement" in points[0]
    assert any(p.startswith("Most active actors: ") for p in points)
    assert any(p.startswith("Venues: Astana (") for p in points)
    assert "Rounds held (1): Astana format round 20 (20-21 Jun 2023, Astana; id astana-20)." in points


def test_since_marks_new_and_changed_events(odd_brief):
    by_id = {e.event_id: e for e in odd_brief.entries}
    assert by_id["odd-scripts"].change == "new"
    assert by_id["odd-month"].change == "changed"
    assert by_id["odd-html"].change == ""
    point = next(p for p in odd_brief.key_points if p.startswith("New or changed since 20 Jun 2023"))
    assert "2 events (1 new, 1 changed)" in point and "id odd-scripts" in point and "id odd-month" in point


def test_since_a_time_of_day_marks_what_changed_after_it(odd):
    """"Since this morning's brief": an event created at midnight is not new after 09:00 (+03:00 is 06:00 UTC)."""
    f = EventFilter()
    zone = dt.timezone(dt.timedelta(hours=3))
    brief = build_brief(odd, apply_filter(odd, f), f, since=dt.datetime(2023, 6, 25, 9, 0, tzinfo=zone),
                        generated_at=GENERATED)
    by_id = {e.event_id: e for e in brief.entries}
    assert (by_id["odd-scripts"].change, by_id["odd-month"].change) == ("", "changed")
    assert brief.since_label == "25 Jun 2023 06:00 UTC"
    assert "New or changed since 25 Jun 2023 06:00 UTC: 1 event (0 new, 1 changed)" in " ".join(brief.key_points)
    midnight = build_brief(odd, apply_filter(odd, f), f, since=dt.datetime(2023, 6, 25), generated_at=GENERATED)
    assert midnight.since_label == "25 Jun 2023" and {e.event_id: e for e in midnight.entries}["odd-scripts"].change == "new"


def test_no_since_no_marks(june_events, shipped):
    brief = build_brief(shipped, june_events, EventFilter(), generated_at=GENERATED)
    assert all(e.change == "" for e in brief.entries)
    assert not any(p.startswith("New or changed") for p in brief.key_points)


def test_text_is_kept_as_the_data_says_it(odd_brief):
    by_id = {e.event_id: e for e in odd_brief.entries}
    scripts = by_id["odd-scripts"]
    assert scripts.title == f"Türkiye, {CYRILLIC} and {ARABIC} meet"
    assert scripts.actors == (("Türkiye", "guarantor"), (CYRILLIC, "speaker"), (ARABIC, "participant"))
    assert scripts.quote.text == LONG_QUOTE.strip() and scripts.quote.speaker == CYRILLIC, "the first quote is the key quote"
    assert by_id["odd-html"].summary == "First sentence about U.N. talks. Second sentence. …"
    assert by_id["odd-year"].summary == "Line with control characters."
    assert by_id["odd-formula"].quote.citation in by_id["odd-formula"].citations


def test_month_and_year_precision_group_and_read_right(odd_brief):
    assert [m.label for m in odd_brief.months] == ["2023 (month not known)", "May 2023", "June 2023"]
    by_id = {e.event_id: e for e in odd_brief.entries}
    assert by_id["odd-month"].date_text == "Jun 2023" and by_id["odd-year"].date_text == "2023"


def test_empty_brief(shipped):
    f = EventFilter.build(processes=["Astana format"], date_from="1990-01-01", date_to="1990-12-31")
    brief = build_brief(shipped, apply_filter(shipped, f), f, generated_at=GENERATED)
    assert brief.entries == [] and brief.citations == ()
    assert brief.key_points == ("No events match the filters.",)
    assert brief.period == "1 Jan-31 Dec 1990"


@pytest.mark.parametrize("text, expected", [
    ("One. Two. Three.", "One. Two. …"),
    ("Talks in the U.S. ended. Next round in May.", "Talks in the U.S. ended. Next round in May."),
    ("Mr. Lavrentyev spoke. Then Jan. 24 came. Later more.", "Mr. Lavrentyev spoke. Then Jan. 24 came. …"),
    ("", ""),
])
def test_first_sentences(text, expected):
    assert first_sentences(text) == expected


def test_data_label_hides_paths_and_passwords(shipped):
    assert data_label("/home/analyst/secret/var/tracker.db", shipped).startswith(f"tracker.db ({len(shipped.events)} events")
    label = data_label("postgresql://user:hunter2@db.example:5432/tracker", shipped)
    assert label.startswith("postgresql://db.example/tracker (") and "hunter2" not in label and "user" not in label


def test_generated_at_follows_source_date_epoch(monkeypatch, june_events, shipped):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert build_brief(shipped, june_events, EventFilter()).generated_at == dt.datetime(1970, 1, 2)


def test_unconfirmed_events_say_so(odd):
    events = odd.events.assign(review_state=odd.events["review_state"].where(odd.events["event_id"] != "odd-html", "candidate"))
    tables = odd.replace(events=events)
    f = EventFilter.build(states=["any"])
    entries = {e.event_id: e for e in build_brief(tables, apply_filter(tables, f), f, generated_at=GENERATED).entries}
    assert entries["odd-html"].context_text.endswith("review: candidate, not confirmed")
    assert "review" not in entries["odd-month"].context_text


def test_the_briefing_imports_nothing_from_the_shell():
    """The briefing is core: no Dash, click, database driver, store, CLI or dashboard import (as tests/test_architecture.py)."""
    import ast
    from pathlib import Path

    import tracker.briefing

    forbidden = ("dash", "click", "sqlite3", "psycopg", "flask", "tracker.cli", "tracker.dashboard", "tracker.store")
    for path in Path(tracker.briefing.__file__).parent.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
        assert not {n for n in imported if n.split(".")[0] in forbidden or n.startswith(forbidden)}, path.name



def test_an_actor_with_two_roles_is_named_once_with_both():
    """QA13: "Actors: Russia (host), Russia (guarantor), Türkiye (guarantor)" named Russia twice; one name, its roles
    in the order given, reads as an analyst writes it."""
    from tracker.briefing.model import Entry

    day = dt.date(2024, 1, 1)
    entry = Entry(event_id="e", start=day, end=None, date_text="1 Jan 2024", event_type="talk_round",
                  type_label="Talk round", title="t", status="held", process="", round_number=None, venue="",
                  venue_country="", actors=(("Russia", "host"), ("Türkiye", "guarantor"), ("Russia", "guarantor"),
                                            ("Iran", "guarantor")), summary="", quote=None, citations=())
    assert entry.actors_text == "Russia (host, guarantor), Türkiye (guarantor), Iran (guarantor)"


@pytest.mark.parametrize("fields, title", [
    ({"processes": ("Astana format",), "actors": ("Kazakhstan",)}, "Briefing: Astana format"),
    ({"actors": ("Alexander Lavrentyev",), "types": ("statement",)}, "Briefing: Alexander Lavrentyev"),
    ({"venues": ("Geneva", "Astana")}, "Briefing: Geneva, Astana"),
    ({"types": ("statement",), "text": "ceasefire"}, "Briefing"),
])
def test_a_brief_is_titled_by_what_it_is_about(fields, title):
    # ux25b: a brief of one actor's statements was titled just "Briefing"
    from tracker.briefing.model import default_title

    assert default_title(EventFilter(**fields)) == title
