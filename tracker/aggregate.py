"""Binning events per lane and time, so a figure never carries more marks than it can draw.

Days are integers (days since 1970-01-01) throughout: cheap to compare and bin.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: The most individual marks a timeline figure carries; beyond it, lanes x time bins. Plotly draws a
#: mark as an SVG node: about 0.15-0.2 ms each in headless Chromium, so 2,000 keep a redraw near 400 ms
#: (5,000 took up to 1.2 s); and more than 2,000 marks across a plot 700-1,000 px wide hide each other anyway.
MARK_BUDGET = 2_000
#: The most lanes drawn; the smaller lanes are merged into one "other" lane.
MAX_LANES = 30
#: (name, approximate days) of the bin widths, finest first.
BIN_UNITS = (("day", 1), ("week", 7), ("month", 30.44), ("quarter", 91.3), ("year", 365.25), ("5 years", 1826.2))


def to_days(values: np.ndarray) -> np.ndarray:
    """datetime64 values as int64 days since 1970-01-01 (NaT stays the int64 minimum)."""
    return np.asarray(values).astype("datetime64[D]").astype(np.int64)


def uncertain_end(start_days: np.ndarray, end_days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """The last day an event may fall on: end of the month or year for month- or year-precision dates."""
    end = np.maximum(start_days, end_days)
    as_date = end.astype("datetime64[D]")
    month_end = ((as_date.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1).astype(np.int64)
    year_end = ((as_date.astype("datetime64[Y]") + 1).astype("datetime64[D]") - 1).astype(np.int64)
    return np.where(precision == "month", month_end, np.where(precision == "year", year_end, end))


def bin_edges(first_day: int, last_day: int, target: int = 150) -> tuple[np.ndarray, str]:
    """Edges (days, n_bins + 1) of calendar bins covering [first_day, last_day]: the finest unit giving <= target bins."""
    span = max(last_day - first_day + 1, 1)
    unit = next((name for name, days in BIN_UNITS if span / days <= target), BIN_UNITS[-1][0])
    first = np.datetime64(int(first_day), "D")
    last = np.datetime64(int(last_day), "D")
    if unit == "day":
        edges = np.arange(first, last + 2)
    elif unit == "week":
        monday = first - ((first.astype(np.int64) + 3) % 7)  # 1970-01-01 was a Thursday
        edges = np.arange(monday, last + 8, 7)
    else:
        step = {"month": 1, "quarter": 3, "year": 12, "5 years": 60}[unit]
        month0 = first.astype("datetime64[M]")
        if unit == "quarter":
            month0 -= month0.astype(np.int64) % 3
        if unit in ("year", "5 years"):
            month0 = first.astype("datetime64[Y]").astype("datetime64[M]")
            month0 -= (month0.astype("datetime64[Y]").astype(np.int64) % 5) * 12 if unit == "5 years" else 0
        months = np.arange(month0, last.astype("datetime64[M]") + step + 1, step)
        edges = months.astype("datetime64[D]")
        edges = edges[: np.searchsorted(edges, last, side="right") + 1]
    return edges.astype(np.int64), unit


def bin_counts(lane: np.ndarray, day: np.ndarray, n_lanes: int, edges: np.ndarray) -> np.ndarray:
    """Counts per lane (rows) and bin (columns) of marks on `day`; days outside the edges are dropped."""
    n_bins = len(edges) - 1
    where = np.searchsorted(edges, day, side="right") - 1
    inside = (where >= 0) & (where < n_bins)
    flat = np.bincount(lane[inside].astype(np.int64) * n_bins + where[inside], minlength=max(n_lanes * n_bins, 0))
    return flat.reshape(n_lanes, n_bins) if n_bins else np.zeros((n_lanes, 0), dtype=np.int64)


def sorted_bin_counts(lane: np.ndarray, day: np.ndarray, n_lanes: int, edges: np.ndarray) -> np.ndarray:
    """`bin_counts` for marks whose days are in ascending order: one bincount per bin over a slice."""
    cuts = np.searchsorted(day, edges, side="left")
    counts = np.zeros((n_lanes, len(edges) - 1), dtype=np.int64)
    for column, (start, stop) in enumerate(zip(cuts[:-1], cuts[1:])):
        if stop > start:
            counts[:, column] = np.bincount(lane[start:stop], minlength=n_lanes)
    return counts


def cap_lanes(lane: np.ndarray, labels: list[str], first_day: np.ndarray, max_lanes: int = MAX_LANES,
              in_order: bool = False) -> tuple[np.ndarray, list[str]]:
    """Keep the `max_lanes - 1` busiest lanes (ordered by first event), merge the rest into "Other (N lanes)".

    `in_order` says each lane's marks come in date order (so its first mark is its earliest).
    Returns the new lane of every mark and the labels, top lane first.
    """
    counts = np.bincount(lane, minlength=len(labels))
    used = np.flatnonzero(counts)
    if len(used) > max_lanes:
        keep = used[np.argsort(-counts[used], kind="stable")[: max_lanes - 1]]
    else:
        keep = used
    first = np.full(len(labels), np.iinfo(np.int64).max)
    if in_order:
        first[lane[::-1]] = first_day[::-1]
    else:
        np.minimum.at(first, lane, first_day)
    keep = keep[np.lexsort((np.array([labels[k] for k in keep], dtype=object).astype(str), first[keep]))]
    new_code = np.full(len(labels), len(keep), dtype=np.int32)
    new_code[keep] = np.arange(len(keep))
    new_labels = [labels[k] for k in keep]
    if len(used) > len(keep):
        new_labels.append(f"Other ({len(used) - len(keep)} lanes)")
    return new_code[lane], new_labels


def month_counts(days: np.ndarray, codes: np.ndarray, n_codes: int, bounds: tuple[np.datetime64, ...] = (),
                 ends: np.ndarray | None = None, unit: str = "M") -> tuple[np.ndarray, np.ndarray]:
    """Month starts (datetime64[D]) and counts per code (rows) and month (columns), for the activity chart; the
    months run over `bounds` (days) too (the filter's dates: the chart stopped at the last event, not at "to").
    With `ends` (each event's last day), an event is counted in every month from its start's to its end's (a
    six-month negotiation is under way in each; it was counted in its first month only). `unit` "Y": per year."""
    kind = f"datetime64[{unit}]"
    months = days.astype("datetime64[D]").astype(kind).astype(np.int64)
    lasts = ends.astype("datetime64[D]").astype(kind).astype(np.int64) if ends is not None else months
    lasts = np.maximum(lasts, months)
    edges = np.array(bounds, dtype="datetime64[D]").astype(kind).astype(np.int64)
    if not len(months) and not len(edges):
        return np.array([], dtype="datetime64[D]"), np.zeros((n_codes, 0), dtype=np.int64)
    first, last = np.concatenate([months, edges]).min(), np.concatenate([lasts, edges]).max()
    n_months = int(last - first + 1)
    codes = codes.astype(np.int64) * (n_months + 1)
    # +1 in its first month, -1 after its last: the running sum counts it in each month between (one pass, no loop)
    steps = np.bincount(codes + (months - first), minlength=n_codes * (n_months + 1)) - \
        np.bincount(codes + (lasts - first + 1), minlength=n_codes * (n_months + 1))
    counts = np.cumsum(steps.reshape(n_codes, n_months + 1), axis=1)[:, :n_months]
    starts = np.arange(first, last + 1).astype(kind).astype("datetime64[D]")
    return starts, counts


@dataclass(frozen=True)
class Window:
    """The visible time range, in days, both ends included."""

    first: int
    last: int

    def overlaps(self, start: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Mask of the spans [start, end] that show in the window."""
        return (end >= self.first) & (start <= self.last)


#: The most sub-rows a lane stacks its overlapping marks into; beyond, a mark shares the row that frees first.
MAX_SUBROWS = 8


def stack_rows(lane: np.ndarray, start: np.ndarray, end: np.ndarray, gap: float | np.ndarray = 0.5,
               max_rows: int = MAX_SUBROWS) -> np.ndarray:
    """The sub-row of each mark within its lane, so that overlapping marks do not hide each other.

    Greedy interval packing, as vis-timeline stacks items: marks in start order, each into the first
    sub-row of its lane that is free by its start; a mark takes [start, end + 1) days plus `gap` days,
    so adjacent one-day marks do not touch (`gap` may differ per mark: room for a label after it).
    Lanes without any overlap (the common case) cost no loop.
    """
    n = len(lane)
    rows = np.zeros(n, dtype=np.int64)
    if n < 2:
        return rows
    order = np.lexsort((start, lane))  # by lane, then start
    lane_sorted, start_sorted = lane[order], start[order].astype(float)
    stop_sorted = end[order].astype(float) + 1 + np.broadcast_to(np.asarray(gap, dtype=float), (n,))[order]
    new_lane = np.r_[True, lane_sorted[1:] != lane_sorted[:-1]]
    # the furthest stop of the earlier marks of the same lane: a mark starting after it needs no stacking
    group_start = np.maximum.accumulate(np.where(new_lane, np.arange(n), 0))
    running = _running_max_by_group(stop_sorted, new_lane)
    clash = np.zeros(n, dtype=bool)
    clash[1:] = (~new_lane[1:]) & (start_sorted[1:] < running[:-1])
    starts, stops, positions = start_sorted.tolist(), stop_sorted.tolist(), order.tolist()  # plain floats: a fast loop
    for first in np.unique(group_start[clash]).tolist():
        later = new_lane[first + 1:]
        last = int(first + 1 + np.argmax(later)) if later.any() else n
        frees: list[float] = []
        for i in range(first, last):
            begin = starts[i]
            row = next((r for r, free in enumerate(frees) if free <= begin), -1)
            if row < 0:
                if len(frees) < max_rows:
                    row = len(frees)
                    frees.append(0.0)
                else:  # every row busy: the one that frees first
                    row = min(range(max_rows), key=frees.__getitem__)
            frees[row] = stops[i]
            rows[positions[i]] = row
    return rows


def _running_max_by_group(values: np.ndarray, new_group: np.ndarray) -> np.ndarray:
    """The running maximum of `values`, restarted where `new_group` is True."""
    group = np.cumsum(new_group)
    offset = (values.max() - values.min() + 1) * group  # later groups lie above every earlier value
    return np.maximum.accumulate(values + offset) - offset
