"""What the dashboard keeps in memory: a lean, columnar copy of the events (see `tracker.dashboard.snapshot`).

A million events as full Tables do not fit the serving budget, so the dashboard keeps
only what filtering, figures and facets need (category codes, dates, ids as bytes,
actor links as integer arrays), memory-mapped from a snapshot file the workers share,
with the export's cells for the CSV download; it asks the store (never in SQL: through
`tracker.store.serving`) for the rest: titles of changed events, the detail of one event.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Set
from dataclasses import dataclass, field
from typing import Callable, Iterable, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa

from tracker.dashboard.lean import CATEGORY_COLUMNS, LEAN_COLUMNS, IdIndex, day_arrays, serving_order
from tracker.facets import actor_pairs
from tracker.filters import EventFilter, FilterIndex, field_masks, subset_tables, text_match_ids
from tracker.models import Tables, empty_frame
from tracker.resolve import ActorIndex, ProcessIndex, fold
from tracker.store import Store

__all__ = ["CATEGORY_COLUMNS", "LEAN_COLUMNS", "DashboardData", "FoundIds", "IdIndex", "MatchedIds"]
#: Filters whose masks a copy keeps (about 100 KB each per mask at 100k events): the page's callbacks of one
#: view share them, and 50 analysts switch among a few dozen views.
KEPT_MASKS = 16
#: Views a copy keeps drawn, at most so many of each kind (a parsed URL, a summary, a timeline figure, a table page).
#: A desk switches among some dozens of views, and each worker keeps its own: with 24 summaries and figures a worker
#: drew two in five of the bench's views again (3.6 ms of CPU a view; 2.2 with these, in one process at 100k).
KEPT_VIEWS = {"state": 1024, "summary": 160, "timeline": 160, "table": 1024}
#: ... and at most this many bytes of them as sent (JSON), all kinds but parsed URLs together, the least recently
#: used going first: at 100k events a summary or a figure is about 90 KB as sent (two to three times that in
#: memory), at a million a figure is megabytes, and 24 of them took a worker's private memory from 90 to 290 MB.
#: A bigger view than KEPT_VIEW_MAX_BYTES is not kept.
KEPT_VIEW_BYTES = 16 * 2**20
KEPT_VIEW_MAX_BYTES = 3 * 2**20
T = TypeVar("T")


def _sent_size(view: object) -> int:
    """The bytes of a view as Dash sends it (its JSON; by orjson alone where it can write it, without the escaping
    of `<`, `>` and `/` that Plotly's writer then does over the whole text: a few bytes more or less, a third of the
    time, and Dash writes the view again to send it)."""
    import orjson
    from dash._utils import to_json

    try:
        return len(orjson.dumps(view, option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS))
    except TypeError:  # Dash components, and values only Plotly's writer cleans
        pass
    try:
        return len(to_json(view))
    except (TypeError, ValueError):
        return KEPT_VIEW_MAX_BYTES + 1  # not sendable as it is: not kept


def search_key(text: str) -> str:
    """The key of a text search in a copy's cache: its words, case-folded."""
    return " ".join(text.split()).casefold()


class _Kinds:
    """How each event is drawn ("point", "span", "uncertain"), kept as codes; indexing gives the text."""

    NAMES = np.array(["point", "span", "uncertain"])

    def __init__(self, codes: np.ndarray):
        self.codes = codes

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, at) -> np.ndarray:
        return self.NAMES[self.codes[at]]


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


class FoundIds(frozenset):
    """The ids a store's text search found (PostgreSQL's answer is ids), with their positions in one copy's id
    index looked up once, when a filter first needs them: a common word's thousands of ids were encoded and
    looked up again at every request that filtered on it."""

    def __new__(cls, ids: Iterable[str], index: IdIndex) -> "FoundIds":
        found = super().__new__(cls, ids)
        found._index = index
        return found

    @property
    def positions(self) -> np.ndarray:
        if not hasattr(self, "_positions"):
            self._positions = self._index.get_indexer(list(self))
        return self._positions


