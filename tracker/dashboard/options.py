"""Options of the filter widgets, each labelled with its count under the other filters."""
from __future__ import annotations

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
    actors = data.tables.actors
    by_id = counts["actors"]
    actor_options = []
    for row in actors.sort_values("name", key=lambda names: names.map(fold)).itertuples(index=False):
        aliases = str(row.aliases) if isinstance(row.aliases, str) else ""
        actor_options.append({"label": _label(str(row.name), by_id.get(row.actor_id, 0)), "value": str(row.name),
                              "search": f"{row.name} {aliases} {row.actor_id}"})
    actor_options += _kept(f.actors, actor_options)
    venue_counts = counts["venues"]
    lanes = data.venue_lane
    names = sorted({str(v) for v in data.tables.venues["name"]} | set(lanes), key=fold)
    venue_options = []
    for name in names:
        label = lanes.get(name, name)
        group = [n for n, lane in lanes.items() if lane == label] or [name]
        total = sum(venue_counts.get(n, 0) for n in group)
        others = [n for n in label.split(" / ") if n != name]
        text = name + (f" (also {', '.join(others)})" if others else "")
        venue_options.append({"label": _label(text, total), "value": name})
    venue_options += _kept(f.venues, venue_options)
    type_options = [{"label": _label(t.replace("_", " "), n), "value": t} for t, n in counts["types"].items()]
    process_options = [{"label": _label(p, n), "value": p} for p, n in sorted(counts["processes"].items(), key=lambda x: fold(x[0]))]
    process_options += _kept(f.processes, process_options)
    round_options = [{"label": _label(str(r), n), "value": r} for r, n in sorted(counts["rounds"].items())]
    round_options += [{"label": _label(str(r), 0), "value": r} for r in f.rounds if r not in counts["rounds"]]
    status_options = [{"label": _label(s, counts["statuses"].get(s, 0)), "value": s} for s in STATUSES]
    state_options = [{"label": _label(s, counts["states"].get(s, 0)), "value": s} for s in REVIEW_STATES]
    tag_options = [{"label": _label(t, n), "value": t} for t, n in sorted(counts.get("tags", {}).items(), key=lambda x: fold(x[0]))]
    tag_options += _kept(f.tags, tag_options)
    return (actor_options, venue_options, type_options, process_options, round_options, status_options, state_options,
            tag_options)


def _kept(chosen: tuple[str, ...], options: list[dict]) -> list[dict]:
    """Options for chosen values the list lacks (an alias typed in a URL), so a choice never vanishes."""
    values = {fold(o["value"]) for o in options}
    return [{"label": _label(v, 0), "value": v} for v in chosen if fold(v) not in values]
