"""Options of the filter widgets, each labelled with its count under the other filters."""
from __future__ import annotations

import threading
import weakref

from tracker.dashboard.data import DashboardData
from tracker.dashboard.views import facets
from tracker.filters import EventFilter
from tracker.models import REVIEW_STATES, STATUSES
from tracker.resolve import fold


def _label(text: str, count: int) -> str:
    return f"{text} ({count:,})"


def filter_options(data: DashboardData, f: EventFilter) -> tuple[list, ...]:
    """Options for actor, venue, type, process, round, status, review state and tag, in that order."""
    counts = facets(data, f).counts
    by_id = counts["actors"]
    actor_rows, venue_rows, process_search = _fixed_rows(data)
    actor_options = [{"label": _label(name, by_id.get(actor_id, 0)), "value": name, "search": search}
                     for actor_id, name, search in actor_rows]
    actor_options += _kept(f.actors, actor_options)
    venue_counts = counts["venues"]
    venue_options = [{"label": _label(text, sum(venue_counts.get(n, 0) for n in group)), "value": name,
                      "search": _searchable(text)} for name, text, group in venue_rows]
    venue_options += _kept(f.venues, venue_options)
    type_options = [{"label": _label(t.replace("_", " "), n), "value": t} for t, n in counts["types"].items()]
    process_options = [{"label": _label(p, n), "value": p, "search": process_search.get(p) or _searchable(p)}
                       for p, n in sorted(counts["processes"].items(), key=lambda x: fold(x[0]))]
    process_options += _kept(f.processes, process_options)
    round_options = [{"label": _label(str(r), n), "value": r} for r, n in sorted(counts["rounds"].items())]
    round_options += [{"label": _label(str(r), 0), "value": r} for r in f.rounds if r not in counts["rounds"]]
    status_options = [{"label": _label(s, counts["statuses"].get(s, 0)), "value": s} for s in STATUSES]
    state_options = [{"label": _label(s, counts["states"].get(s, 0)), "value": s} for s in REVIEW_STATES]
    tag_options = [{"label": _label(t, n), "value": t} for t, n in sorted(counts.get("tags", {}).items(), key=lambda x: fold(x[0]))]
    tag_options += _kept(f.tags, tag_options)
    return (actor_options, venue_options, type_options, process_options, round_options, status_options, state_options,
            tag_options)


def _searchable(text: str) -> str:
    """What a dropdown's typed search matches: the text and its folded form (`Turkiye` finds Türkiye)."""
    folded = fold(text)
    return text if folded == " ".join(text.lower().split()) else f"{text} {folded}"


def _fixed_rows(data: DashboardData) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    """What the actor, venue and process options are made of, apart from their counts: (actor id, name, search
    text) in name order, (venue name, option text, the names its count adds up), and each process's search text
    (its other names: the dropdown finds "Astana talks" as the URL and the command line do). Made once per copy
    of the data: sorting and folding the names on every summary took a third of the callback."""
    sources = (data.tables.actors, data.tables.venues, data.tables.processes, data.venue_lane)
    with _FIXED_LOCK:
        if data in _FIXED:
            return _FIXED[data]
        # each write makes a new copy of the data, most with the same actors, venues and processes: at 50 analysts
        # making the rows again after every Save in every worker took a tenth of the server's CPU
        if _LAST and all(a is b for a, b in zip(_LAST[0][:3], sources)) and _LAST[0][3] == sources[3]:
            _FIXED[data] = _LAST[1]
            return _LAST[1]
    actors = data.tables.actors
    actor_rows = []
    for row in actors.sort_values("name", key=lambda names: names.map(fold)).itertuples(index=False):
        aliases = str(row.aliases) if isinstance(row.aliases, str) else ""
        actor_rows.append((row.actor_id, str(row.name), _searchable(f"{row.name} {aliases} {row.actor_id}")))
    lanes = data.venue_lane
    venue_rows = []
    for name in sorted({str(v) for v in data.tables.venues["name"]} | set(lanes), key=fold):
        label = lanes.get(name, name)
        group = [n for n, lane in lanes.items() if lane == label] or [name]
        others = [n for n in label.split(" / ") if n != name]
        venue_rows.append((name, name + (f" (also {', '.join(others)})" if others else ""), group))
    processes = data.tables.processes
    process_search = {str(name): _searchable(f"{name} {aliases if isinstance(aliases, str) else ''}".strip())
                      for name, aliases in zip(processes["name"], processes["aliases"])}
    rows = (actor_rows, venue_rows, process_search)
    with _FIXED_LOCK:
        _FIXED[data] = rows
        _LAST[:] = [sources, rows]
    return rows


#: `_fixed_rows` per copy of the data.
_FIXED: "weakref.WeakKeyDictionary[DashboardData, tuple]" = weakref.WeakKeyDictionary()
_FIXED_LOCK = threading.Lock()
#: [the frames and lanes the last rows were made of, those rows]: the rows of the next copy made of the same objects.
_LAST: list = []


def _kept(chosen: tuple[str, ...], options: list[dict]) -> list[dict]:
    """Options for chosen values the list lacks (an alias typed in a URL), so a choice never vanishes."""
    if not chosen:
        return []
    values = {fold(o["value"]) for o in options}
    return [{"label": _label(v, 0), "value": v} for v in chosen if fold(v) not in values]
