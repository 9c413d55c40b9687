"""The events table: one page of the matching events, sorted on the server (a million rows never leave it).

The grid (dash-ag-grid, client-side row model) holds only the page shown; paging, page size
and sorting come back here. `table_view` turns what the analyst did into the page to show.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from tracker.dashboard.data import DashboardData
from tracker.dashboard.inputs import mapping, records, text, whole
from tracker.dashboard.views import day_date
from tracker.dates import format_span

#: The grid's columns (id, heading). Seven columns do not fit the ~640 px the table has at 1280 px, so the
#: title cell shows the type and venue under the title, and one column holds the process and its round.
COLUMNS = (("date", "Date"), ("title", "Title"), ("process", "Process, round"), ("status", "Status"))
#: Every column a sort can name; sorting by process sorts its rounds by number within it.
SORTABLE = ("date", "title", "process", "round", "type", "venue", "status")
#: The page sizes offered; the first is the default.
PAGE_SIZES = (12, 25, 50, 100)
PAGE_SIZE = PAGE_SIZES[0]
#: Sorting by title reads every matching title, so it is offered up to this many events.
TITLE_SORT_LIMIT = 100_000
_DIGITS = re.compile(r"\d+")
_HAS_DIGIT = re.compile(r"\d").search


def _number(match: re.Match) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"{len(digits):03d}{digits}"


def natural_key(text: str) -> str:
    """A casefolded key that sorts numbers by value: "2nd" before "10th", "round 9" before "round 10".

    Each run of digits becomes its length (3 digits) then the digits, so a longer number sorts
    later and plain string order does the rest (no tuples to compare).
    """
    text = str(text).casefold()
    return _DIGITS.sub(_number, text) if _HAS_DIGIT(text) else text


def _category_rank(column) -> np.ndarray:
    """Sort keys of a categorical column: its categories in natural order, missing last."""
    categories = [natural_key(c) for c in column.cat.categories]
    rank = np.argsort(np.argsort(categories, kind="stable"), kind="stable")
    codes = column.cat.codes.to_numpy()
    return np.where(codes < 0, len(categories), rank[np.maximum(codes, 0)])


def _sort_keys(data: DashboardData, positions: np.ndarray, column: str) -> np.ndarray | None:
    """Ascending sort keys of the events at `positions`: floats (missing = inf) or strings; None if too many."""
    events = data.tables.events
    if column == "date":
        return data.start_days[positions].astype(float)
    if column == "round":
        return events["round_number"].to_numpy(dtype="float64", na_value=np.inf)[positions]
    if column == "title":
        if len(positions) > TITLE_SORT_LIMIT:
            return None
        return np.array([natural_key(t) for t in data.titles_at(positions)], dtype=object)  # faster than "U" here
    name = {"type": "event_type", "process": "process", "venue": "venue", "status": "status"}[column]
    rank = _category_rank(events[name]).astype(float)
    rank[rank == len(events[name].cat.categories)] = np.inf
    return rank[positions]


def sort_of(column_state: list | None) -> list[dict]:
    """The sort the grid asks for, from its column state: [{"colId", "sort"}], first key first."""
    sorted_columns = [c for c in records(column_state) if c.get("sort") in ("asc", "desc") and c.get("colId") in SORTABLE]
    sorted_columns.sort(key=lambda c: whole(c.get("sortIndex"), 0))
    return [{"colId": c["colId"], "sort": c["sort"]} for c in sorted_columns]


def sorted_positions(data: DashboardData, mask: np.ndarray, sort: list[dict]) -> tuple[np.ndarray, str]:
    """Positions of the matching events in the asked order (missing values last either way), and a note."""
    positions = np.flatnonzero(mask)
    note = ""
    # Applied last key first (stable sorts); the process column sorts by process, then round number.
    steps = [(column, key.get("sort")) for key in sort or []
             for column in (("process", "round") if key.get("colId") == "process" else (key.get("colId", "date"),))]
    for column, direction in reversed(steps):
        keys = _sort_keys(data, positions, column)
        if keys is None:
            note = f"Sorting by title works up to {TITLE_SORT_LIMIT:,} events; narrow the filters first."
            continue
        if direction == "desc":  # reversed, but missing values stay last
            if keys.dtype == object:
                keys = -np.unique(keys, return_inverse=True)[1].astype(float)
            else:
                keys = np.where(np.isfinite(keys), -keys, np.inf)
        positions = positions[np.argsort(keys, kind="stable")]
    return positions, note


def page_size_of(value) -> int:
    """A page size the table offers (the default for anything else: "x", 10000000, a list)."""
    size = whole(value, PAGE_SIZE)
    return size if size in PAGE_SIZES else PAGE_SIZE


@dataclass(frozen=True)
class TableView:
    """What the table shows: filter key, data version, sort, page size and page; pages and rows in all."""

    key: str = ""
    version: int = -1
    sort: list = field(default_factory=list)
    size: int = PAGE_SIZE
    page: int = 0
    pages: int = 1
    count: int = 0

    @classmethod
    def of(cls, stored: dict | None) -> "TableView":
        """The view kept in the page's store (the empty view for a new page, or for a forged one)."""
        stored = mapping(stored)
        return cls(key=text(stored.get("key", "")) or "", version=whole(stored.get("version"), -1),
                   sort=sort_of(stored.get("sort")), size=page_size_of(stored.get("size")),
                   page=whole(stored.get("page"), 0, 0), pages=whole(stored.get("pages"), 1, 1),
                   count=whole(stored.get("count"), 0, 0))

    def stored(self) -> dict:
        """The view as the page's store keeps it."""
        return asdict(self)

    def info(self) -> str:
        """ "Rows 13–24 of 96 · page 2 of 8" for the pager."""
        if not self.count:
            return "No rows"
        first = self.page * self.size + 1
        last = min(self.count, first + self.size - 1)
        return f"Rows {first:,}–{last:,} of {self.count:,} · page {self.page + 1:,} of {self.pages:,}"


