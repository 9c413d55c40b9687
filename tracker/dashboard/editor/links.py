"""The link picker's options: events whose title, summary or quotes hold the typed words, or whose id it is,
after the rounds the text names by number ("round 20")."""
from __future__ import annotations

import numpy as np
import pandas as pd
from dash import no_update

from tracker.dashboard.data import DashboardData
from tracker.event_refs import is_title, named_positions, round_mask

#: Options shown for one search (the newest first).
LIMIT = 30


def round_positions(data: DashboardData, search: str) -> list[int]:
    """The events of the round `search` names by number, the newest first (`tracker.event_refs.round_mask`)."""
    mask = round_mask(data.tables.events, search)
    return [] if mask is None else np.flatnonzero(mask)[::-1].tolist()


def named_events(data: DashboardData, text: str) -> list[str]:
    """The ids of the events `text` names (an id, a round, a title: `tracker.event_refs.named_positions`) over the
    dashboard's columns: the review form's links box reads its lines through it."""

    def titled(typed: str) -> list[int]:  # the search index narrows a million titles to those with the words
        found = _found_positions(data, typed)
        return [p for p, same in zip(found, is_title(pd.Series(data.titles_at(found), dtype="string"), typed)) if same] \
            if found else []

    positions = named_positions(data.tables.events, text, data.position_of, titled)
    return [data.ids.ids[p].decode("utf-8") for p in positions]


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
