"""From the lean data and a view state to what the page draws: lanes, marks or bins, options, counts."""
from __future__ import annotations

import datetime as dt

import re
import threading
import weakref

import numpy as np
import pandas as pd

from tracker.aggregate import MARK_BUDGET, Window, bin_edges, cap_lanes, month_counts, sorted_bin_counts
from tracker.dashboard.data import DashboardData
from tracker.dates import format_span
from tracker.facets import Facets, facet_counts
from tracker.figures import TimelineBins, TimelineMarks, plain
from tracker.filters import EventFilter
from tracker.models import split_list
from tracker.selection import resolve_filter

TITLE_CHARS = 80
EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> int:
    """A date as days since 1970-01-01."""
    return (day - EPOCH).days


def day_date(days: int) -> dt.date:
    """Days since 1970-01-01 as a date."""
    return EPOCH + dt.timedelta(days=int(days))


def known_filter(data: DashboardData, f: EventFilter) -> tuple[EventFilter, list[str]]:
    """`f` resolved as every other view resolves it (`tracker.selection.resolve_filter`), and its notes.

    An alias or a differently cased name selects the same events under its canonical name,
    which is also the value of its option in the filter widgets; an unknown name stays in the
    filter and selects nothing ("no actor named 'Nowhere'; nothing selected").
    """
    resolved = resolve_filter(data.tables, f, data.name_indexes())
    return resolved.filter, list(resolved.notices)


def extent(data: DashboardData, mask: np.ndarray) -> tuple[int, int] | None:
    """First and last day of the matching events (None when nothing matches)."""
    if not mask.any():
        return None
    return int(data.start_days[mask].min()), int(data.span_end[mask].max())


#: Long words of actor names and their usual short forms, longest first.
ABBREVIATIONS = (("Ministry of Foreign Affairs", "MFA"), ("Deputy Foreign Minister", "Deputy FM"),
                 ("Foreign Minister", "FM"), ("Ministry of Defence", "MoD"), ("Ministry of Defense", "MoD"))


def _state_of(actors: pd.DataFrame) -> dict[str, str]:
    """Actor id -> id of the state it belongs to (itself for a state), following parent ids."""
    parent = dict(zip(actors["actor_id"].astype(str), actors["parent_id"].astype("string").fillna("")))
    kind = dict(zip(actors["actor_id"].astype(str), actors["kind"].astype(str)))
    found: dict[str, str] = {}
    for actor in parent:
        step, seen = actor, set()
        while step and kind.get(step) != "state" and step not in seen:
            seen.add(step)
            step = parent.get(step, "")
        if step and kind.get(step) == "state":
            found[actor] = step
    return found


def actor_labels(actors: pd.DataFrame, actor_ids) -> dict[str, str]:
    """Actor id -> a short lane label that tells states apart: 'Ministry of Foreign Affairs of Kazakhstan' ->
    'MFA (Kazakhstan)', 'Kanat Tumysh' -> 'Kanat Tumysh (Kazakhstan)'; states and stateless actors keep their name."""
    names = dict(zip(actors["actor_id"].astype(str), actors["name"].astype(str)))
    aliases = dict(zip(actors["actor_id"].astype(str), actors["aliases"].astype("string").fillna("")))
    state_of = _state_of(actors)
    labels: dict[str, str] = {}
    for actor in map(str, actor_ids):
        name, state = names.get(actor, actor), state_of.get(actor)
        if state is None or state == actor:
            labels[actor] = name
            continue
        short = name
        for spelling in sorted([names[state], *split_list(aliases[state])], key=len, reverse=True):
            short = re.sub(rf"\s+of\s+(the\s+)?{re.escape(spelling)}$", "", short, flags=re.IGNORECASE)
        for long, abbreviation in ABBREVIATIONS:
            short = short.replace(long, abbreviation)
        labels[actor] = f"{short} ({names[state]})"
    return labels


#: Actor links in view up to which an event is made one mark per lane (see `lanes`).
DEDUPED_LINKS = 200_000