#: What a pager button does to the page number, given the page and the number of pages. "Last" asks for a page past
#: any end, which the table clamps to the data's own last page: the page count known to the view may be from before
#: an edit that added a page (after a Save, "Last" showed the old last page, without the new event).
LAST = 2**31 - 1
MOVES = {"first": lambda page, pages: 0, "previous": lambda page, pages: page - 1,
         "next": lambda page, pages: page + 1, "last": lambda page, pages: LAST}


def next_page(old: TableView, key: str, sort: list, size: int, move: str | None) -> int:
    """The page to show: a new filter or sort starts at the first page; a new page size keeps the top row shown;
    anything else (new data, a selected event) keeps the page."""
    if key != old.key or sort != old.sort:
        return 0
    if move in MOVES:
        return MOVES[move](old.page, old.pages)
    if size != old.size:
        return old.page * old.size // size
    return old.page


def table_page(data: DashboardData, mask: np.ndarray, page: int, page_size: int, sort: list) -> tuple:
    """(rows, page shown, page count, row count, note) for page `page` of the matching events."""
    page_size = page_size_of(page_size)
    positions, note = sorted_positions(data, mask, sort)
    pages = max(1, -(-len(positions) // page_size))
    page = whole(page, 0, 0, pages - 1)
    return rows_at(data, positions[page * page_size:(page + 1) * page_size]), page, pages, len(positions), note


def rows_at(data: DashboardData, shown: np.ndarray) -> list[dict]:
    """The table rows of the events at these positions (each column read once for them all: a cell at a time
    through pandas cost 12 ms a page)."""
    shown = np.asarray(shown, dtype=np.int64)
    if not len(shown):
        return []
    titles = data.titles_at(shown)
    cells = {column: data.values_at(column, shown) for column in ("date_precision", "event_type", "process", "venue", "status")}
    rounds = data.tables.events["round_number"].array.take(shown).to_numpy(dtype=object, na_value=None)
    rows = []
    for i, (event_id, position) in enumerate(zip(data.ids.take(shown), shown.tolist())):
        start, end = day_date(data.start_days[position]), day_date(data.end_days[position])
        process = _text(cells["process"][i])
        round_number = "" if rounds[i] is None else int(rounds[i])
        rows.append({
            "id": event_id, "date": format_span(start, end if end != start else None, str(cells["date_precision"][i])),
            "type": str(cells["event_type"][i]).replace("_", " "), "title": titles[i], "process": process,
            "round": round_number, "venue": _text(cells["venue"][i]), "status": _text(cells["status"][i]),
            "stage": stage(process, round_number),
        })
    return rows


def stage(process: str, round_number) -> str:
    """ "Astana format, round 21": the process and round column's text."""
    return ", ".join(part for part in (process, f"round {round_number}" if round_number != "" else "") if part)


def _text(value) -> str:
    return value if isinstance(value, str) else ""
