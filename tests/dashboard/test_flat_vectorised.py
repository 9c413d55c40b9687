"""The column-at-a-time `tables_to_rows` gives exactly what the row-by-row version gave."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from tracker.flat import FLAT_COLUMNS, _day, _stamp, _text, tables_to_rows
from tracker.frames import coerce
from tracker.models import Tables
from tracker.synthetic import synthetic_tables


def reference_rows(tables: Tables, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """The original row-by-row flattening, kept as the reference."""
    events = tables.events if events is None else events
    ids = set(events["event_id"])
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors_by_event: dict[str, list[str]] = {}
    for row in tables.event_actors[tables.event_actors["event_id"].isin(ids)].itertuples(index=False):
        actors_by_event.setdefault(row.event_id, []).append(f"{names.get(row.actor_id, row.actor_id)} [{row.role}]")
    sources_by_event: dict[str, list[str]] = {}
    source_number: dict[str, int] = {}
    for row in tables.sources[tables.sources["event_id"].isin(ids)].itertuples(index=False):
        lines = sources_by_event.setdefault(row.event_id, [])
        lines.append(" | ".join([_text(row.publisher), _stamp(row.published_at), _text(row.title).replace("\n", " "), _text(row.url)]))
        source_number[row.source_id] = len(lines)
    quotes_by_event: dict[str, list[str]] = {}
    for row in tables.quotes[tables.quotes["event_id"].isin(ids)].itertuples(index=False):
        n = source_number.get(row.source_id, 1)
        text = re.sub(r"\n(\s*\[\d+\])", r" \1", _text(row.text).replace("\r\n", "\n").replace("\r", "\n"))
        quotes_by_event.setdefault(row.event_id, []).append(f'[{n}] {_text(row.speaker)}: "{text}"')
    links_by_event: dict[str, list[str]] = {}
    for row in tables.event_links[tables.event_links["from_event_id"].isin(ids)].itertuples(index=False):
        links_by_event.setdefault(row.from_event_id, []).append(f"{row.link_type} {row.to_event_id}")
    out = []
    for row in events.itertuples(index=False):
        record = {c: _text(getattr(row, c)) for c in FLAT_COLUMNS if hasattr(row, c)}
        record.update({
            "start_date": _day(row.start_date), "end_date": _day(row.end_date),
            "round_number": "" if pd.isna(row.round_number) else str(int(row.round_number)),
            "actors": "; ".join(actors_by_event.get(row.event_id, [])),
            "sources": "\n".join(sources_by_event.get(row.event_id, [])),
            "quotes": "\n".join(quotes_by_event.get(row.event_id, [])),
            "links": "; ".join(links_by_event.get(row.event_id, [])),
            "created_at": _stamp(row.created_at), "updated_at": _stamp(row.updated_at),
        })
        if "confidence" in FLAT_COLUMNS:
            record["confidence"] = "" if pd.isna(row.confidence) else f"{float(row.confidence):g}"
        out.append(record)
    return pd.DataFrame(out, columns=list(FLAT_COLUMNS))


def _same(tables: Tables, events: pd.DataFrame | None = None) -> None:
    got = tables_to_rows(tables, events)
    want = reference_rows(tables, events)
    assert_frame_equal(got.astype(object), want.astype(object).fillna(""), check_dtype=False)


def test_same_rows_on_the_shipped_data(shipped):
    _same(shipped)


def test_same_rows_on_a_subset_in_another_order(shipped):
    _same(shipped, shipped.events.iloc[::-3])


def test_same_rows_on_synthetic_data():
    _same(synthetic_tables(3_000, seed=3))


def test_awkward_cells_flatten_alike():
    stamp = pd.Timestamp("2024-01-02T10:30")
    tables = Tables(
        events=coerce("events", pd.DataFrame([
            {"event_id": "a", "title": "=cmd|' /C calc'!A0", "event_type": "other", "status": "held",
             "start_date": "2024-01-01", "date_precision": "day", "review_state": "confirmed", "round_number": 3,
             "created_at": stamp, "updated_at": "2024-01-02"},
            {"event_id": "b", "title": "Côte d'Ivoire, \"quoted\"", "event_type": "call", "status": "held",
             "start_date": "2024-01-05", "end_date": "2024-01-07", "date_precision": "month",
             "review_state": "candidate", "created_at": stamp, "updated_at": stamp}])),
        actors=coerce("actors", pd.DataFrame([{"actor_id": "x", "name": "X state", "kind": "state"}])),
        event_actors=coerce("event_actors", pd.DataFrame([
            {"event_id": "a", "actor_id": "x", "role": "host"}, {"event_id": "a", "actor_id": "ghost", "role": "target"},
            {"event_id": "zzz", "actor_id": "x", "role": "host"}])),
        sources=coerce("sources", pd.DataFrame([
            {"source_id": "a:s1", "event_id": "a", "publisher": "P", "title": "two\nlines", "url": "https://e.org/1",
             "published_at": stamp},
            {"source_id": "a:s2", "event_id": "a", "publisher": None, "title": None, "url": None},
            {"source_id": "b:s1", "event_id": "b", "publisher": "Q", "published_at": "2024-01-05"}])),
        quotes=coerce("quotes", pd.DataFrame([
            {"quote_id": "a:q1", "event_id": "a", "source_id": "a:s2", "speaker": "S", "text": "said\r\nthis"},
            {"quote_id": "a:q2", "event_id": "a", "source_id": "missing", "speaker": None, "text": "x"}])),
        event_links=coerce("event_links", pd.DataFrame([{"from_event_id": "b", "to_event_id": "a", "link_type": "refers_to"}])),
    )
    _same(tables)


@pytest.mark.parametrize("size", [0, 1])
def test_tiny_tables(size):
    tables = synthetic_tables(max(size, 1), seed=1)
    _same(tables, tables.events.iloc[:size])