def lanes(data: DashboardData, in_view: np.ndarray, group: str,
          rollup: bool = False) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(event position, lane code) of every mark, in date order, and the lane labels (whole names).

    Grouped by actor, an event is a mark in the lane of each of its actors; with `rollup`, ministries
    and officials are in their state's lane (one mark per event and state).
    """
    events = data.tables.events
    if group == "actor":
        picked = in_view[data.index.link_event]
        mark_event, lane = data.index.link_event[picked], data.index.link_actor[picked]
        labels = [str(name) for name in data.actor_names]
        if rollup:
            names = dict(zip(data.tables.actors["actor_id"].astype(str), data.tables.actors["name"].astype(str)))
            state_of = _state_of(data.tables.actors)
            rolled = [names.get(state_of.get(str(a), str(a)), label) for a, label in zip(data.index.actor_ids, labels)]
            codes, uniques = pd.factorize(pd.Index(rolled, dtype=object))
            lane, labels = codes[lane].astype(lane.dtype), [str(u) for u in uniques]
        # an event once per lane: an actor in two roles (host and guarantor) drew two marks on the same day. Only
        # for marks few enough to be drawn one by one: sorting every link of a million events in view cost each
        # worker 44 MB it kept (binned, such an event counts twice in its lane's bin)
        if len(mark_event) <= DEDUPED_LINKS:
            width = max(len(labels), 1)
            key = np.unique(mark_event.astype(np.int64) * width + lane)
            mark_event, lane = (key // width).astype(mark_event.dtype), (key % width).astype(lane.dtype)
        labels.append("(no actor)")
        alone = np.flatnonzero(in_view & ~data.has_actor)
        if len(alone):
            mark_event = np.concatenate([mark_event, alone.astype(mark_event.dtype)])
            lane = np.concatenate([lane, np.full(len(alone), len(labels) - 1, dtype=lane.dtype)])
            order = np.argsort(mark_event, kind="stable")
            mark_event, lane = mark_event[order], lane[order]
        return mark_event, lane, labels
    positions = np.flatnonzero(in_view)
    if group == "venue":
        categories = [str(c) for c in events["venue"].cat.categories]
        lane_labels = list(dict.fromkeys(data.venue_lane[c] for c in categories))
        lane_of_code = np.array([lane_labels.index(data.venue_lane[c]) for c in categories] + [len(lane_labels)])
        codes = events["venue"].cat.codes.to_numpy()[positions]
        return positions, lane_of_code[np.where(codes < 0, len(categories), codes)], lane_labels + ["(no venue)"]
    column = {"process": "process", "type": "event_type"}[group]
    categories = [str(c) for c in events[column].cat.categories]
    labels = [c.replace("_", " ") for c in categories] if group == "type" else categories
    codes = events[column].cat.codes.to_numpy()[positions].astype(np.int32)
    return positions, np.where(codes < 0, len(labels), codes), labels + [f"(no {group})"]


def short_labels(data: DashboardData, labels: list[str], group: str) -> list[str]:
    """The lane labels to show: actors' names disambiguated and shortened; other lanes as they are."""
    if group != "actor":
        return list(labels)
    by_name = _ACTOR_LABELS.get(data)
    if by_name is None:  # once per copy of the data: the actors do not change under it
        actors = data.tables.actors
        short = actor_labels(actors, actors["actor_id"].astype(str))
        by_name = {}
        for actor, name in zip(actors["actor_id"].astype(str), actors["name"].astype(str)):
            by_name.setdefault(name, short[actor])
        _ACTOR_LABELS[data] = by_name
    return [by_name.get(label, label) for label in labels]


#: The short actor label of each actor name, per copy of the data.
_ACTOR_LABELS: "weakref.WeakKeyDictionary[DashboardData, dict[str, str]]" = weakref.WeakKeyDictionary()


