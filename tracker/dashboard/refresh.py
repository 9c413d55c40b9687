"""A new DashboardData after a write: the touched events re-read from the store, everything else reused.

The answer equals `DashboardData.load(store)` (the same events in the same order, the same
categories, actor links, rowids and text-index positions) at the cost of re-reading a few
events and re-sorting arrays already in memory.
"""
from __future__ import annotations

import copy
import threading
from collections import OrderedDict

import numpy as np
import pandas as pd

from tracker.dashboard.data import CATEGORY_COLUMNS, DashboardData, FoundIds, IdIndex
from tracker.filters import FilterIndex
from tracker.flat_columns import one_array
from tracker.models import CATEGORIES, Tables
from tracker.store import Store
from tracker.store.base import CHILD_TABLES


def touched_events(changes: Tables) -> list[str]:
    """Ids of the events a save of `changes` can change: its events and the events its child rows hang off."""
    ids = set(changes.events["event_id"].dropna())
    for table, key in CHILD_TABLES.items():
        ids |= set(getattr(changes, table)[key].dropna())
    return sorted(str(i) for i in ids)


def refreshed(data: DashboardData, store: Store, event_ids: list[str], reference: bool = True) -> DashboardData:
    """The dashboard's copy after the events `event_ids` changed in `store` (added, edited or re-linked);
    `reference=False`: the actors, processes and venues did not change (they are kept, not read again)."""
    if data.full is not None:
        fresh = DashboardData.from_tables(store.load(), store)
        fresh._lock, fresh.version, fresh.base = data._lock, data.version + 1, data.base
        fresh.mark, fresh.seen = data.mark, data.seen
        return fresh
    with data._lock:
        reference = {table: store.load_table(table) if reference else getattr(data.tables, table)
                     for table in ("actors", "processes", "venues")}
        rows = [row for chunk in store.lean_rows(event_ids) for row in chunk]
        links = [row for chunk in store.actor_links(event_ids) for row in chunk]
    # A review action may confirm actors, so it says the reference tables changed; most (a Save of a summary)
    # leave them as they were, and a copy whose reference is unchanged is refreshed without a rebuild (20 ms
    # instead of 140-260 ms at 100k events, in every worker, at every edit).
    unchanged = {table: frame.equals(getattr(data.tables, table)) for table, frame in reference.items()}
    reference = {table: getattr(data.tables, table) if same else reference[table] for table, same in unchanged.items()}
    reference_changed = not all(unchanged.values())
    old_positions = data.ids.get_indexer(event_ids)
    if not reference_changed and _rows_as_held(data, rows, links, old_positions):
        return _retitled(data, store, old_positions)
    keep = np.ones(len(data), dtype=bool)
    keep[old_positions[old_positions >= 0]] = False
    new = _lean_rows(rows, data.tables.events, keep)
    lean = pd.concat([_recode(data.tables.events.iloc[np.flatnonzero(keep)], new), new], ignore_index=True)
    width = max(data.ids.ids.dtype.itemsize, max((len(r[0].encode("utf-8")) for r in rows), default=1))
    ids = np.concatenate([data.ids.ids[keep].astype(f"S{width}"),
                          np.array([r[0].encode("utf-8") for r in rows], dtype=f"S{width}")])
    end = lean["end_date"].to_numpy().astype("datetime64[D]")
    order = np.lexsort((ids, np.where(np.isnat(end), 0, end.astype(np.int64)), np.isnat(end),
                        lean["start_date"].to_numpy().astype("datetime64[D]").astype(np.int64)))
    lean, ids = lean.iloc[order].reset_index(drop=True), ids[order]
    position_of_combined = np.empty(len(order), dtype=np.int64)
    position_of_combined[order] = np.arange(len(order))
    old_to_new = np.full(len(data) + 1, -1, dtype=np.int64)  # the last slot maps -1 to -1
    old_to_new[np.flatnonzero(keep)] = position_of_combined[:int(keep.sum())]
    id_index = IdIndex(ids)
    index = _links(data, reference["actors"], links, id_index, old_to_new)
    fts = _fts(data, store, id_index, old_to_new, old_positions) if data.fts_positions is not None else None
    titles_base, base_at = _title_rows(data, np.concatenate([np.flatnonzero(keep), np.full(len(rows), -1)])[order])
    return DashboardData(store, Tables(events=lean, **reference), index, fts_positions=fts,
                         version=data.version + 1, mark=data.mark, seen=data.seen, base=data.base, titles_base=titles_base,
                         base_at=base_at, _lock=data._lock)


