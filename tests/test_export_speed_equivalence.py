"""The Arrow CSV export gives, byte for byte, what a plain row-by-row writer gives.

The reference below flattens one event at a time with dicts and writes with the csv
module (minimal quoting, CRLF), `guard_formula` on every cell: the format the export
had before it was built column at a time, on data chosen to be awkward (commas, quotes,
CR/LF, formula starts, non-ASCII, empty and missing cells, children of unknown events).
"""
from __future__ import annotations

import csv
import io
import re

import pandas as pd
from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.export import export_bytes
from tracker.export.csv_format import csv_text
from tracker.flat import FLAT_COLUMNS, _day, _stamp, _text, guard_formula, tables_to_rows
from tracker.frames import coerce
from tracker.models import EVENT_TYPES, LINK_TYPES, ROLES, Tables
from tracker.synthetic import synthetic_tables


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def _quote_lines(text: str) -> str:
    """A quote's line breaks kept as LF, but a space before a line that would read as another quote."""
    return re.sub(r"\n(\s*\[\d+\])", r" \1", text.replace("\r\n", "\n").replace("\r", "\n"))


def reference_rows(tables: Tables, events: pd.DataFrame | None = None) -> list[dict[str, str]]:
    """One dict of str cells per event, built row by row."""
    events = tables.events if events is None else events
    ids = set(events["event_id"].dropna())
    names: dict = {}
    for actor_id, name in zip(tables.actors["actor_id"], tables.actors["name"]):
        if not pd.isna(actor_id) and actor_id not in names:  # the first actor with an id names it
            names[actor_id] = name
    actors: dict = {}
    for row in tables.event_actors.itertuples(index=False):
        if row.event_id in ids:
            actor_id = _text(row.actor_id)
            name = names.get(actor_id)
            shown = actor_id if name is None or pd.isna(name) else name
            actors.setdefault(row.event_id, []).append(f"{shown} [{_text(row.role)}]")
    sources: dict = {}
    number: dict = {}
    for row in tables.sources.itertuples(index=False):
        if row.event_id in ids:
            lines = sources.setdefault(row.event_id, [])
            lines.append(" | ".join([_text(row.publisher), _stamp(row.published_at), _one_line(_text(row.title)),
                                     _text(row.url)]))
            number[row.source_id] = len(lines)  # a source id used twice: the last one counts
    quotes: dict = {}
    for row in tables.quotes.itertuples(index=False):
        if row.event_id in ids:
            quotes.setdefault(row.event_id, []).append(
                f'[{number.get(row.source_id, 1)}] {_text(row.speaker)}: "{_quote_lines(_text(row.text))}"')
    links: dict = {}
    for row in tables.event_links.itertuples(index=False):
        if row.from_event_id in ids:
            links.setdefault(row.from_event_id, []).append(f"{_text(row.link_type)} {_text(row.to_event_id)}")
    out = []
    for row in events.itertuples(index=False):
        record = {c: _text(getattr(row, c)) for c in FLAT_COLUMNS if hasattr(row, c)}
        key = row.event_id
        record.update({
            "start_date": _day(row.start_date), "end_date": _day(row.end_date),
            "round_number": "" if pd.isna(row.round_number) else str(int(row.round_number)),
            "confidence": "" if pd.isna(row.confidence) else f"{float(row.confidence):g}",
            "created_at": _stamp(row.created_at), "updated_at": _stamp(row.updated_at),
            "actors": "; ".join(actors.get(key, [])), "sources": "\n".join(sources.get(key, [])),
            "quotes": "\n".join(quotes.get(key, [])), "links": "; ".join(links.get(key, [])),
        })
        out.append(record)
    return out


def reference_csv(tables: Tables, events: pd.DataFrame | None = None, excel: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FLAT_COLUMNS)
    for record in reference_rows(tables, events):
        writer.writerow([guard_formula(record[c]) for c in FLAT_COLUMNS])
    return (("\ufeff" if excel else "") + buffer.getvalue()).encode("utf-8")


def assert_same_export(tables: Tables, events: pd.DataFrame | None = None) -> None:
    events = tables.events if events is None else events
    want = reference_csv(tables, events)
    assert export_bytes("csv", tables, events) == want
    assert export_bytes("csv", tables, events, excel=True) == reference_csv(tables, events, excel=True)
    rows = tables_to_rows(tables, events)
    assert rows.to_dict("records") == reference_rows(tables, events)
    assert csv_text(rows).encode("utf-8") == want


# --- awkward data --------------------------------------------------------------------------

