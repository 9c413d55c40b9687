"""Counts per actor, venue, type, process, round, status and tag for the filter widgets.

Each field's counts are taken under every other filter but its own (a faceted search),
so the options of a field show how many events each one would add. The counts come
from the same per-field masks as `filter_mask`, so they agree with the command line.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from tracker.filters import EventFilter, FilterIndex, field_masks, tag_cells
from tracker.models import Tables
from tracker.resolve import fold

#: EventFilter field -> events column whose categories it counts.
CATEGORY_FIELDS = {"types": "event_type", "statuses": "status", "processes": "process", "venues": "venue",
                   "states": "review_state"}


@dataclass(frozen=True)
class Facets:
    """Matching total and, per filter field, value -> count of events under the other filters."""

    total: int
    counts: dict[str, dict]


def actor_pairs(actors: pd.DataFrame, index: FilterIndex) -> tuple[np.ndarray, np.ndarray]:
    """(event position, actor code) once for each event and each actor it matches, its own or an ancestor's.

    An event of Kazakhstan's foreign ministry counts for the ministry and for Kazakhstan,
    as the actor filter does; counting these pairs gives every actor's count.
    """
    parent = dict(zip(actors["actor_id"], actors["parent_id"]))
    code_of = {actor_id: i for i, actor_id in enumerate(index.actor_ids)}
    chains: list[list[int]] = []
    for actor_id in index.actor_ids:
        chain, current = [], actor_id
        while isinstance(current, str) and current in code_of and code_of[current] not in chain:
            chain.append(code_of[current])
            current = parent.get(current)
        chains.append(chain)
    width = max(len(chains), 1)
    levels = np.full((max((len(c) for c in chains), default=1), width), -1, dtype=np.int64)
    for code, chain in enumerate(chains):
        levels[:len(chain), code] = chain
    keys = []
    for level in levels:
        ancestor = level[index.link_actor] if len(index.link_actor) else np.zeros(0, dtype=np.int64)
        keep = ancestor >= 0
        keys.append(index.link_event[keep].astype(np.int64) * width + ancestor[keep])
    key = np.sort(np.concatenate(keys))
    key = key[np.concatenate([[True], key[1:] != key[:-1]])] if len(key) else key
    return (key // width).astype(np.int32), (key % width).astype(np.int32)


def _all_but(masks: dict[str, np.ndarray], skip: str, n: int) -> np.ndarray:
    mask = np.ones(n, dtype=bool)
    for name, part in masks.items():
        if name != skip:
            mask &= part
    return mask


def _category_counts(column: pd.Series, mask: np.ndarray) -> dict[str, int]:
    codes = column.cat.codes.to_numpy()[mask]
    counts = np.bincount(codes[codes >= 0], minlength=len(column.cat.categories))
    return {str(c): int(n) for c, n in zip(column.cat.categories, counts)}


def tag_counts(column: pd.Series, mask: np.ndarray) -> dict[str, int]:
    """Tag -> number of events under `mask` that carry it (counted per distinct cell, then per tag;
    tags that differ only in case count together, under the first spelling met)."""
    codes, cells = tag_cells(column)
    picked = codes[mask]
    per_cell = np.bincount(picked[picked >= 0], minlength=len(cells))
    counts: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for tags, n in zip(cells, per_cell):
        for tag in dict.fromkeys(spelling.setdefault(fold(t), t) for t in tags):
            counts[tag] = counts.get(tag, 0) + int(n)
    return counts


def facet_counts(tables: Tables, f: EventFilter, text_ids: set[str] | None = None, index: FilterIndex | None = None,
                 pairs: tuple[np.ndarray, np.ndarray] | None = None,
                 masks: dict[str, np.ndarray] | None = None) -> Facets:
    """The total matching `f` and the counts of every option of every filter field.

    `index` and `pairs` (from `actor_pairs`) make it fast for repeated calls; without
    them the actor counts are computed from the tables; `masks` are `field_masks` already computed.
    """
    events = tables.events
    n = len(events)
    masks = masks if masks is not None else field_masks(tables, f, text_ids, index)
    counts: dict[str, dict] = {}
    for name, column in CATEGORY_FIELDS.items():
        counts[name] = _category_counts(events[column], _all_but(masks, name, n))
    rounds = events["round_number"].to_numpy(dtype="float64", na_value=np.nan)[_all_but(masks, "rounds", n)]
    rounds = rounds[~np.isnan(rounds)].astype(np.int64)
    counts["rounds"] = {int(r): int(c) for r, c in zip(*np.unique(rounds, return_counts=True))}
    index = index if index is not None else FilterIndex.build(tables)
    pair_event, pair_actor = pairs if pairs is not None else actor_pairs(tables.actors, index)
    hit = _all_but(masks, "actors", n)[pair_event]
    by_code = np.bincount(pair_actor[hit], minlength=len(index.actor_ids))
    counts["actors"] = {str(a): int(c) for a, c in zip(index.actor_ids, by_code)}
    if "tags" in events:
        counts["tags"] = tag_counts(events["tags"], _all_but(masks, "tags", n))
    total = int(_all_but(masks, "", n).sum())
    return Facets(total, counts)
