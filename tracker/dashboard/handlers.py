"""What each callback does, as plain functions of the data and the URL: the callbacks are one-line adapters.

The URL is the state: control changes and clicks become a new query string
(`next_view`); everything on the page is drawn from the query string.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import OrderedDict
from dataclasses import dataclass, replace

import numpy as np
from dash import html, no_update

from tracker.aggregate import Window, bin_edges
from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.detail import detail_panel, placeholder
from tracker.dashboard.editor.history_list import deleted_changes, deleted_detail, deleted_note
from tracker.dashboard.inputs import bounded_notes, mapping, records, text, texts, whole
from tracker.dashboard.options import filter_options
from tracker.dashboard.past import without_as_of
from tracker.dashboard.state import (
    DEFAULT_GROUP, GROUPS, LATER_THAN_NOW, ViewState, now_if_later, parse_state, read_changes_since,
)
from tracker.dashboard.table import TableView, next_page, page_size_of, sort_of, table_page
from tracker.dashboard.views import (
    activity, day_date, day_number, extent, known_filter, overview_counts, timeline_content,
)
from tracker.dates import DateParseError, clamp_day, parse_date_span
from tracker.figures import OVERVIEW_HEIGHT, activity_spec, empty_figure, overview_spec, timeline_spec
from tracker.figures import excluded_type_entries
from tracker.models import TYPE_STYLES
from tracker.filters import EventFilter
from tracker.instants import format_instant, query_text
from tracker.selection import resolve_filter

#: The filter controls, in the order the sync callback lists them.
#: The last two are not filters but the downloads' and the briefing's choices, kept in the URL as the filters are.
CONTROLS = (ids.ACTOR, ids.VENUE, ids.TYPE, ids.PROCESS, ids.ROUND, ids.STATUS, ids.STATE, ids.DATE_FROM, ids.DATE_TO,
            ids.TEXT, ids.GROUP, ids.ROLLUP, ids.TAG, ids.AS_OF, ids.DOWNLOAD_WINDOW, ids.BRIEF_CHANGES)


#: The boxes typed by hand whose value may be refused, and their className (layout.DATE_CLASS, AS_OF_CLASS).
TYPED_BOXES = {ids.DATE_FROM: "text-input date-input", ids.DATE_TO: "text-input date-input",
               ids.AS_OF: "text-input date-input as-of-input"}
#: A refused box: its outline says so, and assets/invalid_boxes.js sets aria-invalid and aria-describedby from it.
INVALID = "invalid"


def box_classes(refused: set[str] = frozenset()) -> tuple[str, ...]:
    """The className of each of TYPED_BOXES: marked `invalid` when its value was refused, plain once accepted."""
    return tuple(f"{base} {INVALID}" if box in refused else base for box, base in TYPED_BOXES.items())


@dataclass(frozen=True)
class Sync:
    """The sync callback's answer: the new query string, control values, table page, input notice."""

    search: object
    controls: list
    page: object
    notice: object
    invalid: tuple = (no_update,) * len(TYPED_BOXES)  # className of each typed box: `box_classes`

    def flat(self) -> list:
        """The values in the order of the callback's outputs."""
        return [self.search, *self.controls, self.page, self.notice, *self.invalid]


def controls_of(state: ViewState) -> list:
    """The control values that show `state`, in CONTROLS order."""
    f = state.filter
    return [list(f.actors), list(f.venues), list(f.types), list(f.processes), list(f.rounds), list(f.statuses),
            list(f.states), f.date_from.isoformat() if f.date_from else "", f.date_to.isoformat() if f.date_to else "",
            f.text, state.group, ["state"] if state.rollup else [], list(f.tags), query_text(f.as_of) if f.as_of else "",
            ["window"] if state.window_only else [], state.changes_since or ""]


def choices_of(values: list) -> dict:
    """The view's choices that are not filters, from the control values: the downloads' window and the briefing's
    "what changed since" (None when empty or not read: its hint says why, `brief.changes_query`)."""
    window = values[CONTROLS.index(ids.DOWNLOAD_WINDOW)] if len(values) > CONTROLS.index(ids.DOWNLOAD_WINDOW) else []
    changes = text(values[CONTROLS.index(ids.BRIEF_CHANGES)]) if len(values) > CONTROLS.index(ids.BRIEF_CHANGES) else None
    try:
        changes = read_changes_since(changes) if (changes or "").strip() else None
    except ValueError:
        changes = None
    return {"window_only": bool(window), "changes_since": changes}


