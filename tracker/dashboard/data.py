"""What the dashboard keeps in memory: a lean, columnar copy of the events, read once from the store.

A million events as full Tables do not fit the serving budget, so the dashboard keeps
only what filtering, figures and facets need (category codes, dates, ids as bytes,
actor links as integer arrays) and asks the store for the rest (titles of the marks
on screen, the detail of one event, CSV rows) a few events at a time.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Set
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from tracker.aggregate import uncertain_end
from tracker.facets import actor_pairs
from tracker.filters import EventFilter, FilterIndex, field_masks, subset_tables, text_match_ids
from tracker.frames import coerce
from tracker.models import CATEGORIES, SCHEMAS, Tables, empty_frame
from tracker.resolve import ActorIndex, ProcessIndex, fold
from tracker.store import Store
from tracker.store.base import SQLStore, rows_frame

#: The event columns the dashboard keeps in memory.
LEAN_COLUMNS = ("event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
                "venue", "review_state", "tags")
#: `tags` is kept whole ("ceasefire; Idlib"): few distinct cells, so the tag filter and counts work per cell.
CATEGORY_COLUMNS = ("event_type", "status", "date_precision", "process", "venue", "review_state", "tags")
CHUNK = 20_000


class IdIndex:
    """Event ids as one bytes array with a sorted copy: lookups by binary search, no million Python strings."""

    def __init__(self, ids: Iterable[str] | np.ndarray):
        array = np.asarray(ids)
        self.ids = array if array.dtype.kind == "S" else np.array([str(i).encode("utf-8") for i in array], dtype="S")
        if not len(self.ids):
            self.ids = np.zeros(0, dtype="S1")
        self.order = np.argsort(self.ids, kind="stable")
        self.sorted = self.ids[self.order]

    def __len__(self) -> int:
        return len(self.ids)

    def get_indexer(self, wanted: Iterable[str]) -> np.ndarray:
        """Position of each wanted id, -1 when unknown (the pd.Index method FilterIndex needs)."""
        encoded = [str(w).encode("utf-8") for w in wanted]
        if not encoded or not len(self.ids):
            return np.full(len(encoded), -1, dtype=np.int64)
        width = self.ids.dtype.itemsize
        query = np.array(encoded, dtype=self.ids.dtype)
        at = np.searchsorted(self.sorted, query).clip(0, len(self.sorted) - 1)
        fits = np.fromiter((len(e) <= width and not e.endswith(b"\0") for e in encoded), dtype=bool, count=len(encoded))
        hit = (self.sorted[at] == query) & fits
        return np.where(hit, self.order[at], -1).astype(np.int64)

    def take(self, positions: Iterable[int]) -> list[str]:
        """The ids at these positions."""
        return [b.decode("utf-8") for b in self.ids[np.asarray(positions, dtype=np.int64)]]


class MatchedIds(Set):
    """The ids a text search found, held as event positions; reads as a set of ids when asked."""

    def __init__(self, positions: np.ndarray, ids: IdIndex):
        self.positions = positions[positions >= 0]  # unique: one index row per event; sorted only when asked
        self._ids = ids

    @property
    def _sorted(self) -> np.ndarray:
        if not hasattr(self, "_sorted_positions"):
            self._sorted_positions = np.unique(self.positions)
        return self._sorted_positions

    def __contains__(self, event_id: object) -> bool:
        found = int(self._ids.get_indexer([str(event_id)])[0])
        at = np.searchsorted(self._sorted, found)
        return found >= 0 and at < len(self._sorted) and self._sorted[at] == found

    def __iter__(self):
        return iter(self._ids.take(self._sorted))

    def __len__(self) -> int:
        return len(self._sorted)


@dataclass(eq=False)
class DashboardData:
    """The lean copy the dashboard filters and draws from; titles and details come from `store`."""

    store: Store | None
    tables: Tables  # events hold LEAN_COLUMNS only (in `apply_filter` order); actors, processes, venues complete
    index: FilterIndex  # positions is an IdIndex; links sorted by event position
    rowids: np.ndarray | None = None  # SQLite rowid of each event position
    fts_positions: np.ndarray | None = None  # event position of each events_fts rowid (-1: none)
    full: Tables | None = None  # everything, when the store is not SQLite (or for tests)
    version: int = 0  # counts the writes this copy has seen (a refreshed copy is one more)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _searches: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _masks: OrderedDict = field(default_factory=OrderedDict, repr=False)

    def __post_init__(self) -> None:
        n = len(self.tables.events)
        self.ids: IdIndex = self.index.positions
        self.link_offsets = np.searchsorted(self.index.link_event, np.arange(n + 1)).astype(np.int64)
        self.has_actor = np.diff(self.link_offsets) > 0
        names = dict(zip(self.tables.actors["actor_id"], self.tables.actors["name"]))
        self.actor_names = np.array([names.get(a, a) for a in self.index.actor_ids], dtype=object)
        self.pairs = actor_pairs(self.tables.actors, self.index)
        self.venue_lane = _venue_lanes(self.tables)
        self.start_days = self.tables.events["start_date"].to_numpy().astype("datetime64[D]").astype(np.int64)
        end = self.tables.events["end_date"].to_numpy().astype("datetime64[D]")
        self.end_days = np.where(np.isnat(end), self.start_days, end.astype(np.int64))
        precision = self.tables.events["date_precision"].astype(object).to_numpy()
        self.span_end = uncertain_end(self.start_days, self.end_days, precision)
        self.kind = np.where(precision == "day", np.where(self.end_days > self.start_days, "span", "point"), "uncertain")

    # --- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, store: Store) -> "DashboardData":
        """Read the lean copy from a SQLite store, or everything from any other store."""
        if isinstance(store, SQLStore) and store.placeholder == "?":
            return _load_sqlite(store)
        return cls.from_tables(store.load(), store)

    @classmethod
    def from_tables(cls, tables: Tables, store: Store | None = None) -> "DashboardData":
        """Build from Tables already in memory, in the order `apply_filter` gives."""
        events = tables.events.sort_values(["start_date", "end_date", "event_id"], kind="stable",
                                           na_position="last").reset_index(drop=True)
        full = tables.replace(events=events)
        built = FilterIndex.build(full)
        order = np.argsort(built.link_event, kind="stable")
        index = FilterIndex(IdIndex(events["event_id"].to_numpy(dtype=object)), built.link_event[order],
                            built.link_actor[order], built.actor_ids)
        lean = events[list(LEAN_COLUMNS)].copy()
        tags = lean["tags"].astype(object).map(lambda v: v.strip() if isinstance(v, str) and v.strip() else None)
        lean["tags"] = pd.Categorical(tags, categories=sorted({v for v in tags if isinstance(v, str)}))
        return cls(store, full.replace(events=lean, event_actors=empty_frame("event_actors")), index, full=full)

    # --- questions -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.tables.events)

    def search(self, text: str) -> Set[str]:
        """Event ids matching `text`, as `Store.search_text` finds them, from its index (recent answers cached)."""
        key = " ".join(text.split()).casefold()
        with self._lock:
            if key in self._searches:
                self._searches.move_to_end(key)
                return self._searches[key]
            if self.fts_positions is not None:
                rowids = self.store.search_rowids(text)
                rowids = rowids[rowids < len(self.fts_positions)]
                found = MatchedIds(self.fts_positions[rowids], self.ids)
            elif self.store is not None:
                found = self.store.search_text(text)
            else:
                found = text_match_ids(self.full, text)
            self._searches[key] = found
            if len(self._searches) > 32:
                self._searches.popitem(last=False)
        return found

    def field_masks(self, f: EventFilter) -> dict[str, np.ndarray]:
        """`filters.field_masks` for `f` on the lean copy (the last few cached)."""
        key = f.to_query_string()
        with self._lock:
            if key in self._masks:
                self._masks.move_to_end(key)
                return self._masks[key]
        masks = field_masks(self.tables, f, self.search(f.text) if f.text else None, self.index)
        with self._lock:
            self._masks[key] = masks
            if len(self._masks) > 4:
                self._masks.popitem(last=False)
        return masks

    def mask(self, f: EventFilter) -> np.ndarray:
        """Which events match `f`: the same answer as `filters.filter_mask` on the full tables."""
        result = np.ones(len(self), dtype=bool)
        for part in self.field_masks(f).values():
            result &= part
        return result

    def name_indexes(self) -> tuple[ActorIndex, ProcessIndex]:
        """Actor and process look-ups by name or alias (built once)."""
        if not hasattr(self, "_names"):
            self._names = (ActorIndex(self.tables.actors), ProcessIndex(self.tables.processes))
        return self._names

    def values_at(self, column: str, positions: np.ndarray) -> np.ndarray:
        """Values of a categorical lean column at these positions (None where missing), without
        turning the whole million-row column into objects."""
        values = self.tables.events[column]
        categories = np.append(values.cat.categories.to_numpy(dtype=object), None)
        return categories[values.cat.codes.to_numpy()[np.asarray(positions, dtype=np.int64)]]

    def titles_at(self, positions: Iterable[int]) -> list[str]:
        """Titles of the events at these positions."""
        positions = np.asarray(positions, dtype=np.int64)
        if self.full is not None:
            return [str(t) for t in self.full.events["title"].to_numpy(dtype=object)[positions]]
        rowids = self.rowids[positions].tolist()
        found: dict[int, str] = {}
        with self._lock:
            cursor = self.store.conn.cursor()
            for start in range(0, len(rowids), 5000):
                chunk = rowids[start:start + 5000]
                cursor.execute(f"SELECT rowid, title FROM events WHERE rowid IN ({', '.join('?' * len(chunk))})", chunk)
                found.update(cursor.fetchall())
        return [found.get(r) or "" for r in rowids]

    def actors_of(self, position: int, escaped: bool = False) -> list[str]:
        """Names of the actors linked to the event at `position` (`escaped` for Plotly's pseudo-HTML)."""
        if escaped and not hasattr(self, "_escaped_names"):
            from tracker.figures import plain

            self._escaped_names = np.array([plain(n) for n in self.actor_names], dtype=object)
        names = self._escaped_names if escaped else self.actor_names
        codes = self.index.link_actor[self.link_offsets[position]:self.link_offsets[position + 1]]
        return list(dict.fromkeys(names[codes]))

    def position_of(self, event_id: str) -> int | None:
        """The position of an event id, or None."""
        found = int(self.ids.get_indexer([event_id])[0])
        return found if found >= 0 else None

    def subset(self, event_ids: list[str]) -> Tables:
        """The full rows of these events and what hangs off them, events in the order given."""
        if self.full is not None:
            events = self.full.events.set_index("event_id", drop=False).reindex(event_ids).dropna(subset=["event_id"])
            return subset_tables(self.full, events.reset_index(drop=True))
        with self._lock:
            return _subset_sqlite(self.store, self.tables, event_ids)

    def links_to(self, event_id: str) -> pd.DataFrame:
        """Links that point at `event_id` (a proposal's responses, a round's statements)."""
        if self.full is not None:
            links = self.full.event_links
            return links[links["to_event_id"] == event_id].reset_index(drop=True)
        with self._lock:
            return _select(self.store, "event_links", "to_event_id", [event_id])


# --- SQLite ---------------------------------------------------------------------------

def _select(store: SQLStore, table: str, key: str, values: list[str]) -> pd.DataFrame:
    """Rows of `table` whose `key` is in `values`, in rowid order (the order `Store.load` reads), coerced."""
    columns = list(SCHEMAS[table])
    rows: list[tuple] = []
    cursor = store.conn.cursor()
    for start in range(0, len(values), 900):
        chunk = values[start:start + 900]
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {key} IN ({', '.join('?' * len(chunk))}) "
                       "ORDER BY rowid", chunk)
        rows.extend(cursor.fetchall())
    return coerce(table, rows_frame(rows, columns))


