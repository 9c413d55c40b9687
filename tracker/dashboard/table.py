"""The events table: one page of the matching events, sorted on the server (a million rows never leave it)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.dashboard.data import DashboardData
from tracker.dashboard.views import day_date
from tracker.dates import format_span

COLUMNS = (("date", "Date"), ("type", "Type"), ("title", "Title"), ("process", "Process"), ("round", "Round"),
           ("venue", "Venue"), ("status", "Status"))
PAGE_SIZE = 12
#: Sorting by title reads every matching title, so it is offered up to this many events.
TITLE_SORT_LIMIT = 100_000


def _category_rank(column) -> np.ndarray:
    """Sort keys of a categorical column: its categories in alphabetical order, missing last."""
    categories = [str(c).casefold() for c in column.cat.categories]
    rank = np.argsort(np.argsort(categories, kind="stable"), kind="stable")
    codes = column.cat.codes.to_numpy()
    return np.where(codes < 0, len(categories), rank[np.maximum(codes, 0)])


def _sort_keys(data: DashboardData, positions: np.ndarray, column: str) -> np.ndarray | None:
    events = data.tables.events
    if column == "date":
        return data.start_days[positions].astype(float)
    if column == "round":
        return events["round_number"].to_numpy(dtype="float64", na_value=np.inf)[positions]
    if column == "title":
        if len(positions) > TITLE_SORT_LIMIT:
            return None
        return np.array([t.casefold() for t in data.titles_at(positions)], dtype=object)
    name = {"type": "event_type", "process": "process", "venue": "venue", "status": "status"}[column]
    rank = _category_rank(events[name]).astype(float)
    rank[rank == len(events[name].cat.categories)] = np.inf
    return rank[positions]


def table_page(data: DashboardData, mask: np.ndarray, page: int, page_size: int, sort_by: list) -> tuple:
    """(rows, page count, note) for page `page` of the matching events."""
    positions = np.flatnonzero(mask)
    note = ""
    for sort in reversed(sort_by or []):
        keys = _sort_keys(data, positions, sort.get("column_id", "date"))
        if keys is None:
            note = f"Sorting by title works up to {TITLE_SORT_LIMIT:,} events; narrow the filters first."
            continue
        if sort.get("direction") == "desc":  # reversed, but missing values stay last
            if keys.dtype == object:
                rank = np.unique(keys, return_inverse=True)[1]
                keys = -rank.astype(float)
            else:
                keys = np.where(np.isfinite(keys.astype(float)), -keys.astype(float), np.inf)
        positions = positions[np.argsort(keys, kind="stable")]
    pages = max(1, -(-len(positions) // page_size))
    page = min(max(page, 0), pages - 1)
    shown = positions[page * page_size:(page + 1) * page_size]
    events = data.tables.events
    titles = data.titles_at(shown) if len(shown) else []
    rows = []
    for i, position in enumerate(shown):
        start, end = day_date(data.start_days[position]), day_date(data.end_days[position])
        precision = str(events["date_precision"].iat[position])
        round_number = events["round_number"].iat[position]
        rows.append({
            "id": data.ids.take([position])[0],
            "date": format_span(start, end if end != start else None, precision),
            "type": str(events["event_type"].iat[position]).replace("_", " "), "title": titles[i],
            "process": _text(events["process"].iat[position]),
            "round": "" if pd.isna(round_number) else int(round_number),
            "venue": _text(events["venue"].iat[position]), "status": _text(events["status"].iat[position]),
        })
    return rows, pages, note


def _text(value) -> str:
    return value if isinstance(value, str) else ""