def filter_of(values: list) -> EventFilter:
    """The filter the control values ask for; raises ValueError naming a bad input."""
    lists = [texts(v) for v in values[:7]]  # from the client: anything JSON holds, bounded here
    actors, venues, types, processes, rounds, statuses, states = lists
    date_from, date_to, words = (text(v) for v in values[7:10])
    tags = texts(values[CONTROLS.index(ids.TAG)])
    as_of = text(values[CONTROLS.index(ids.AS_OF)]) if len(values) > CONTROLS.index(ids.AS_OF) else None
    return EventFilter.build(actors=actors, venues=venues, types=types, processes=processes, rounds=rounds,
                             statuses=statuses, states=states, date_from=date_from or None, date_to=date_to or None,
                             text=words or "", tags=tags, as_of=(as_of or "").strip() or None)


#: The boxes typed by hand whose value may be refused: one refused keeps the view's value (`lenient_filter`)
_TYPED = tuple(CONTROLS.index(c) for c in TYPED_BOXES)


def lenient_filter(values: list, state: ViewState) -> tuple[EventFilter, str, set[str]]:
    """The filter the controls ask for, what was refused and the ids of the boxes refused: a date box whose value is
    refused ("2230", "junk", a To before the From) keeps the view's date, so the other controls still apply. A
    refused To box made every later change (text, process) do nothing while the panel showed it (QA15 HIGH-1).
    Several boxes refused: the note says why for each, "from: ...; to: ..." (it named the first only, QA15 LOW)."""
    try:
        return filter_of(values), "", set()
    except ValueError as exc:
        refused = str(exc)
    kept = controls_of(state)
    for n in range(1, len(_TYPED) + 1):
        for positions in itertools.combinations(_TYPED, n):
            trial = [kept[i] if i in positions else v for i, v in enumerate(values)]
            try:
                found = filter_of(trial)
            except ValueError:
                continue
            return found, (n > 1 and _each_refusal(trial, values, positions)) or refused, {CONTROLS[i] for i in positions}
    raise ValueError(refused)


def _each_refusal(kept: list, values: list, positions: tuple[int, ...]) -> str:
    """Why each box at `positions` was refused: its own value tried with the others' kept values, in box order."""
    reasons = []
    for i in positions:
        try:
            filter_of([values[i] if j == i else v for j, v in enumerate(kept)])
        except ValueError as exc:
            reasons.append(str(exc))
    return "; ".join(reasons)


def _state(data: DashboardData, search: str | None) -> tuple[ViewState, list[str]]:
    """The view `search` asks for on `data`, with its notes. A filter change fires seven callbacks that each
    need it, so the answers are kept per copy of the data (resolving names took 15 ms a call)."""
    if search is not None and not isinstance(search, str):  # a forged request; parse_state says what it ignores
        state, notices = _resolved_state(data, search)
        return state, list(notices)
    state, notices = data.kept_view(("state", search), lambda: _resolved_state(data, search))
    return state, list(notices)


def _resolved_state(data: DashboardData, search: str | None) -> tuple[ViewState, tuple[str, ...]]:
    state, notices = parse_state(search)
    f, more = known_filter(data, state.filter)
    state = replace(state, filter=f)
    if state.event and data.position_of(state.event) is None:
        gone = deleted_changes(data, state.event)  # a shared link to an event deleted since: the detail says more
        notices.append(deleted_note(gone[-1], data.as_of is not None) if gone else
                       f"ignored URL parameter event={state.event}: no such event")
        state = replace(state, event=None)
    return state, tuple(bounded_notes(notices + more))


def _window(data: DashboardData, state: ViewState) -> Window | None:
    if state.x0 and state.x1:
        return Window(day_number(state.x0), day_number(state.x1))
    found = extent(data, data.mask(state.filter))
    return Window(*found) if found else None


def _day(value) -> dt.date | None:
    """A date in the supported range from a Plotly axis value ("2023-06-21 13:10:00.5" or ms since 1970), held at
    the range's ends; None for anything else (the value comes from the client)."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return clamp_day(day_date(int(value // 86_400_000)))
        return clamp_day(dt.date.fromisoformat(value[:10])) if isinstance(value, str) else None
    except (ValueError, OverflowError):  # not a date, or beyond year 1..9999
        return None


def _point(click) -> dict:
    """The first point of a graph's click, as Plotly sends it (an empty dict for anything else)."""
    return (records(mapping(click).get("points")) or [{}])[0]


