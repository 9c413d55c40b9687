"""The link picker's options: events whose title, summary or quotes hold the typed words, or whose id it is,
after the rounds the text names by number ("round 20")."""
from __future__ import annotations

import numpy as np
import pandas as pd
from dash import no_update

from tracker.dashboard.data import DashboardData
from tracker.event_refs import is_title, latest_first, round_mask

#: Options shown for one search (the newest first).
LIMIT = 30


def round_positions(data: DashboardData, search: str) -> list[int]:
    """The events of the round `search` names by number, the newest first (`tracker.event_refs.round_mask`)."""
    mask = round_mask(data.tables.events, search)
    return [] if mask is None else np.flatnonzero(mask)[::-1].tolist()


def named_events(data: DashboardData, text: str) -> list[str]:
    """The ids of the events `text` names, as `tracker.event_refs.event_refs` reads a name (an id, a round, a
    title), over the dashboard's columns: the review form's links box reads its lines through it."""
    typed = text.strip()
    if data.position_of(typed) is not None:
        return [typed]
    events = data.tables.events
    mask = round_mask(events, typed)
    if mask is not None:
        positions = np.flatnonzero(mask)
    else:  # the search index narrows a million titles to those holding the words, then the whole title must match
        found = _found_positions(data, typed) if typed else []
        positions = np.asarray([p for p, title in zip(found, data.titles_at(found) if found else [])
                                if is_title(pd.Series([title]), typed)[0]], dtype=np.int64)
    return [data.ids.ids[p].decode("utf-8") for p in latest_first(events, positions)]


def _found_positions(data: DashboardData, search: str) -> list[int]:
    """The positions of the events the search box's words find."""
    found = data.search(search)
    positions = getattr(found, "positions", None)
    if positions is None:
        positions = data.ids.get_indexer(list(found))
    return [int(p) for p in np.asarray(positions, dtype=np.int64) if p >= 0]


def id_positions(data: DashboardData, search: str) -> list[int]:
    """The events whose id is the typed text, then those whose id starts with it (newest first): typed "kaz-prop",
    kaz-proposal-2023-06-21 comes before events whose words merely start with "kaz" and "prop"."""
    typed = search.strip().lower()
    if not typed or " " in typed:
        return []
    exact = data.position_of(search.strip())
    starts = data.ids.starting_with(typed)
    return list(dict.fromkeys([*([exact] if exact is not None else []), *starts[::-1].tolist()]))


def _option(data: DashboardData, position: int, title: str, search: str) -> dict:
    """An event as an option. Its `search` is the typed text: the dropdown filters the options again in the browser,
    by label, value and `search`, and would drop what the server found elsewhere (a round's number, a summary)."""
    event_id = data.ids.ids[position].decode("utf-8")
    return {"label": f"{title} ({event_id})", "value": event_id, "search": search}


def link_search_options(data: DashboardData, search: str | None, current: str | None):
    """Options for the typed text (at least 2 characters), the current choice kept first."""
    if not search or len(search.strip()) < 2:
        return no_update
    positions = _found_positions(data, search)
    by_id = id_positions(data, search)
    rounds = round_positions(data, search)
    first = list(dict.fromkeys([*by_id, *rounds]))
    named = set(first)
    positions = [*first, *(p for p in sorted(set(positions))[::-1] if p not in named)][:LIMIT]
    kept = data.position_of(current) if current else None
    if kept is not None and kept not in positions:
        positions.insert(0, kept)
    titles = data.titles_at(positions) if positions else []
    return [_option(data, p, t, search) for p, t in zip(positions, titles)]
