"""Callbacks: one-line adapters from Dash to the handlers, which are plain functions."""
from __future__ import annotations

import json

from dash import ALL, Dash, Input, Output, State, ctx, no_update

from tracker.dashboard import handlers, ids
from tracker.dashboard.detail import register_detail_focus
from tracker.dashboard.download import image_button_config
from tracker.dashboard.live import LiveData
from tracker.dashboard.past import data_for, register_past
from tracker.dashboard.shown import PAGE, skip_hidden

SYNC_INPUTS = [Input(ids.URL, "search"), *[Input(c, "value") for c in handlers.CONTROLS], Input(ids.RESET, "n_clicks"),
               Input(ids.FIT, "n_clicks"), Input(ids.TIMELINE, "clickData"), Input(ids.TIMELINE_ZOOM, "data"),
               Input(ids.OVERVIEW_ZOOM, "data"),
               Input(ids.ACTIVITY, "clickData"), Input(ids.TABLE, "cellClicked"),
               Input({"type": ids.LINKED_EVENT, "index": ALL}, "n_clicks"), Input(ids.DETAIL_CLOSE, "n_clicks"),
               Input({"type": ids.TAG_LINK, "index": ALL}, "n_clicks")]
SYNC_OUTPUTS = [Output(ids.URL, "search"), *[Output(c, "value") for c in handlers.CONTROLS],
                Output(ids.TABLE_PAGE, "data"), Output(ids.INPUT_NOTICE, "children"),
                *[Output(box, "className") for box in handlers.TYPED_BOXES]]
OPTION_OUTPUTS = [Output(c, "options") for c in (ids.ACTOR, ids.VENUE, ids.TYPE, ids.PROCESS, ids.ROUND, ids.STATUS, ids.STATE,
                                                 ids.TAG)]
SUMMARY_OUTPUTS = [Output(ids.COUNT, "children"), Output(ids.DESCRIBE, "children"), *OPTION_OUTPUTS,
                   Output(ids.ACTIVITY, "figure"), Output(ids.EMPTY, "children"),
                   Output(ids.NOTICES, "children"), Output(ids.FILTER_KEY, "data")]

TABLE_INPUTS = [Input(ids.URL, "search"), Input(ids.TABLE_PAGE, "data"), Input(ids.TABLE_SIZE, "value"),
                Input(ids.TABLE_SORT, "data"),
                *[Input(b, "n_clicks") for b in (ids.TABLE_FIRST, ids.TABLE_PREVIOUS, ids.TABLE_NEXT, ids.TABLE_LAST)],
                Input(ids.DATA_VERSION, "data"), PAGE]
TABLE_OUTPUTS = [Output(ids.TABLE, "rowData"), Output(ids.TABLE_INFO, "children"), Output(ids.TABLE_NOTE, "children"),
                 Output(ids.TABLE_VIEW, "data"), Output(ids.TABLE, "rowClassRules"),
                 *[Output(b, "aria-disabled") for b in (ids.TABLE_FIRST, ids.TABLE_PREVIOUS, ids.TABLE_NEXT, ids.TABLE_LAST)]]


#: The graph whose relayout each zoom store holds (`ZOOM_ONLY`): the sync callback reads a zoom as that graph's.
ZOOM_OF = {ids.TIMELINE_ZOOM: ids.TIMELINE, ids.OVERVIEW_ZOOM: ids.OVERVIEW}

#: Clientside, from a graph's relayoutData to its zoom store: a relayout with an x axis in it (a zoom, a pan, a move of
#: the range slider or its keys, a reset) passes; one without (Plotly's `autosize` on every first drawing and resize,
#: the legend placed again by timeline_keys.js) stops here, where it cost a request to the server's sync callback
#: that changed nothing (two on every page load, one per graph).
ZOOM_ONLY = """function (relayout) {
    var keys = relayout && typeof relayout === "object" ? Object.keys(relayout) : [];
    return keys.some(function (k) { return k.indexOf("xaxis") === 0; }) ? relayout : window.dash_clientside.no_update;
}"""

#: Clientside, from the grid's column state to the table's sort store: the sorted columns (id, direction, rank), and
#: nothing when they are the sort already kept. The grid reports its whole column state when it is first drawn and
#: when a column is resized or moved; the table is drawn again only for a new sort (it was drawn twice on each load).
SORT_ONLY = """function (columns, kept) {
    var sort = (Array.isArray(columns) ? columns : []).filter(function (c) {
        return c && (c.sort === "asc" || c.sort === "desc");
    }).map(function (c) { return {colId: c.colId, sort: c.sort, sortIndex: c.sortIndex}; });
    return JSON.stringify(sort) === JSON.stringify(kept || []) ? window.dash_clientside.no_update : sort;
}"""