def _rows_as_held(data: DashboardData, rows: list[tuple], links: list[tuple], old_positions: np.ndarray) -> bool:
    """Whether the re-read lean rows and actor links are, value for value, what the copy holds of those events
    (an edit of a summary, title, source or quote), told before any frame is built (it once was told after building
    them, at twice the cost, in every worker at every edit). The categories then stay
    as they are: they are always the values in use, and no value in use changed."""
    if not len(rows) or len(rows) != len(old_positions) or (old_positions < 0).any():
        return False
    events = data.tables.events
    positions = data.ids.get_indexer([row[0] for row in rows])
    if (positions < 0).any():
        return False
    columns = ("event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
               "venue", "review_state", "tags")
    held = [_values_at(events[column].array, positions) for column in columns]
    try:
        for i, row in enumerate(rows):
            for value, old, column in zip(row[1:], (h[i] for h in held), columns):
                if _lean_value(value, column) != _lean_value(old, column):
                    return False
    except (TypeError, ValueError):  # a value neither side reads as the other: not known to be the same
        return False
    read: dict[str, list[str]] = {}
    for event_id, actor_id in links:
        read.setdefault(event_id, []).append(actor_id)
    index = data.index
    return all(index.actor_ids[index.link_actor[data.link_offsets[p]:data.link_offsets[p + 1]]].tolist()
               == read.get(r[0], []) for p, r in zip(positions.tolist(), rows))


def _values_at(array, positions: np.ndarray) -> list:
    """`Series.take(positions).tolist()` of a column's array, a category's values looked up by their codes (a fifth
    of the time: every worker compares some ten columns at every Save of any of them)."""
    if isinstance(array, pd.Categorical):
        categories = array.categories
        return [categories[code] if code >= 0 else np.nan for code in array.codes[positions].tolist()]
    return array.take(positions).tolist()


def _lean_value(value: object, column: str) -> object:
    """A lean cell as one comparable value, whether read from the store (text, ISO dates, numbers) or held in
    the copy (categories, timestamps, Int64); missing and empty are None."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return None
    if column in ("start_date", "end_date"):
        return np.datetime64(value, "s")
    if column == "round_number":
        return int(value)
    return str(value) or None


def _retitled(data: DashboardData, store: Store, old_positions: np.ndarray) -> DashboardData:
    """The copy after events changed outside its lean columns (`_rows_as_held`): the same arrays and derived state
    (no re-sort, no re-derived days, actor pairs or name indexes: 100 ms at 100k events, in every worker), the
    touched events' titles and text-index rows read again, and the caches that hold text dropped."""
    fresh = copy.copy(data)
    old_position = np.arange(len(data), dtype=np.int64)
    old_position[old_positions] = -1  # as a re-read event: its old text-index rows and title are gone
    old_to_new = np.append(old_position, -1)
    fresh.fts_positions = _fts(data, store, data.ids, old_to_new, old_positions) if data.fts_positions is not None else None
    fresh.titles_base, fresh.base_at = _title_rows(data, old_position)
    fresh.flat, fresh.snapshot, fresh.derived, fresh.version = None, None, {}, data.version + 1
    fresh._kept_lock = threading.Lock()
    with data._kept_lock:
        searches, masks = list(data._searches.items()), list(data._masks.items())
    again, searches_same = _searched_again(data, store, searches, old_positions)
    fresh._searches = OrderedDict(again)
    fresh._masks = OrderedDict((key, kept) for key, kept in masks if "text" not in kept)  # a text mask: made again
    touched = set(old_positions.tolist())
    fresh._read_titles = {p: t for p, t in data._read_titles.items() if p not in touched}
    before = data.titles_held(old_positions)
    fresh._views = data.views_to_keep(before is not None and before == fresh.titles_at(old_positions), searches_same)
    return fresh


def _searched_again(data: DashboardData, store: Store, searches: list[tuple],
                    old_positions: np.ndarray) -> tuple[list[tuple], set[str]]:
    """The kept text searches brought up to date, and the keys of those that find the touched events as before: the
    touched events found or not by asking the store about them alone (with PostgreSQL a common word's answer is
    thousands of ids, and every worker dropped every answer at every edit). Answers held as text-index rows (SQLite)
    are dropped: those rows moved."""
    touched = data.ids.take(old_positions)
    kept = [(key, found) for key, found in searches if isinstance(found, (set, frozenset))]
    if not kept:
        return [], set()
    with data._lock:
        matching = store.text_matches([key for key, _ in kept], touched)
    touched_set = set(touched)
    again, same = [], set()
    for (key, found), now in zip(kept, matching):
        if (found & touched_set) == now:  # the same answer: kept as it is, with its positions looked up
            again.append((key, found))
            same.add(key)
        else:
            again.append((key, FoundIds((found - touched_set) | now, data.ids)))
    return again, same


