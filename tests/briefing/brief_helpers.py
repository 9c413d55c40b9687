"""Helpers for the briefing tests: skip marks, the June filters, the awkward hand-made tables, the CLI runner.

(Tests import these with `from .brief_helpers import ...`; fixtures live in conftest.py.)
Tests that need Chromium (Kaleido chart images) or poppler (pdftotext, pdftoppm)
are skipped only when the binary is missing; `make test` and CI install both.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tracker.briefing.chart import chromium_path
from tracker.cli import cli
from tracker.filters import EventFilter
from tracker.frames import coerce
from tracker.models import Tables

_no_chromium = pytest.mark.skipif(chromium_path() is None, reason="Chromium is not installed (Kaleido draws the chart with it)")


def requires_chromium(test):
    """Skip `test` when Chromium is missing; run every Chromium test on one xdist worker (they share the rendered files)."""
    return _no_chromium(pytest.mark.xdist_group("briefing-chromium")(test))


requires_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdftoppm", "pdffonts", "pdfimages")),
    reason="poppler-utils (pdftotext, pdftoppm, pdffonts, pdfimages) is not installed")
#: a fixed generation time, as SOURCE_DATE_EPOCH gives the command (2025-01-02 03:04:05 UTC).
GENERATED = dt.datetime(2025, 1, 2, 3, 4, 5)
EPOCH = str(int(GENERATED.replace(tzinfo=dt.timezone.utc).timestamp()))
JUNE = ("--process", "Astana format", "--from", "2023-06-01", "--to", "2023-06-30")
JUNE_FILTER = EventFilter.build(processes=["Astana format"], date_from="2023-06-01", date_to="2023-06-30")
ARABIC = "وزارة الخارجية والمغتربين"
CYRILLIC = "Александр Лаврентьев"
LONG_QUOTE = ("The initial goals, such as de-escalation areas, ceasefire between the conflicting sides and prevention "
              "of a massive humanitarian crisis, have been achieved. ") * 4


def run_brief(db: str, out: Path, *args: str):
    """Run `tracker brief` on the June filters in-process with a fixed generation time; returns the click Result."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"} | {"SOURCE_DATE_EPOCH": EPOCH}
    return CliRunner().invoke(cli, ["brief", "--db", db, *JUNE, "-o", str(out), *args], env=env, catch_exceptions=False)


def _events(rows: list[dict]) -> pd.DataFrame:
    base = {"status": "held", "date_precision": "day", "review_state": "confirmed", "process": "Astana format",
            "created_at": dt.datetime(2023, 1, 1), "updated_at": dt.datetime(2023, 1, 1)}
    return coerce("events", pd.DataFrame([{**base, **row} for row in rows]))


def odd_tables() -> Tables:
    """Five events whose text tries to break a document: markup, formulas, three scripts, a long quote, no URL."""
    events = _events([
        {"event_id": "odd-html", "title": "<script>alert('x')</script> & <b>bold</b> [link](http://evil.example)",
         "event_type": "statement", "start_date": "2023-05-03", "venue": "Astana", "venue_country": "KAZ",
         "summary": "First sentence about U.N. talks. Second sentence. Third sentence is left out."},
        {"event_id": "odd-formula", "title": '=HYPERLINK("http://evil.example","click")', "event_type": "proposal",
         "start_date": "2023-05-20", "venue": "Ankara", "summary": "+SUM(A1:A9) | pipes | *stars* _under_ #hash"},
        {"event_id": "odd-scripts", "title": f"Türkiye, {CYRILLIC} and {ARABIC} meet", "event_type": "talk_round",
         "start_date": "2023-06-20", "end_date": "2023-06-21", "round_number": 20, "venue": "Astana",
         "venue_country": "KAZ", "summary": "Côte d'Ivoire observed.", "created_at": dt.datetime(2023, 6, 25)},
        {"event_id": "odd-month", "title": "Consultations during June", "event_type": "meeting", "start_date": "2023-06-01",
         "end_date": "2023-06-30", "date_precision": "month", "updated_at": dt.datetime(2023, 7, 1)},
        {"event_id": "odd-year", "title": "Talks sometime in 2023", "event_type": "other", "start_date": "2023-01-01",
         "end_date": "2023-12-31", "date_precision": "year", "summary": "Line\x00with\x0bcontrol characters."},
    ])
    actors = coerce("actors", pd.DataFrame([
        {"actor_id": "tur", "name": "Türkiye", "kind": "state"}, {"actor_id": "lav", "name": CYRILLIC, "kind": "official"},
        {"actor_id": "syr-mfa", "name": ARABIC, "kind": "ministry"}, {"actor_id": "kaz", "name": "Kazakhstan", "kind": "state"},
    ]))
    links = coerce("event_actors", pd.DataFrame([
        {"event_id": "odd-scripts", "actor_id": "tur", "role": "guarantor"},
        {"event_id": "odd-scripts", "actor_id": "lav", "role": "speaker"},
        {"event_id": "odd-scripts", "actor_id": "syr-mfa", "role": "participant"},
        {"event_id": "odd-html", "actor_id": "kaz", "role": "speaker"},
        {"event_id": "odd-formula", "actor_id": "tur", "role": "initiator"},
    ]))
    sources = coerce("sources", pd.DataFrame([
        {"source_id": "odd-html:s1", "event_id": "odd-html", "publisher": "<i>Agency</i>", "title": "A & B",
         "url": "https://news.example.org/a?x=1&y=2", "published_at": "2023-05-03"},
        {"source_id": "odd-formula:s1", "event_id": "odd-formula", "publisher": "Anadolu", "title": "", "url": None,
         "published_at": None},
        {"source_id": "odd-scripts:s1", "event_id": "odd-scripts", "publisher": "SANA", "title": ARABIC,
         "url": "https://news.example.org/a?x=1&y=2", "published_at": "2023-06-21"},
        {"source_id": "odd-scripts:s2", "event_id": "odd-scripts", "publisher": "ТАСС", "title": CYRILLIC,
         "url": "https://tass.example/" + "very-long-path-" * 12, "published_at": "2023-06-21"},
        {"source_id": "odd-month:s1", "event_id": "odd-month", "publisher": "Kazinform", "title": "June",
         "url": "https://kazinform.example/june", "published_at": "2023-07-01"},
        {"source_id": "odd-year:s1", "event_id": "odd-year", "publisher": "Kazinform", "title": "Year",
         "url": "https://kazinform.example/year", "published_at": "2023-12-31"},
    ]))
    quotes = coerce("quotes", pd.DataFrame([
        {"quote_id": "odd-html:q1", "event_id": "odd-html", "source_id": "odd-html:s1", "speaker": "Kazakhstan",
         "text": "</blockquote><script>alert(1)</script>"},
        {"quote_id": "odd-scripts:q1", "event_id": "odd-scripts", "source_id": "odd-scripts:s2", "speaker": CYRILLIC,
         "text": LONG_QUOTE},
        {"quote_id": "odd-scripts:q2", "event_id": "odd-scripts", "source_id": "odd-scripts:s1", "speaker": ARABIC,
         "text": "إن سوريا ترحب بنتائج الجولة"},
        {"quote_id": "odd-formula:q1", "event_id": "odd-formula", "source_id": "odd-formula:s1", "speaker": ARABIC,
         "text": "إن سوريا ترحب بنتائج الجولة"},
    ]))
    processes = coerce("processes", pd.DataFrame([{"process_id": "astana", "name": "Astana format"}]))
    return Tables(events=events, actors=actors, event_actors=links, sources=sources, quotes=quotes, processes=processes)
