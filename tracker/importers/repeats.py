"""Events that a feed brings again: a GDELT event in today's second 15-minute file, a TimelineJS sheet
imported again with rows added. They are not the analyst's own edits of the event, so they never replace
what is stored (its review state, summary, actors, sources): a GDELT repeat adds the sources the
stored event lacks, a TimelineJS repeat is left out, each with a warning at its row.
"""
from __future__ import annotations

import pandas as pd

from tracker.filters import subset_tables
from tracker.flat import ROWS_ATTR
from tracker.frames import coerce
from tracker.models import Tables
from tracker.problems import Problem


#: What the warning of a row left out because the store holds its event says (the counts of `tracker.importing` read it).
LEFT_AS_STORED = "left as it is, this row is not imported"
#: ... and of a feed's repeat that brings nothing the stored event lacks (left out too).
NO_NEW_SOURCE = "this file adds no new source"


def without_events(tables: Tables, ids: set[str]) -> Tables:
    """`tables` without these events and what hangs off them."""
    return subset_tables(tables, tables.events[~tables.events["event_id"].isin(ids)])


def _source_key(row) -> tuple:
    """What makes two sources one: the address, or (without one) who published what when."""
    url = row.url if isinstance(row.url, str) and row.url.strip() else None
    return ("url", url.strip()) if url else ("text", str(row.publisher), str(row.title), str(row.published_at))


def _sources_of(tables: Tables, ids: set[str]) -> dict[str, pd.DataFrame]:
    sources = tables.sources[tables.sources["event_id"].isin(ids)]
    return {str(e): frame for e, frame in sources.groupby("event_id", sort=False)}


def _new_sources(stored: pd.DataFrame | None, incoming: pd.DataFrame | None, event_id: str) -> pd.DataFrame:
    """The incoming sources the stored event lacks, under ids of their own (`<event>:s<n>` after the stored ones)."""
    if incoming is None or incoming.empty:
        return incoming.iloc[0:0] if incoming is not None else pd.DataFrame()
    have = {_source_key(r) for r in stored.itertuples(index=False)} if stored is not None else set()
    taken = set(stored["source_id"]) if stored is not None else set()
    fresh, n = [], len(taken)
    for row in incoming.itertuples(index=False):
        if _source_key(row) in have:
            continue
        have.add(_source_key(row))
        n += 1
        while f"{event_id}:s{n}" in taken:
            n += 1
        taken.add(f"{event_id}:s{n}")
        fresh.append({**row._asdict(), "source_id": f"{event_id}:s{n}"})
    return pd.DataFrame(fresh, columns=incoming.columns)


def _with_rows(tables: Tables, rows: dict) -> Tables:
    tables.events.attrs[ROWS_ATTR] = rows
    return tables


def add_new_sources(tables: Tables, base: Tables, file: str, where: str = "in the store",
                    column: str = "GLOBALEVENTID") -> tuple[Tables, list[Problem], set[str]]:
    """`tables` with its events that `base` holds replaced by `base`'s own records plus the sources they lack,
    the warnings, and the ids so re-stated (a caller whose `base` is an earlier file drops them there).

    For a machine-coded feed (GDELT): the stored event keeps its review state, summary, actors and links; the
    warning at its row (the event's first line, at `column`: the file's id column) says how many sources came. A
    repeat that brings no new source is left out."""
    rows = dict(tables.events.attrs.get(ROWS_ATTR) or {})
    repeated = set(tables.events["event_id"]) & set(base.events["event_id"])
    if not repeated:
        return tables, [], set()
    kept = without_events(tables, repeated)
    stored, incoming = _sources_of(base, repeated), _sources_of(tables, repeated)
    problems, added = [], {}
    for event_id in sorted(repeated, key=lambda e: rows.get(e) or 0):
        fresh = _new_sources(stored.get(event_id), incoming.get(event_id), event_id)
        if len(fresh):
            added[event_id] = fresh
        said = f"{len(fresh)} new source(s) from this file are added" if len(fresh) else NO_NEW_SOURCE
        problems.append(Problem(file, rows.get(event_id), column,
                                f"{event_id!r} is already {where}: it is kept as it is (review state, summary, "
                                f"actors, sources), and {said}", "warning"))
    rows = {e: r for e, r in rows.items() if e not in repeated or e in added}
    if not added:
        return _with_rows(kept, rows), problems, set()
    record = subset_tables(base, base.events[base.events["event_id"].isin(set(added))])
    merged = kept.replace(**{name: pd.concat([getattr(kept, name), getattr(record, name)], ignore_index=True)
                             for name in ("events", "event_actors", "quotes", "event_links")})
    merged = merged.replace(sources=pd.concat([kept.sources, record.sources, *added.values()], ignore_index=True))
    merged = merged.replace(**{name: coerce(name, getattr(merged, name)) for name in ("events", "sources")})
    return _with_rows(merged, rows), problems, set(added)


def leave_stored(tables: Tables, base: Tables, file: str, column: str, why: str) -> tuple[Tables, list[Problem]]:
    """`tables` without the events `base` already holds, each named in a warning at its row (`why` says why)."""
    rows = dict(tables.events.attrs.get(ROWS_ATTR) or {})
    repeated = set(tables.events["event_id"]) & set(base.events["event_id"])
    problems = [Problem(file, rows.get(event_id), column, f"{event_id!r} is already in the store: {LEFT_AS_STORED} "
                                                          f"({why})", "warning")
                for event_id in sorted(repeated, key=lambda e: rows.get(e) or 0)]
    return _with_rows(without_events(tables, repeated), {e: r for e, r in rows.items() if e not in repeated}), problems


__all__ = ["LEFT_AS_STORED", "NO_NEW_SOURCE", "add_new_sources", "leave_stored", "without_events"]