def _clicked(state: ViewState, data: DashboardData, click: dict | None) -> ViewState | None:
    """An event mark selects the event; a heatmap cell zooms into its bin."""
    point = _point(click)
    custom = point.get("customdata")
    if isinstance(custom, str):
        return replace(state, event=text(custom))
    day = _day(point.get("x"))
    if "z" in point and day is not None and (window := _window(data, state)) is not None:
        edges, _ = bin_edges(window.first, window.last)
        at = int(np.clip(np.searchsorted(edges, day_number(day), side="right") - 1, 0, len(edges) - 2))
        return replace(state, x0=day_date(max(edges[at], window.first)), x1=day_date(min(edges[at + 1] - 1, window.last)))
    return None


def _zoomed(state: ViewState, relayout: dict | None) -> ViewState | None:
    """A zoom, pan or range-slider move sets the window; a reset (autorange) clears it."""
    relayout = mapping(relayout)
    if relayout.get("xaxis.autorange"):
        return replace(state, x0=None, x1=None)
    whole_range = relayout.get("xaxis.range")
    whole_range = whole_range if isinstance(whole_range, list) and len(whole_range) == 2 else [None, None]
    x0, x1 = _day(relayout.get("xaxis.range[0]", whole_range[0])), _day(relayout.get("xaxis.range[1]", whole_range[1]))
    if x0 is None or x1 is None:
        return None
    return replace(state, x0=min(x0, x1), x1=max(x0, x1)) if (x0, x1) != (state.x0, state.x1) else None


def _month(state: ViewState, click: dict | None) -> ViewState | None:
    """A click on a bar of the activity chart narrows the dates to its month (or year, its customdata)."""
    point = _point(click)
    custom, day = point.get("customdata"), _day(point.get("x"))
    try:
        span = parse_date_span(custom if isinstance(custom, str) and custom else day.strftime("%Y-%m"))
    except (DateParseError, AttributeError):  # no date in the click (AttributeError: `day` is None)
        return None
    return state.with_filter(replace(state.filter, date_from=span.start, date_to=span.end))


def next_view(data: DashboardData, triggered, prop: str, value, search: str | None, values: list) -> Sync:
    """The sync callback: turn what changed (a control, a click, the URL itself) into the next URL and controls.

    `triggered` is the id of what changed, `prop` its "id.property", `value` its new value.
    """
    state, notices = _state(data, search)
    if triggered in (None, ids.URL):
        later = [n for n in notices if LATER_THAN_NOW in n]  # a future as_of is now: out of the URL and the box
        controls = changed_controls(_controls(data, state), values)
        if later:  # emptied whatever the box shows
            controls[CONTROLS.index(ids.AS_OF)] = ""
        return Sync(without_as_of(search) if later else no_update, controls, no_update, later[0] if later else "",
                    box_classes())
    if triggered in CONTROLS:
        try:
            asked, refused, boxes = lenient_filter(values, state)
            f, later = now_if_later(asked)
        except ValueError as exc:
            box = {"date_from": ids.DATE_FROM, "date_to": ids.DATE_TO, "as_of": ids.AS_OF}.get(getattr(exc, "argument", ""))
            return Sync(no_update, [no_update] * len(CONTROLS), no_update, str(exc).replace("--", ""),
                        box_classes({box} if box else set(TYPED_BOXES)))
        group = values[CONTROLS.index(ids.GROUP)]
        group = group if isinstance(group, str) and group in GROUPS else DEFAULT_GROUP
        new = state.with_filter(f) if f != state.filter else state
        new = replace(new, group=group, rollup=bool(values[CONTROLS.index(ids.ROLLUP)]), **choices_of(values))
        controls = [no_update] * len(CONTROLS)
        if later:  # a future instant typed into the As of box means now: the box is emptied, the note says why
            controls[CONTROLS.index(ids.AS_OF)] = ""
        note = " ".join(part for part in (refused.replace("--", ""), later) if part)
        return Sync(_search(state, new), controls, 0 if f != state.filter else no_update, note, box_classes(boxes))
    new = None
    if triggered == ids.RESET:
        # the downloads' window and the briefing's date are not filters: Reset keeps them, as it keeps the grouping
        new = ViewState(group=state.group, window_only=state.window_only, changes_since=state.changes_since)
    elif triggered == ids.FIT:
        new = replace(state, x0=None, x1=None)
    elif triggered == ids.TIMELINE and prop.endswith("clickData"):
        new = _clicked(state, data, value)
    elif triggered in (ids.TIMELINE, ids.OVERVIEW):
        new = _zoomed(state, value)
    elif triggered == ids.ACTIVITY:
        new = _month(state, value)
    elif triggered == ids.TABLE and value:  # a click on a row, or Enter on it (the grid's cellClicked)
        new = replace(state, event=text(mapping(value).get("rowId")))
    elif isinstance(triggered, dict) and triggered.get("type") == ids.LINKED_EVENT and value:
        new = replace(state, event=text(triggered.get("index")))
    elif isinstance(triggered, dict) and triggered.get("type") == ids.TAG_LINK and value and text(triggered.get("index")):
        new = state.with_filter(replace(state.filter, tags=(text(triggered.get("index")),)))
        new = replace(new, event=state.event)  # the event stays open: its tag is what the analyst followed
    elif triggered == ids.DETAIL_CLOSE and value:
        new = replace(state, event=None)
        if new == state and parse_state(search)[0].event:  # the URL's event was deleted: its panel closes all the same
            return Sync(new.to_search(), [no_update] * len(CONTROLS), no_update, "")
    if new is None:
        return Sync(no_update, [no_update] * len(CONTROLS), no_update, no_update)
    filter_changed = new.filter != state.filter
    return Sync(_search(state, new), _controls(data, new) if filter_changed else [no_update] * len(CONTROLS),
                0 if filter_changed else no_update, "", box_classes() if filter_changed else (no_update,) * len(TYPED_BOXES))