def hover_texts(data: DashboardData, positions: np.ndarray) -> dict[int, str]:
    """Hover text for each event position: the date as analysts write it, type, title, actors, venue.

    An event's hover text depends on the event alone, and the next view mostly shows events the last one
    showed, so texts are kept per copy of the data (up to HOVER_KEPT) and only the new ones are made."""
    wanted = np.unique(positions).tolist()
    with _HOVERS_LOCK:
        kept = _HOVERS.setdefault(data, {})
        found = {p: kept[p] for p in wanted if p in kept}
    missing = np.array([p for p in wanted if p not in found], dtype=np.int64)
    if len(missing):
        made = _make_hover_texts(data, missing)
        found.update(made)
        with _HOVERS_LOCK:
            if len(kept) + len(made) > HOVER_KEPT:
                kept.clear()
            kept.update(made)
    return found


#: How many hover texts are kept per copy of the data (two or three views' worth at the mark budget, ~0.3 KB each).
HOVER_KEPT = 20_000
_HOVERS: "weakref.WeakKeyDictionary[DashboardData, dict[int, str]]" = weakref.WeakKeyDictionary()
_HOVERS_LOCK = threading.Lock()


def _make_hover_texts(data: DashboardData, unique: np.ndarray) -> dict[int, str]:
    titles = data.titles_at(unique)
    starts = data.start_days[unique].astype("datetime64[D]").tolist()
    ends = data.end_days[unique].astype("datetime64[D]").tolist()
    # Categories are few: escape each once, then index per event.
    types = [f" · {plain(str(t).replace('_', ' '))}" for t in data.values_at("event_type", unique)]
    states = ["" if s == "confirmed" or not isinstance(s, str) else f" · <i>{plain(s)}</i>"
              for s in data.values_at("review_state", unique)]
    statuses = data.values_at("status", unique).tolist()
    precision = data.values_at("date_precision", unique).tolist()
    venues = [plain(v) if isinstance(v, str) else "no venue" for v in data.values_at("venue", unique)]
    out: dict[int, str] = {}
    for i, position in enumerate(unique.tolist()):
        start, end, known = starts[i], ends[i], str(precision[i])
        when = format_span(start, end if end != start else None, known)
        if known != "day":
            when += f" (date known to the {known})"
        title = titles[i] if len(titles[i]) <= TITLE_CHARS else titles[i][:TITLE_CHARS - 1] + "…"
        actors = data.actors_of(position, escaped=True)
        who = ", ".join(actors[:3]) + (f" and {len(actors) - 3} more" if len(actors) > 3 else "")
        status = statuses[i] if isinstance(statuses[i], str) and statuses[i] != "held" else ""
        shown = f"<s>{plain(title)}</s>" if status == "cancelled" else plain(title)
        out[position] = (f"<b>{plain(when)}</b>{types[i]}{states[i]}{f' · <b>{status}</b>' if status else ''}<br>{shown}"
                         f"<br>{who or 'no actors'}<br>{venues[i]}")
    return out


def timeline_content(data: DashboardData, mask: np.ndarray, group: str, window: Window,
                     rollup: bool = False) -> TimelineMarks | TimelineBins:
    """The marks in the window when they fit the budget, else counts per lane and calendar bin."""
    in_view = mask & window.overlaps(data.start_days, data.span_end)
    mark_event, lane, labels = lanes(data, in_view, group, rollup)
    days = data.start_days[mark_event]  # ascending: positions are in date order
    lane, labels = cap_lanes(lane, labels, days, in_order=True)
    shown = short_labels(data, labels, group)
    if len(mark_event) > MARK_BUDGET:
        edges, unit = bin_edges(window.first, window.last)
        counts = sorted_bin_counts(lane, np.clip(days, window.first, window.last), len(labels), edges)
        return TimelineBins(shown, edges, counts, unit, int(in_view.sum()))
    order = np.argsort(data.start_days[mark_event], kind="stable")
    mark_event, lane = mark_event[order], lane[order]
    hover = hover_texts(data, mark_event)
    rounds = data.tables.events["round_number"].to_numpy(dtype=float, na_value=np.nan)[mark_event]
    return TimelineMarks(
        lanes=shown, lane=lane, start=data.start_days[mark_event], end=data.span_end[mark_event],
        kind=data.kind[mark_event], event_type=data.values_at("event_type", mark_event).astype(str),
        event_id=np.array(data.ids.take(mark_event), dtype=object),
        hover=np.array([hover[int(p)] for p in mark_event], dtype=object),
        candidate=_is_candidate(data, mark_event), round_number=rounds,
        status=data.values_at("status", mark_event), lane_titles=list(labels))


