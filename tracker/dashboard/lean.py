"""The lean copy's building blocks shared by `DashboardData` and the snapshot files: columns, ids, order, days."""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from tracker.aggregate import uncertain_end
from tracker.filters import FilterIndex
from tracker.models import Tables

#: The event columns the dashboard keeps in memory.
LEAN_COLUMNS = ("event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
                "venue", "review_state", "tags")
#: `tags` is kept whole ("ceasefire; Idlib"): few distinct cells, so the tag filter and counts work per cell.
CATEGORY_COLUMNS = ("event_type", "status", "date_precision", "process", "venue", "review_state", "tags")


class IdIndex:
    """Event ids as one bytes array with a sorted copy: lookups by binary search, no million Python strings."""

    def __init__(self, ids: Iterable[str] | np.ndarray):
        array = np.asarray(ids)
        self.ids = array if array.dtype.kind == "S" else np.array([str(i).encode("utf-8") for i in array], dtype="S")
        if not len(self.ids):
            self.ids = np.zeros(0, dtype="S1")
        self.order = np.argsort(self.ids, kind="stable")
        self.sorted = self.ids[self.order]

    @classmethod
    def from_arrays(cls, ids: np.ndarray, order: np.ndarray, sorted_ids: np.ndarray) -> "IdIndex":
        """An index over arrays made before (a snapshot's), without sorting again."""
        index = cls.__new__(cls)
        index.ids, index.order, index.sorted = ids, order, sorted_ids
        return index

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

    def starting_with(self, prefix: str) -> np.ndarray:
        """Positions of the ids that start with `prefix`, any case (in id order). A binary search on the sorted ids
        when no id has a capital letter (slugs, as ids mostly are; asked once per index), else a pass over them
        all (lowering every id at each keystroke of the link picker took a tenth of a second at a million)."""
        try:
            wanted = prefix.lower().encode("utf-8")
        except UnicodeEncodeError:
            return np.zeros(0, dtype=np.int64)
        if not len(self.ids) or len(wanted) > self.ids.dtype.itemsize:
            return np.zeros(0, dtype=np.int64)
        if not hasattr(self, "_capitals"):
            raw = self.ids.tobytes()
            self._capitals = raw.lower() != raw  # (ASCII A-Z: what lower() changes in an id's bytes)
        if self._capitals:
            return np.flatnonzero(np.char.startswith(np.char.lower(self.ids), wanted))
        # the ids that start with `wanted` sort together, from `wanted` itself to `wanted` followed by the highest
        # bytes (0xff is no byte of UTF-8 text)
        last = np.array([wanted + b"\xff" * (self.ids.dtype.itemsize - len(wanted))], dtype=self.ids.dtype)
        low = np.searchsorted(self.sorted, np.array([wanted], dtype=self.ids.dtype), side="left")[0]
        high = np.searchsorted(self.sorted, last, side="right")[0]
        return np.sort(self.order[low:high])

    def take(self, positions: Iterable[int]) -> list[str]:
        """The ids at these positions."""
        return [b.decode("utf-8") for b in self.ids[np.asarray(positions, dtype=np.int64)]]


def serving_order(tables: Tables) -> tuple[Tables, FilterIndex]:
    """`tables` with the events in the order `apply_filter` gives, and their actor links by event position."""
    events = tables.events.sort_values(["start_date", "end_date", "event_id"], kind="stable",
                                       na_position="last").reset_index(drop=True)
    full = tables.replace(events=events)
    built = FilterIndex.build(full)
    order = np.argsort(built.link_event, kind="stable")
    # Actor codes in the actors table's order, then actors missing from it (as a load from the store
    # numbered them): lane order, and which lanes a cap keeps, follow the codes.
    known = [str(a) for a in tables.actors["actor_id"]]
    seen = set(known)
    actor_ids = pd.Index(known + [str(a) for a in built.actor_ids if str(a) not in seen], dtype=object)
    recode = actor_ids.get_indexer(pd.Index([str(a) for a in built.actor_ids], dtype=object))
    link_actor = recode[built.link_actor[order]].astype(built.link_actor.dtype) if len(order) else built.link_actor
    index = FilterIndex(IdIndex(events["event_id"].to_numpy(dtype=object)), built.link_event[order], link_actor,
                        actor_ids)
    return full, index


def day_arrays(events: pd.DataFrame, precision: np.ndarray) -> dict[str, np.ndarray]:
    """Start and end day numbers of each event, and the end its date precision allows (`uncertain_end`)."""
    start = events["start_date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    end = events["end_date"].to_numpy().astype("datetime64[D]")
    end_days = np.where(np.isnat(end), start, end.astype(np.int64))
    return {"start_days": start, "end_days": end_days, "span_end": uncertain_end(start, end_days, precision)}