def changed_controls(wanted: list, shown: list) -> list:
    """`wanted` control values, with no_update for those the controls show already: a value set, even to itself,
    fires the callbacks that read it (the As of box's calendar on every page load, for an empty box)."""
    return [no_update if i < len(shown) and shown[i] == value else value for i, value in enumerate(wanted)]


def _controls(data: DashboardData, state: ViewState) -> list:
    """The control values that show `state`, less the values that match nothing: a dropdown drops a value it has
    no option for, and that change would take the value out of the URL (and then select every event)."""
    return controls_of(replace(state, filter=resolve_filter(data.tables, state.filter, data.name_indexes()).known()))


def _search(old: ViewState, new: ViewState):
    return new.to_search() if new != old else no_update


def render_timeline(data: DashboardData, search: str | None, today: dt.date | None = None, still: bool = False) -> tuple:
    """The timeline figure and whether the fit button can do anything; `today` (default: the date) draws its line;
    `still`: for an image (no pointer targets, as tall as its lanes)."""
    state, _ = _state(data, search)
    if not len(data):
        return empty_figure(not_known(state) or "The store holds no events yet: run `tracker init` to load the shipped "
                            "chronology, or `tracker import FILE`."), True
    mask = data.mask(state.filter)
    found = extent(data, mask)
    if found is None:
        return empty_figure("No events match these filters. Remove a filter, or press Reset."), True
    window = _window(data, state)
    content = timeline_content(data, mask, state.group, window, rollup=state.rollup)
    revision = f"{state.filter_key()}|{state.group}|{state.rollup}|{state.x0}|{state.x1}"
    chosen = bool(state.x0 and state.x1)
    today = day_number(today or dt.date.today())
    spec = timeline_spec(content, (window.first, window.last), state.event, revision, padded=not chosen, today=today,
                         targets=not still, fit=still)
    if not (mask & (data.span_end >= window.first) & (data.start_days <= window.last)).any():
        spec["layout"]["annotations"] = [*spec["layout"].get("annotations", []), dict(
            text=f"None of the {int(mask.sum()):,} matching events is in this window: press “Fit to the filtered "
                 "events”, or pick other dates.",
            x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font=dict(size=14, color="#4b5563"),
            name="empty window")]
    return spec, not chosen


