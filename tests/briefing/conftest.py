"""Fixtures for the briefing tests: the odd tables' brief, the June 2023 Astana brief, files the command wrote."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from .brief_helpers import GENERATED, JUNE_FILTER, odd_tables, run_brief
from tracker.briefing import make_brief
from tracker.briefing.chart import chromium_path
from tracker.briefing.model import Brief, build_brief
from tracker.filters import EventFilter, apply_filter
from tracker.models import Tables
from tracker.store import open_store


@pytest.fixture(scope="session")
def odd() -> Tables:
    """Five events whose text tries to break a document (see brief_helpers.odd_tables)."""
    return odd_tables()


@pytest.fixture(scope="session")
def odd_brief(odd: Tables) -> Brief:
    """The brief of every odd event, marking what changed since 20 June 2023."""
    f = EventFilter()
    return build_brief(odd, apply_filter(odd, f), f, since=dt.date(2023, 6, 20), title="Odd <title> & co",
                       generated_at=GENERATED, data_label="odd fixture")


@pytest.fixture(scope="session")
def june_db(tmp_path_factory, shipped: Tables) -> str:
    """A SQLite store with the shipped chronology, shared by the briefing tests."""
    path = tmp_path_factory.mktemp("briefing") / "tracker.db"
    store = open_store(path)
    store.save(shipped)
    store.close()
    return str(path)


@pytest.fixture(scope="session")
def june_brief(shipped: Tables) -> Brief:
    """The brief of the Astana format in June 2023, as the command builds it."""
    return make_brief(shipped, JUNE_FILTER, since=dt.date(2023, 6, 22), generated_at=GENERATED)


@pytest.fixture(scope="session")
def june_events(shipped: Tables) -> pd.DataFrame:
    """The events `tracker export` gives for the June filters."""
    return apply_filter(shipped, JUNE_FILTER)


@pytest.fixture(scope="session")
def june_files(tmp_path_factory, june_db: str) -> dict[str, bytes]:
    """The June brief written by the command in each format, chart included (one Chromium start per format)."""
    if chromium_path() is None:
        pytest.skip("Chromium is not installed (Kaleido draws the chart with it)")
    folder = tmp_path_factory.mktemp("june-files")
    files = {}
    for fmt in ("md", "html", "docx", "pdf"):
        result = run_brief(june_db, folder / f"brief.{fmt}", "--format", fmt, "--title", "Astana track: June 2023")
        assert result.exit_code == 0, result.output
        files[fmt] = (folder / f"brief.{fmt}").read_bytes()
    return files