PIECES = list("ab ,;\"'|=+-@\t\r\n[]:") + ["é", "ș", "中", "😀", "Côte d'Ivoire", "=1+1", "\r\n", '""']
text = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
cell = st.one_of(st.none(), text)
day = st.sampled_from([None, "2024-01-01", "1999-12-31", "2023-06-22"])
stamp = st.sampled_from([None, "2024-01-02", "2024-01-02T10:30:00", "2024-01-02T10:30:05", "1969-07-20T20:17:40",
                         "2025-01-01T00:00:00"])
event_ids = ["e1", "e2", "e3", "e4"]


@st.composite
def chronologies(draw) -> tuple[Tables, list[int]]:
    ids = draw(st.lists(st.sampled_from(event_ids), unique=True, max_size=4))
    events = [{"event_id": i, "title": draw(cell), "event_type": draw(st.sampled_from([None, "bogus", *EVENT_TYPES])),
               "status": draw(st.sampled_from([None, "held", "postponed"])), "start_date": draw(day),
               "end_date": draw(day), "date_precision": draw(st.sampled_from([None, "day", "month"])),
               "process": draw(cell), "round_number": draw(st.sampled_from([None, 1, 20, 1234])),
               "venue": draw(cell), "venue_country": draw(st.sampled_from([None, "KAZ"])), "summary": draw(cell),
               "tags": draw(cell), "review_state": draw(st.sampled_from([None, "candidate", "rejected"])),
               "evidence": draw(cell), "confidence": draw(st.sampled_from([None, 0.0, 0.5, 1.0, 0.123456789, 1e-05])),
               "created_at": draw(stamp), "updated_at": draw(stamp)} for i in ids]
    some_event = st.sampled_from(event_ids + ["unknown"])
    actor_id = st.sampled_from([None, "a1", "a2", "ghost", "=a3"])
    actors = draw(st.lists(st.fixed_dictionaries({"actor_id": actor_id, "name": cell}), max_size=4))
    event_actors = draw(st.lists(st.fixed_dictionaries(
        {"event_id": some_event, "actor_id": actor_id, "role": st.sampled_from([None, *ROLES])}), max_size=6))
    source_id = st.sampled_from([None, "s1", "s2", "s3", "s4"])
    sources = draw(st.lists(st.fixed_dictionaries(
        {"source_id": source_id, "event_id": some_event, "publisher": cell, "title": cell, "url": cell,
         "published_at": stamp}), max_size=6))
    quotes = draw(st.lists(st.fixed_dictionaries(
        {"quote_id": st.just("q"), "event_id": some_event, "source_id": source_id, "speaker": cell, "text": cell}),
        max_size=4))
    links = draw(st.lists(st.fixed_dictionaries(
        {"from_event_id": some_event, "to_event_id": st.sampled_from([None, *event_ids]),
         "link_type": st.sampled_from([None, *LINK_TYPES])}), max_size=4))
    frames = {"events": events, "actors": actors, "event_actors": event_actors, "sources": sources, "quotes": quotes,
              "event_links": links}
    tables = Tables(**{name: coerce(name, pd.DataFrame(rows)) for name, rows in frames.items()})
    order = draw(st.lists(st.integers(0, max(len(events) - 1, 0)), unique=True, max_size=len(events)))
    return tables, order


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chronologies())
def test_awkward_chronologies_export_like_the_reference(drawn):
    tables, order = drawn
    assert_same_export(tables)
    assert_same_export(tables, tables.events.iloc[order])


def test_an_event_without_children_and_all_cells_missing():
    tables = Tables(events=coerce("events", pd.DataFrame([{"event_id": "lonely"}])))
    assert_same_export(tables)
    row = export_bytes("csv", tables, tables.events).split(b"\r\n")[1]
    assert row == b"lonely" + b"," * 6 + b"day" + b"," * 7 + b"confirmed" + b"," * 8


def test_no_events_gives_the_header_alone():
    tables = synthetic_tables(5, seed=2)
    assert export_bytes("csv", tables, tables.events.iloc[:0]) == (",".join(FLAT_COLUMNS) + "\r\n").encode()
    assert_same_export(tables, tables.events.iloc[:0])


def test_an_id_twice_gives_both_rows_the_same_children():
    tables = synthetic_tables(20, seed=5)
    assert_same_export(tables, tables.events.iloc[[3, 7, 3]])


def test_synthetic_chronology_and_a_shuffled_subset():
    tables = synthetic_tables(2_000, seed=11)
    assert_same_export(tables)
    assert_same_export(tables, tables.events.sample(frac=0.3, random_state=1))


def test_shipped_and_mini_data(shipped, mini):
    assert_same_export(shipped)
    assert_same_export(mini)
    assert_same_export(mini, mini.events.iloc[::-1])