def render_overview(data: DashboardData, search: str | None) -> dict:
    """The strip under the timeline: matching events over their extent, and the range slider set to the window."""
    state, _ = _state(data, search)
    mask = data.mask(state.filter) if len(data) else np.zeros(0, dtype=bool)
    found = extent(data, mask)
    if found is None:
        return {"data": [], "layout": {"height": OVERVIEW_HEIGHT, "xaxis": {"visible": False}, "yaxis": {"visible": False},
                                       "plot_bgcolor": "#ffffff", "paper_bgcolor": "#ffffff"}}
    window = _window(data, state)
    edges, counts, unit = overview_counts(data, mask, found)
    return overview_spec(edges, counts, unit, (window.first, window.last), found,
                         f"{state.filter_key()}|{state.x0}|{state.x1}", padded=not (state.x0 and state.x1))


def warm_up(data: DashboardData, prefix: str = "/") -> None:
    """Draw the opening view once in each grouping, so the first analyst does not pay for first-time work
    (name indexes, code paths, memory the arrays reuse): at 1M events first views took 100-190 ms, later ones half."""
    for group in GROUPS:
        render_timeline(data, f"?group={group}")
    render_overview(data, "")
    render_summary(data, "", None, prefix)
    data.name_indexes()


def render_summary(data: DashboardData, search: str | None, previous_key: str | None, prefix: str) -> tuple:
    """Count, description, options with counts, activity chart, empty-state text, notices, filter key."""
    state, notices = _state(data, search)
    f = state.filter
    notice_items = [html.Li(f"Note: {n}.") for n in notices]
    key = state.filter_key()
    cache_key = f"{data.version}|{key}"
    if cache_key == previous_key:
        return (no_update,) * 12 + (notice_items, no_update)
    drawn = data.kept_view(("summary", key), lambda: _summary_parts(data, state), text=f.text)
    # the download links follow the view in `download.download_links` (they also carry the window when asked)
    return (*drawn, notice_items, cache_key)


def _summary_parts(data: DashboardData, state: ViewState) -> tuple:
    """Count, description, options with counts, activity chart and empty-state text of a view."""
    f = state.filter
    mask = data.mask(f)
    in_states = int(data.tables.events["review_state"].isin(f.states).sum())
    count = f"{int(mask.sum()):,} of {in_states:,} events"
    months, counts, types, unit, left_out, spanning = activity(data, mask, f.date_from, f.date_to)
    notes = [f"{left_out:,} event{'s' if left_out != 1 else ''} known only to {'its' if left_out == 1 else 'their'} "
             f"year {'is' if left_out == 1 else 'are'} in no month's bar"] if left_out else []
    if spanning:  # the bars then add up to more than the events: say why
        notes.append(f"{spanning:,} event{'s' if spanning != 1 else ''} over several {unit}s "
                     f"{'is' if spanning == 1 else 'are'} counted in each")
    note = "; ".join(notes)
    chart = activity_spec(months, counts, types, unit, note) if mask.any() else empty_figure("No events to count.", height=210)
    options = filter_options(data, f)
    if not len(data) and not_known(state):
        empty = not_known(state)
    elif not len(data):
        empty = ("This store holds no events. Load the shipped chronology with `tracker init`, or import your own "
                 "file with `tracker import FILE`, then reload this page.")
    elif not mask.any():
        empty = "No events match these filters. Remove a filter, widen the dates, or press Reset to start again."
    else:
        empty = ""
    return (count, f.describe(), *options, chart, empty)


#: The pager buttons and what each does to the page.
PAGER = {ids.TABLE_FIRST: "first", ids.TABLE_PREVIOUS: "previous", ids.TABLE_NEXT: "next", ids.TABLE_LAST: "last"}


def render_table(data: DashboardData, search: str | None, triggered, asked_page: int | None, size, column_state: list | None,
                 stored: dict | None) -> tuple:
    """One page of the events table: rows, pager text, note, the view to keep, the rule marking the selected row,
    and which pager buttons lead nowhere.

    `triggered` is the id of what changed (a pager button, the page asked by the sync
    callback); `stored` the view shown so far. A new filter or sort starts at the first page.
    """
    state, _ = _state(data, search)
    old, sort, size = TableView.of(stored), sort_of(column_state), page_size_of(size)
    key = state.filter_key()
    page = next_page(old, key, sort, size, PAGER.get(triggered))
    if triggered == ids.TABLE_PAGE and asked_page is not None:
        page = whole(asked_page, 0, 0)
    selected = {"selected-event": f"params.data && params.data.id === {json.dumps(state.event)}" if state.event else "false"}
    same = (key, data.version, sort, size) == (old.key, old.version, old.sort, old.size)
    if same and min(max(page, 0), old.pages - 1) == old.page:
        return (no_update,) * 4 + (selected,) + (no_update,) * 4
    rows, page, pages, count, note = data.kept_view(
        ("table", key, json.dumps(sort, sort_keys=True, default=str), size, page),
        lambda: table_page(data, data.mask(state.filter), page, size, sort), text=state.filter.text, titles=True)
    view = TableView(key, data.version, sort, size, page, pages, count)
    ends = [page == 0, page == 0, page == pages - 1, page == pages - 1]
    return (rows, view.info(), note, view.stored(), selected, *[str(end).lower() for end in ends])