def pick_trigger(triggered: list[dict]) -> dict | None:
    """The change a callback acts on, of those Dash sent together: the first, except that a graph's
    relayout with no axis in it (Plotly resizing the graph) gives way to any other change; a click on
    the events table that arrived with the overview strip's resize was otherwise dropped."""
    changes = [t for t in triggered if t.get("prop_id", ".") != "."]
    real = [t for t in changes if not (t["prop_id"].endswith(".relayoutData")
                                       and not any(str(k).startswith("xaxis") for k in (t.get("value") or {})))]
    return (real or changes or [None])[0]


def _trigger() -> tuple:
    """(id, "id.property", value) of what fired the callback; (None, "", None) on the first call."""
    picked = pick_trigger(ctx.triggered or [])
    if picked is None:
        return None, "", None
    component = picked["prop_id"].rsplit(".", 1)[0]
    if component in ZOOM_OF:  # a zoom store: the graph's own relayout, as the handlers read it
        return ZOOM_OF[component], f"{ZOOM_OF[component]}.relayoutData", picked["value"]
    return (json.loads(component) if component.startswith("{") else component), picked["prop_id"], picked["value"]


def register_timeline(app: Dash, live: LiveData) -> None:
    """The callbacks of the timeline page; each takes its data once (`data_for`: the current copy, or the past one
    the URL's `as_of` asks for)."""
    prefix = app.config.requests_pathname_prefix
    for store, graph in ZOOM_OF.items():
        app.clientside_callback(ZOOM_ONLY, Output(store, "data"), Input(graph, "relayoutData"), prevent_initial_call=True)
    app.clientside_callback(SORT_ONLY, Output(ids.TABLE_SORT, "data"), Input(ids.TABLE, "columnState"),
                            State(ids.TABLE_SORT, "data"), prevent_initial_call=True)

    @app.callback(*SYNC_OUTPUTS, *SYNC_INPUTS)
    def sync(search, *values):
        return handlers.next_view(data_for(live, search), *_trigger(), search, list(values[:len(handlers.CONTROLS)])).flat()

    # Each graph gets its figure's height as its container's: a responsive graph fills its container.
    # the config (its image's name) only when it changes: a new config makes Plotly draw the graph afresh, which
    # lost the keyboard's place on it when an event was opened
    @app.callback(Output(ids.TIMELINE, "figure"), Output(ids.FIT, "disabled"), Output(ids.TIMELINE, "style"),
                  Output(ids.TIMELINE, "config"), Input(ids.URL, "search"), Input(ids.DATA_VERSION, "data"), PAGE,
                  State(ids.TIMELINE, "config"))
    def timeline(search, _version, pathname, shown_config):
        skip_hidden(pathname, prefix)
        data = data_for(live, search)
        config = image_button_config(data, search)
        return (*handlers.render_timeline_view(data, search), no_update if config == shown_config else config)

    @app.callback(Output(ids.OVERVIEW, "figure"), Output(ids.OVERVIEW, "style"), Input(ids.URL, "search"),
                  Input(ids.DATA_VERSION, "data"), PAGE)
    def overview(search, _version, pathname):
        skip_hidden(pathname, prefix)
        return handlers.render_overview_view(data_for(live, search), search)

    @app.callback(*SUMMARY_OUTPUTS, Input(ids.URL, "search"), Input(ids.DATA_VERSION, "data"), PAGE,
                  State(ids.FILTER_KEY, "data"))
    def summary(search, _version, pathname, previous_key):
        skip_hidden(pathname, prefix)
        return handlers.render_summary(data_for(live, search), search, previous_key, prefix)

    @app.callback(*TABLE_OUTPUTS, *TABLE_INPUTS, State(ids.TABLE_VIEW, "data"))
    def table(search, asked_page, size, column_state, _first, _previous, _next, _last, _version, pathname, shown):
        skip_hidden(pathname, prefix)
        return handlers.render_table(data_for(live, search), search, ctx.triggered_id, asked_page, size, column_state, shown)

    @app.callback(Output(ids.DETAIL, "children"), Output(ids.DETAIL_CLOSE, "hidden"), Input(ids.URL, "search"),
                  Input(ids.DATA_VERSION, "data"), PAGE)
    def detail(search, _version, pathname):
        skip_hidden(pathname, prefix)
        return handlers.render_detail(data_for(live, search), search)

    register_detail_focus(app)
    register_past(app, live)