def _subset_sqlite(store: SQLStore, lean: Tables, event_ids: list[str]) -> Tables:
    events = _select(store, "events", "event_id", event_ids)
    rank = {event_id: i for i, event_id in enumerate(event_ids)}
    events = events.iloc[np.argsort(events["event_id"].map(rank).to_numpy(), kind="stable")].reset_index(drop=True)
    return lean.replace(
        events=events,
        event_actors=_select(store, "event_actors", "event_id", event_ids),
        sources=_select(store, "sources", "event_id", event_ids),
        quotes=_select(store, "quotes", "event_id", event_ids),
        event_links=_select(store, "event_links", "from_event_id", event_ids),
    )


def _read_all(store: SQLStore, table: str) -> pd.DataFrame:
    cursor = store.conn.cursor()
    columns = list(SCHEMAS[table])
    cursor.execute(f"SELECT {', '.join(columns)} FROM {table}")
    return coerce(table, rows_frame(cursor.fetchall(), columns))


def _joined(chunks: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(chunks) if chunks else np.array([], dtype=dtype)


def _load_sqlite(store: SQLStore) -> DashboardData:
    """Read the lean copy in chunks of plain arrays, so no per-event Python object outlives its chunk."""
    reference = {table: _read_all(store, table) for table in ("actors", "processes", "venues")}
    cursor = store.conn.cursor()
    categories: dict[str, list[str]] = {}
    for column in CATEGORY_COLUMNS:
        if column in CATEGORIES:
            categories[column] = list(CATEGORIES[column])
        else:
            cursor.execute(f"SELECT DISTINCT TRIM({column}) FROM events WHERE TRIM({column}) != ''")
            categories[column] = sorted(str(row[0]) for row in cursor.fetchall())
    # The order of `apply_filter`, sorted by SQLite on small records.
    cursor.execute("SELECT rowid, event_id FROM events ORDER BY start_date, end_date IS NULL, end_date, event_id")
    rowid_chunks, id_chunks = [], []
    while rows := cursor.fetchmany(CHUNK * 5):
        rowid, event_id = zip(*rows)
        rowid_chunks.append(np.array(rowid, dtype=np.int64))
        id_chunks.append(np.array([e.encode("utf-8") for e in event_id], dtype="S"))
    sorted_rowids = _joined(rowid_chunks, np.int64)
    width = max((c.dtype.itemsize for c in id_chunks), default=1)
    ids = _joined([c.astype(f"S{width}") for c in id_chunks], f"S{width}")
    del id_chunks, rowid_chunks
    cursor.execute("SELECT rowid, TRIM(event_type), TRIM(status), start_date, end_date, TRIM(date_precision), "
                   "TRIM(process), round_number, TRIM(venue), TRIM(review_state), TRIM(tags) FROM events")
    parts: dict[str, list[np.ndarray]] = {name: [] for name in ("rowid", "start", "end", "round", *CATEGORY_COLUMNS)}
    while rows := cursor.fetchmany(CHUNK):
        columns = list(zip(*rows))
        del rows
        parts["rowid"].append(np.array(columns[0], dtype=np.int64))
        for column, values in zip(CATEGORY_COLUMNS, (columns[1], columns[2], columns[5], columns[6], columns[8], columns[9],
                                                      columns[10])):
            parts[column].append(pd.Categorical(values, categories=categories[column]).codes)
        parts["start"].append(np.array(columns[3], dtype="datetime64[s]"))
        parts["end"].append(np.array(columns[4], dtype="datetime64[s]"))
        parts["round"].append(np.array(columns[7], dtype=float))
    scan_rowids = _joined(parts.pop("rowid"), np.int64)
    scan_order = np.argsort(scan_rowids, kind="stable")
    order = scan_order[np.searchsorted(scan_rowids[scan_order], sorted_rowids)]  # scan index of each position

    def column(name: str, dtype) -> np.ndarray:
        return _joined(parts.pop(name), dtype)[order]

    lean = pd.DataFrame({
        **{c: pd.Categorical.from_codes(column(c, np.int8), categories=categories[c]) for c in ("event_type", "status")},
        "start_date": column("start", "datetime64[s]"), "end_date": column("end", "datetime64[s]"),
        **{c: pd.Categorical.from_codes(column(c, np.int8), categories=categories[c]) for c in ("date_precision", "process")},
        "round_number": pd.array(column("round", float), dtype="Float64").astype("Int64"),
        **{c: pd.Categorical.from_codes(column(c, np.int8), categories=categories[c]) for c in ("venue", "review_state")},
        "tags": pd.Categorical.from_codes(column("tags", np.int8), categories=categories["tags"]),
    })
    index = _link_index(store, IdIndex(ids), sorted_rowids, reference["actors"])
    return DashboardData(store, Tables(events=lean, **reference), index, rowids=sorted_rowids,
                         fts_positions=_fts_positions(store, index.positions))


def _fts_positions(store: SQLStore, ids: IdIndex) -> np.ndarray:
    """Event position of each row of the full-text index, so a search needs no id strings."""
    cursor = store.conn.cursor()
    cursor.execute("SELECT MAX(rowid) FROM events_fts")
    top = cursor.fetchone()[0] or 0
    positions = np.full(top + 1, -1, dtype=np.int32)
    cursor.execute("SELECT rowid, event_id FROM events_fts")
    while rows := cursor.fetchmany(CHUNK * 5):
        rowid, event_id = zip(*rows)
        positions[np.array(rowid, dtype=np.int64)] = ids.get_indexer(event_id)
    return positions


def _link_index(store: SQLStore, ids: IdIndex, rowids: np.ndarray, actors: pd.DataFrame) -> FilterIndex:
    """The actor links as integer arrays sorted by event position, joined in SQLite (no id strings)."""
    rowid_order = np.argsort(rowids, kind="stable")
    cursor = store.conn.cursor()
    cursor.execute("SELECT rowid, actor_id FROM actors")
    actor_rows = cursor.fetchall()
    known = [actor_id for _, actor_id in actor_rows]
    actor_rowids = np.array([rowid for rowid, _ in actor_rows], dtype=np.int64)
    actor_order = np.argsort(actor_rowids)
    cursor.execute("SELECT e.rowid, a.rowid, CASE WHEN a.rowid IS NULL THEN ea.actor_id END FROM event_actors ea "
                   "JOIN events e ON e.event_id = ea.event_id LEFT JOIN actors a ON a.actor_id = ea.actor_id")
    link_event, link_actor, extra = [], [], {}
    while rows := cursor.fetchmany(CHUNK * 5):
        event_rowid, actor_rowid, unknown = zip(*rows)
        at = np.searchsorted(rowids[rowid_order], np.array(event_rowid, dtype=np.int64))
        link_event.append(rowid_order[at].astype(np.int32))
        found = np.array([-1 if r is None else r for r in actor_rowid], dtype=np.int64)
        codes = actor_order[np.searchsorted(actor_rowids[actor_order], found).clip(0, max(len(known) - 1, 0))]
        for i in np.flatnonzero(found < 0):  # links to actors missing from the actors table
            codes[i] = extra.setdefault(unknown[i], len(known) + len(extra))
        link_actor.append(codes.astype(np.int32))
    event_array, actor_array = _joined(link_event, np.int32), _joined(link_actor, np.int32)
    by_event = np.argsort(event_array, kind="stable")
    return FilterIndex(ids, event_array[by_event], actor_array[by_event], pd.Index(known + list(extra), dtype=object))


# --- derived arrays ----------------------------------------------------------------

def _venue_lanes(tables: Tables) -> dict[str, str]:
    """Venue name -> lane label joining the names of the same place ("Astana / Nur-Sultan")."""
    names: dict[str, list[str]] = {}
    for venue_id, name in zip(tables.venues["venue_id"], tables.venues["name"]):
        if name not in names.setdefault(venue_id, []):
            names[venue_id].append(name)
    label_by_key = {fold(name): " / ".join(group) for group in names.values() for name in group}
    return {str(v): label_by_key.get(fold(v), str(v)) for v in tables.events["venue"].cat.categories}