def render_detail(data: DashboardData, search: str | None) -> tuple:
    """The detail panel of the selected event (or the placeholder) and whether the close button hides."""
    state, _ = _state(data, search)
    if not state.event:
        gone = deleted_changes(data, parse_state(search)[0].event)
        return (deleted_detail(gone, data.as_of is not None), False) if gone else (placeholder(), True)
    subset = data.subset([state.event])
    incoming = data.links_to(state.event)
    linked = set(subset.event_links["to_event_id"]) | set(incoming["from_event_id"])
    positions = {e: p for e in linked if (p := data.position_of(e)) is not None}
    titles = dict(zip(positions, data.titles_at(list(positions.values())))) if positions else {}
    return detail_panel(subset, state.event, incoming, titles), False


def graph_style(figure) -> dict:
    """The style of a graph's container: the figure's own height.

    The graphs are responsive (they fill their container), and a container with no height of
    its own is 0 px high: Plotly drew the first figure at its layout height only because it
    measured a zero-height box, and any later full redraw (a legend click, a panel shown
    after it was hidden) collapsed the timeline to nothing.
    """
    layout = figure.get("layout", {}) if isinstance(figure, dict) else figure.layout
    height = layout.get("height") if isinstance(layout, dict) else layout.height
    return {"height": f"{int(height or 450)}px"}


def excluded_types(data: DashboardData, f: EventFilter) -> list[str]:
    """Event types that match every filter but the type filter, and that the type filter leaves out, in type order."""
    if not f.types or not len(data):
        return []
    mask = np.ones(len(data), dtype=bool)
    for field, part in data.field_masks(f).items():
        if field != "types":
            mask &= part
    column = data.tables.events["event_type"]
    present = np.bincount(column.cat.codes.to_numpy()[mask] + 1, minlength=len(column.cat.categories) + 1)[1:] > 0
    return [str(t) for t, here in zip(column.cat.categories, present) if here and str(t) not in f.types]


def render_timeline_view(data: DashboardData, search: str | None) -> tuple:
    """The timeline figure with greyed legend entries for the types the filter leaves out, whether the fit
    button can do anything, and the graph's style (its height)."""
    state, _ = _state(data, search)
    today = dt.date.today()
    drawn = replace(state, window_only=False, changes_since=None)  # the downloads' choices draw nothing here
    return data.kept_view(("timeline", drawn.to_search(), today), lambda: _timeline_view(data, search, today),
                          text=state.filter.text, titles=True)


def _timeline_view(data: DashboardData, search: str | None, today: dt.date) -> tuple:
    figure, fit_disabled = render_timeline(data, search, today)
    if isinstance(figure, dict) and not any(trace.get("type") == "heatmap" for trace in figure["data"]):
        state, _ = _state(data, search)
        figure = {**figure, "data": typed_legend([*figure["data"], *excluded_type_entries(excluded_types(data, state.filter))])}
    return figure, fit_disabled, graph_style(figure)


def typed_legend(traces: list[dict]) -> list[dict]:
    """`traces` with the legend entries of event types ranked in type order, so an entry keeps its place
    whether its type is shown or greyed out; other entries (candidates, keys) follow."""
    order = {event_type: rank for rank, event_type in enumerate(TYPE_STYLES)}
    return [{**trace, "legendrank": 100 + order[trace["legendgroup"]]}
            if trace.get("legendgroup") in order and "legendrank" not in trace else trace for trace in traces]


def render_overview_view(data: DashboardData, search: str | None) -> tuple:
    """The overview strip and its graph's style (its height)."""
    figure = render_overview(data, search)
    return figure, graph_style(figure)


def not_known(state: ViewState) -> str:
    """What a past view (`as_of`) with no events says: none were known then ("" for the present)."""
    f = state.filter
    return f"No events were known on {format_instant(f.as_of)}: pick a later As of, or clear it." if f.as_of else ""