@dataclass(eq=False)
class DashboardData:
    """The lean copy the dashboard filters and draws from; titles and details come from `store`."""

    store: Store | None
    tables: Tables  # events hold LEAN_COLUMNS only (in `apply_filter` order); actors, processes, venues complete
    index: FilterIndex  # positions is an IdIndex; links sorted by event position
    fts_positions: np.ndarray | None = None  # event position of each events_fts rowid (-1: none; SQLite)
    full: Tables | None = None  # everything (tests, and a copy made from Tables)
    version: int = 0  # counts the writes this copy has seen (a refreshed copy is one more)
    flat: pa.Table | None = None  # each event's title and CSV line (a snapshot's, so current only unchanged)
    titles_base: pa.Array | None = None  # the snapshot's titles, still right for every event not re-read since
    base_at: np.ndarray | None = None  # position -> row of `titles_base` (-1: re-read since); None: the same
    snapshot: str | None = None  # the store key of the snapshot this copy is, while unchanged
    mark: int = 0  # the touched-events log entry this copy includes (`Store.touched_since`)
    seen: frozenset = frozenset()  # the log entries near `mark` this copy includes (`Touched.seen`)
    base: str | None = None  # the key of the snapshot this copy was made from (kept by refreshed copies)
    derived: dict = field(default_factory=dict, repr=False)  # day arrays a snapshot holds already
    as_of: dt.datetime | None = None  # a past copy's instant (`tracker.dashboard.past`)
    history_store: Store | None = None  # a past copy's store, for the history up to `as_of` alone (it has no store)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _kept_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # guards _searches and _masks
    _searches: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _masks: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _views: OrderedDict = field(default_factory=OrderedDict, repr=False)  # key -> (search, titles?, view, bytes)
    _read_titles: dict = field(default_factory=dict, repr=False)  # position -> title read from the store

    def __post_init__(self) -> None:
        n = len(self.tables.events)
        self.ids: IdIndex = self.index.positions
        self.link_offsets = np.searchsorted(self.index.link_event, np.arange(n + 1)).astype(np.int64)
        self.has_actor = np.diff(self.link_offsets) > 0
        names = dict(zip(self.tables.actors["actor_id"], self.tables.actors["name"]))
        self.actor_names = np.array([names.get(a, a) for a in self.index.actor_ids], dtype=object)
        self.pairs = actor_pairs(self.tables.actors, self.index)
        self.venue_lane = _venue_lanes(self.tables)
        precision = self.values_at("date_precision", np.arange(n)) if n else np.zeros(0, dtype=object)
        days = self.derived or day_arrays(self.tables.events, precision)
        self.start_days, self.end_days, self.span_end = (days[k] for k in ("start_days", "end_days", "span_end"))
        # Codes, not a fixed-width text array (36 MB at a million events): the text only for the marks drawn.
        self.kind = _Kinds(np.where(precision == "day", np.where(self.end_days > self.start_days, 1, 0), 2).astype(np.int8))

    # --- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, store: Store) -> "DashboardData":
        """The store's snapshot (built first when the store changed since the last one)."""
        from tracker.dashboard.snapshot import current

        return cls.from_snapshot(current(store))

    @classmethod
    def from_snapshot(cls, snapshot) -> "DashboardData":
        """Over an opened `tracker.dashboard.snapshot.Snapshot`: its arrays are views of the mapped files."""
        return cls(snapshot.store, snapshot.tables, snapshot.index, fts_positions=snapshot.fts_positions,
                   flat=snapshot.flat, snapshot=snapshot.token, mark=snapshot.mark, base=snapshot.token,
                   derived=snapshot.derived)

    @classmethod
    def from_tables(cls, tables: Tables, store: Store | None = None) -> "DashboardData":
        """Build from Tables already in memory, in the order `apply_filter` gives."""
        full, index = serving_order(tables)
        lean = full.events[list(LEAN_COLUMNS)].copy()
        tags = lean["tags"].astype(object).map(lambda v: v.strip() if isinstance(v, str) and v.strip() else None)
        lean["tags"] = pd.Categorical(tags, categories=sorted({v for v in tags if isinstance(v, str)}))
        return cls(store, full.replace(events=lean, event_actors=empty_frame("event_actors")), index, full=full)

    # --- questions -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.tables.events)

    @property
    def lock(self) -> threading.RLock:
        """The lock under which the store's connection is used."""
        return self._lock

    def search(self, text: str) -> Set[str]:
        """Event ids matching `text`, as `Store.search_text` finds them, from its index (recent answers cached)."""
        key = search_key(text)
        with self._kept_lock:  # not the store's lock: a cached answer never waits for another thread's query
            if key in self._searches:
                self._searches.move_to_end(key)
                return self._searches[key]
        if self.fts_positions is not None:
            with self._lock:
                rowids = self.store.search_rowids(text)
            rowids = rowids[rowids < len(self.fts_positions)]
            found = MatchedIds(self.fts_positions[rowids], self.ids)
        elif self.store is not None:
            with self._lock:
                found = FoundIds(self.store.search_text(text), self.ids)
        else:
            found = text_match_ids(self.full, text)
        with self._kept_lock:
            self._searches[key] = found
            if len(self._searches) > 32:
                self._searches.popitem(last=False)
        return found

    def field_masks(self, f: EventFilter) -> dict[str, np.ndarray]:
        """`filters.field_masks` for `f` on the lean copy (the last few cached)."""
        key = f.to_query_string()
        with self._kept_lock:
            if key in self._masks:
                self._masks.move_to_end(key)
                return self._masks[key]
        masks = field_masks(self.tables, f, self.search(f.text) if f.text else None, self.index, self.name_indexes())
        with self._kept_lock:
            self._masks[key] = masks
            if len(self._masks) > KEPT_MASKS:
                self._masks.popitem(last=False)
        return masks

    def mask(self, f: EventFilter) -> np.ndarray:
        """Which events match `f`: the same answer as `filters.filter_mask` on the full tables."""
        result = np.ones(len(self), dtype=bool)
        for part in self.field_masks(f).values():
            result &= part
        return result

    def kept_view(self, key: tuple, make: Callable[[], T], text: str = "", titles: bool = False) -> T:
        """The view `make` draws from this copy, drawn once per `key` (its kind first; the copy never changes). Say
        which text search it depends on and whether it shows titles: a copy made after an edit that left every lean
        value and actor link as it was takes over the views (`refresh`) but those whose search now finds other
        events or, when a title changed, those that show titles."""
        with self._kept_lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key][2]
        view = make()
        size = 0 if key[0] == "state" else _sent_size(view)
        if size > KEPT_VIEW_MAX_BYTES:
            return view
        with self._kept_lock:
            self._views[key] = (search_key(text) if text else "", titles, view, size)
            self._trim_views(key[0])
        return view

    def _trim_views(self, kind: str) -> None:
        """Drop the least recently used views over the kind's count and over the byte budget (under _kept_lock)."""
        same = [key for key in self._views if key[0] == kind]
        for key in same[:max(0, len(same) - KEPT_VIEWS.get(kind, 16))]:
            del self._views[key]
        total = sum(kept[3] for kept in self._views.values())
        for key in list(self._views):
            if total <= KEPT_VIEW_BYTES:
                break
            total -= self._views.pop(key)[3]

    def views_to_keep(self, titles_same: bool, searches_same: Set[str]) -> OrderedDict:
        """The kept views still right in a copy whose lean values and links are these, whose titles are the same
        or not, and whose text searches `searches_same` (by `search_key`) find what they found (see `kept_view`)."""
        with self._kept_lock:
            return OrderedDict((key, kept) for key, kept in self._views.items()
                               if (not kept[0] or kept[0] in searches_same) and (titles_same or not kept[1]))

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
        if self.flat is not None:
            return self.flat.column("title").take(pa.array(positions)).to_pylist()
        at = self.base_at[positions] if self.base_at is not None else np.full(len(positions), -1, dtype=np.int64)
        titles = [""] * len(positions)
        if self.titles_base is not None and (at >= 0).any():
            known = np.flatnonzero(at >= 0)
            for i, title in zip(known.tolist(), self.titles_base.take(pa.array(at[known])).to_pylist()):
                titles[i] = title
        unheld = np.flatnonzero(at < 0).tolist()
        for i in unheld:
            titles[i] = self._read_titles.get(int(positions[i]), "")
        missing = [i for i in unheld if int(positions[i]) not in self._read_titles]
        if missing:  # events written since the snapshot: from the store, once per copy
            event_ids = self.ids.take(positions[missing])
            with self._lock:
                found = self.store.titles(event_ids)
            for i, event_id in zip(missing, event_ids):
                titles[i] = self._read_titles[int(positions[i])] = found.get(event_id, "")
        return titles

    def titles_held(self, positions: np.ndarray) -> list[str | None] | None:
        """The titles of these events as this copy holds them, without asking the store (None: not all held)."""
        positions = np.asarray(positions, dtype=np.int64)
        if self.full is not None or self.flat is not None:
            return self.titles_at(positions)
        at = self.base_at[positions] if self.base_at is not None else np.full(len(positions), -1, dtype=np.int64)
        if any(a < 0 and int(p) not in self._read_titles for a, p in zip(at.tolist(), positions.tolist())):
            return None
        return self.titles_at(positions)

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
            return _subset(self.store, self.tables, event_ids)

    def version_of(self, event_id: str) -> int | None:
        """The event's stored version now (None: not stored, or no store behind this copy)."""
        return self.versions_of([event_id]).get(event_id)

    def versions_of(self, event_ids: list[str]) -> dict[str, int]:
        """The stored version now of each of these events that is stored (none without a store behind this copy)."""
        if self.store is None or not hasattr(self.store, "event_versions"):
            return {}
        with self._lock:
            return self.store.event_versions(event_ids)

    def stored_record(self, event_id: str) -> dict | None:
        """The event's record as the store keeps it (its row's SQL values, actors, sources, quotes, links and
        version, `tracker.store.history`), read in a few ms where `subset` makes five frames; None when absent.
        A copy made from Tables (`full`) makes it from them (its version: the store's, else 0)."""
        if self.full is not None:
            from tracker.store.recording import candidate_records, record_tables
            from tracker.store.rows import frame_row_batches

            record = candidate_records(record_tables(self.subset([event_id])), {event_id}, frame_row_batches).get(event_id)
            if record is not None:
                record["version"] = self.version_of(event_id) or 0
            return record
        if self.store is None or not hasattr(self.store, "event_record"):
            return None
        with self._lock:
            return self.store.event_record(event_id)

    def changes_of(self, event_id: str) -> list:
        """The event's recorded changes, oldest first (none without a store)."""
        if self.store is None:
            return []
        with self._lock:
            return self.store.history(event_id)

    def links_to(self, event_id: str) -> pd.DataFrame:
        """Links that point at `event_id` (a proposal's responses, a round's statements)."""
        if self.full is not None:
            links = self.full.event_links
            return links[links["to_event_id"] == event_id].reset_index(drop=True)
        with self._lock:
            return self.store.rows_where("event_links", "to_event_id", [event_id])


# --- from the store -------------------------------------------------------------------

def _subset(store: Store, lean: Tables, event_ids: list[str]) -> Tables:
    """The full rows of these events (in this order) and their child rows, read from the store."""
    rows = store.event_rows(event_ids)
    events = rows.pop("events")
    rank = {event_id: i for i, event_id in enumerate(event_ids)}
    events = events.iloc[np.argsort(events["event_id"].map(rank).to_numpy(), kind="stable")].reset_index(drop=True)
    return lean.replace(events=events, **rows)


# --- derived arrays ----------------------------------------------------------------

def _venue_lanes(tables: Tables) -> dict[str, str]:
    """Venue name -> lane label joining the names of the same place ("Astana / Nur-Sultan")."""
    names: dict[str, list[str]] = {}
    for venue_id, name in zip(tables.venues["venue_id"], tables.venues["name"]):
        if name not in names.setdefault(venue_id, []):
            names[venue_id].append(name)
    label_by_key = {fold(name): " / ".join(group) for group in names.values() for name in group}
    return {str(v): label_by_key.get(fold(v), str(v)) for v in tables.events["venue"].cat.categories}