def _title_rows(data: DashboardData, old_position: np.ndarray) -> tuple:
    """The snapshot titles the new copy can still use: where each new position's title is in them (-1: re-read)."""
    if data.flat is not None:
        return one_array(data.flat.column("title")), old_position  # (no chunk at all when the store was empty)
    if data.titles_base is None:
        return None, None
    kept = old_position >= 0
    base_at = np.full(len(old_position), -1, dtype=np.int64)
    base_at[kept] = data.base_at[old_position[kept]]
    return data.titles_base, base_at


def _categories(column: str, old: pd.Series, keep: np.ndarray, added: list) -> list[str]:
    """The categories a fresh load would give: the vocabulary, or the values still in use, sorted."""
    if column in CATEGORIES:
        return list(CATEGORIES[column])
    counts = np.bincount(old.cat.codes.to_numpy()[keep].astype(np.int64) + 1, minlength=len(old.cat.categories) + 1)
    used = {str(old.cat.categories[c]) for c in np.flatnonzero(counts[1:])}  # a count, not a sort of every code
    return sorted(used | {str(v) for v in added if v})


def _lean_rows(rows: list[tuple], old: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """The re-read events as lean columns, with the categories of the new copy."""
    columns = list(zip(*rows)) if rows else [()] * 11
    values = dict(zip(("event_type", "status", "start", "end", "date_precision", "process", "round", "venue",
                       "review_state", "tags"), columns[1:]))
    categorical = {c: pd.Categorical([v or None for v in values[c]],
                                     categories=_categories(c, old[c], keep, list(values[c])))
                   for c in CATEGORY_COLUMNS}
    return pd.DataFrame({
        "event_type": categorical["event_type"], "status": categorical["status"],
        "start_date": np.array(values["start"], dtype="datetime64[s]"),
        "end_date": np.array(values["end"], dtype="datetime64[s]"),
        "date_precision": categorical["date_precision"], "process": categorical["process"],
        "round_number": pd.array(np.array(values["round"], dtype=float), dtype="Float64").astype("Int64"),
        "venue": categorical["venue"], "review_state": categorical["review_state"], "tags": categorical["tags"],
    })


def _recode(kept: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The kept rows with the new copy's categories."""
    out = kept.copy()
    for column in CATEGORY_COLUMNS:
        out[column] = out[column].cat.set_categories(new[column].cat.categories)
    return out.reset_index(drop=True)


def _links(data: DashboardData, actors: pd.DataFrame, links: list[tuple], ids: IdIndex,
           old_to_new: np.ndarray) -> FilterIndex:
    """The actor links: the kept ones moved to their new positions, the touched events' read again."""
    old = data.index
    known = list(old.actor_ids)
    seen = set(known)
    known += [a for a in actors["actor_id"] if a not in seen]
    actor_ids = pd.Index(known, dtype=object)
    moved = old_to_new[old.link_event]
    kept = moved >= 0
    event = [moved[kept]]
    actor = [old.link_actor[kept].astype(np.int64)]
    if links:
        event_ids, linked = zip(*links)
        codes = actor_ids.get_indexer(list(linked))
        for i in np.flatnonzero(codes < 0):  # an actor missing from the actors table
            actor_ids = actor_ids.append(pd.Index([linked[i]], dtype=object))
            codes[i] = len(actor_ids) - 1
        event.append(ids.get_indexer(list(event_ids)))
        actor.append(codes.astype(np.int64))
    event_array, actor_array = np.concatenate(event).astype(np.int32), np.concatenate(actor).astype(np.int32)
    by_event = np.argsort(event_array, kind="stable")
    return FilterIndex(ids, event_array[by_event], actor_array[by_event], actor_ids)


def _fts(data: DashboardData, store: Store, ids: IdIndex, old_to_new: np.ndarray, old_positions: np.ndarray) -> np.ndarray:
    """Event position of each text-index row: kept rows moved, the touched events' rows looked up again.

    Every row after the last one still held is read again: the text index numbers a new row after its largest
    rowid, so a row written after deletes at the end takes a rowid this copy knew as deleted (an event deleted
    and brought back by Undo was no longer found by its words, QA)."""
    positions = data.fts_positions
    moved = np.where(positions >= 0, old_to_new[positions], -1)
    touched = np.isin(positions, old_positions[old_positions >= 0])
    held = np.flatnonzero((positions >= 0) & ~touched)
    top = int(held[-1]) if len(held) else -1
    moved = moved[:top + 1]
    stale = np.flatnonzero(touched[:top + 1]).tolist()
    with data._lock:
        found = store.text_index_rows_of(stale, top)
    if found:
        rowid = np.array([r for r, _ in found], dtype=np.int64)
        if rowid.max() > top:
            moved = np.concatenate([moved, np.full(int(rowid.max()) - top, -1, dtype=moved.dtype)])
        moved[rowid] = ids.get_indexer([e for _, e in found])
    return moved.astype(np.int32)