def _is_candidate(data: DashboardData, positions: np.ndarray) -> np.ndarray:
    """Which of these events are candidates (drawn apart on the timeline)."""
    states = data.tables.events["review_state"]
    if "candidate" not in states.cat.categories:
        return np.zeros(len(positions), dtype=bool)
    return states.cat.codes.to_numpy()[positions] == states.cat.categories.get_loc("candidate")


def overview_counts(data: DashboardData, mask: np.ndarray, found: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, str]:
    """Bin edges, matching events per bin (by start day) and the bin unit, over the extent `found`."""
    edges, unit = bin_edges(*found, target=300)
    days = data.start_days[mask]  # ascending: positions are in date order
    return edges, np.diff(np.searchsorted(days, edges, side="left")), unit


#: Above this many months between the first and the last matching event, the activity chart counts per year:
#: a month per bar over four centuries (the supported dates) sent 0.7 MB per summary, and 9 MB for older far dates.
ACTIVITY_MONTHS = 600


def activity(data: DashboardData, mask: np.ndarray, date_from: dt.date | None = None,
             date_to: dt.date | None = None) -> tuple[np.ndarray, np.ndarray, list[str], str, int, int]:
    """Bar starts, counts per type and bar, the types, the bar unit ("month", or "year" over a long span), how many
    events the bars leave out and how many are counted in more than one bar, for the activity chart. The bars run
    from `date_from` to `date_to` when the filter has them. An event is counted in each month it spans (a round
    from 28 June to 2 July in both); one known only to its year is in no month's bar (it was drawn in its January:
    a faked month); a yearly chart counts it in its year."""
    column = data.tables.events["event_type"]
    days = data.start_days[mask].astype("datetime64[D]")
    ends = np.maximum(data.end_days[mask], data.start_days[mask]).astype("datetime64[D]")
    codes = column.cat.codes.to_numpy()[mask]
    n_types = len(column.cat.categories)
    bounds = tuple(np.datetime64(d, "D") for d in (date_from, date_to) if d is not None)
    precision = data.tables.events["date_precision"].cat  # by code: a million labels as objects took ~20 ms
    year = precision.categories.get_indexer(["year"])[0]
    year_only = precision.codes.to_numpy()[mask] == year if year >= 0 else np.zeros(len(days), dtype=bool)
    # the months run from the first event's to the last one's end, a year-only event's start alone (as before)
    starts, counts = month_counts(days, codes, n_types, bounds, np.where(year_only, days, ends))
    types = [str(c) for c in column.cat.categories]
    if len(starts) <= ACTIVITY_MONTHS:
        if year_only.any():
            bounds += (starts[0], starts[-1])  # the same months, without those events
            starts, counts = month_counts(days[~year_only], codes[~year_only], n_types, bounds, ends[~year_only])
        kept = ~year_only
        spanning = int((ends[kept].astype("datetime64[M]") > days[kept].astype("datetime64[M]")).sum())
        return starts, counts, types, "month", int(year_only.sum()), spanning
    firsts, counts = month_counts(days, codes, n_types, bounds, ends, unit="Y")
    spanning = int((ends.astype("datetime64[Y]") > days.astype("datetime64[Y]")).sum())
    return firsts, counts, types, "year", 0, spanning


def facets(data: DashboardData, f: EventFilter) -> Facets:
    """Option counts under the current filters (each field under all the others)."""
    return facet_counts(data.tables, f, None, data.index, data.pairs, masks=data.field_masks(f))
