"""The link picker's options: events whose title, summary or quotes hold the typed words, or whose id it is."""
from __future__ import annotations

import numpy as np
from dash import no_update

from tracker.dashboard.data import DashboardData

#: Options shown for one search (the newest first).
LIMIT = 30


def _option(data: DashboardData, position: int, title: str) -> dict:
    event_id = data.ids.ids[position].decode("utf-8")
    return {"label": f"{title} ({event_id})", "value": event_id}


def link_search_options(data: DashboardData, search: str | None, current: str | None):
    """Options for the typed text (at least 2 characters), the current choice kept first."""
    if not search or len(search.strip()) < 2:
        return no_update
    found = data.search(search)
    positions = getattr(found, "positions", None)
    if positions is None:
        positions = data.ids.get_indexer(list(found))
    positions = [int(p) for p in np.asarray(positions, dtype=np.int64) if p >= 0]
    exact = data.position_of(search.strip())
    if exact is not None and exact not in positions:
        positions.append(exact)
    positions = sorted(set(positions))[::-1][:LIMIT]
    kept = data.position_of(current) if current else None
    if kept is not None and kept not in positions:
        positions.insert(0, kept)
    titles = data.titles_at(positions) if positions else []
    return [_option(data, p, t) for p, t in zip(positions, titles)]
