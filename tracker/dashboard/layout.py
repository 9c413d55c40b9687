"""The page, built from small functions: filters, summary bar, timeline, activity chart, table, detail panel."""
from __future__ import annotations

import datetime as dt

import dash_ag_grid as dag
from dash import dcc, html

from tracker.dashboard import ids
from tracker.dashboard.detail import placeholder
from tracker.dashboard.key import timeline_key
from tracker.dashboard.state import DEFAULT_GROUP, GROUPS, ROLLUPS
from tracker.dashboard.table import COLUMNS, PAGE_SIZE, PAGE_SIZES
from tracker.dashboard.data import DashboardData
from tracker.dashboard.options import filter_options
from tracker.figures import OVERVIEW_HEIGHT
from tracker.filters import EventFilter

#: The hint beside the "Briefing: what changed since" box when it is empty or read (`brief.changes_query`).
CHANGES_HINT = "marks the events added or changed since then NEW or CHANGED and lists what was done"

#: Every graph's config. Nothing leaves the machine: Plotly 4 shows a "Share chart..." button
#: (sendChartToCloud) that uploads the figure to Plotly Cloud unless told not to; the server URL is
#: emptied too, and the older names of such buttons (Chart Studio) are removed should a Plotly bring them back.
GRAPH_CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": False,
                "showSendToCloud": False, "showEditInChartStudio": False, "showLink": False, "plotlyServerURL": "",
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d", "sendChartToCloud",
                                           "sendDataToCloud", "editInChartStudio"],
                "showTips": False}  # Plotly's "Double-click to zoom back out" notice covered the detail heading


def _labelled(label: str, control_id: str, control, hint: str | None = None) -> html.Div:
    parts = [html.Label(label, htmlFor=control_id, id=f"{control_id}-label"), control]
    if hint:
        parts.append(html.Div(hint, className="hint"))
    return html.Div(parts, className="field")


def _dropdown(control_id: str, placeholder: str, options: list, searchable: bool = True) -> dcc.Dropdown:
    return dcc.Dropdown(id=control_id, options=options, value=[], multi=True, searchable=searchable, clearable=True,
                        placeholder=placeholder, optionHeight="auto", maxHeight=320)


def _checklist(control_id: str, options: list, value: list) -> dcc.Checklist:
    return dcc.Checklist(id=control_id, options=options, value=value, className="checklist",
                         inputClassName="check", labelClassName="check-label")


def filter_panel(options: tuple[list, ...]) -> html.Aside:
    """The filters: every control is a labelled, keyboard-reachable form field.

    `options` (actor, venue, type, process, round, status, state, tag) are there from the
    start, so a value a URL sets is never dropped for want of its option.
    """
    actors, venues, types, processes, rounds, statuses, states, tags = options
    return html.Aside([
        # Reset sits by the title: in view at the page's top, never at the end of a long panel.
        html.Div([html.H2("Filters", className="panel-title"),
                  html.Button("Reset filters", id=ids.RESET, className="button secondary small", n_clicks=0)],
                 className="panel-head"),
        _labelled("Search titles, summaries and quotes", ids.TEXT,
                  dcc.Input(id=ids.TEXT, type="search", value="", debounce=0.4, placeholder="e.g. collective request",
                            className="text-input", autoComplete="off")),
        _labelled("Actor", ids.ACTOR, _dropdown(ids.ACTOR, "Any actor", actors), "A state includes its ministries and officials."),
        _labelled("Venue", ids.VENUE, _dropdown(ids.VENUE, "Any venue", venues), "Either name of a renamed city."),
        _labelled("Process", ids.PROCESS, _dropdown(ids.PROCESS, "Any process", processes)),
        _labelled("Round", ids.ROUND, _dropdown(ids.ROUND, "Any round", rounds)),
        _labelled("Tag", ids.TAG, _dropdown(ids.TAG, "Any tag", tags), "Events with any of the chosen tags."),
        html.Div([
            _labelled("From", ids.DATE_FROM, dcc.Input(id=ids.DATE_FROM, type="text", value="", debounce=True,
                                                       placeholder="YYYY-MM-DD", className="text-input date-input")),
            _labelled("To", ids.DATE_TO, dcc.Input(id=ids.DATE_TO, type="text", value="", debounce=True,
                                                   placeholder="YYYY-MM-DD", className="text-input date-input")),
        ], className="date-row"),
        html.Div("Also 2023-06, June 2023, 21 Jun 2023 or 2023.", className="hint date-hint"),
        _labelled("As of", ids.AS_OF, html.Div([
            dcc.DatePickerSingle(id=ids.AS_OF_PICKER, display_format="YYYY-MM-DD", placeholder="Pick a day",
                                 clearable=True, first_day_of_week=1, min_date_allowed="1800-01-01",
                                 initial_visible_month=dt.date.today().isoformat(),  # not January 1800
                                 className="as-of-picker"),
            dcc.Input(id=ids.AS_OF, type="text", value="", debounce=True, placeholder="or YYYY-MM-DDTHH:MM",
                      className="text-input date-input as-of-input"),
        ], className="as-of-row"), "The chronology as it was known then: a day picked (its end) or typed with a "
                                   "time (UTC); empty: now."),
        html.Div(id=ids.INPUT_NOTICE, className="input-notice", role="alert"),
        html.Fieldset([html.Legend("Event type"), _checklist(ids.TYPE, types, [])]),
        html.Fieldset([html.Legend("Status"), _checklist(ids.STATUS, statuses, [])]),
        html.Fieldset([html.Legend("Review state"), _checklist(ids.STATE, states, ["confirmed"])]),
    ], className="filters", **{"aria-label": "Filters", "data-invalid-note": ids.INPUT_NOTICE})  # invalid_boxes.js


def summary_bar() -> html.Div:
    """"N of M events", the filter in words, notices, the CSV download and the group-by choice."""
    return html.Div([
        html.Div(id=ids.AS_OF_BANNER, className="as-of-banner", role="status", hidden=True),  # a past view (as_of)
        html.Div([html.Strong(id=ids.COUNT, className="count", **{"aria-live": "polite"}),
                  html.Span(id=ids.DESCRIBE, className="describe")], className="summary-text"),
        html.Div([
            html.Div([html.Span("Group by", id=f"{ids.GROUP}-label", className="inline-label"),
                      dcc.RadioItems(id=ids.GROUP, value=DEFAULT_GROUP, inline=True, className="radio",
                                     options=[{"label": label, "value": value} for value, label in GROUPS.items()]),
                      _checklist(ids.ROLLUP, [{"label": label, "value": value} for value, label in ROLLUPS.items()], [])],
                     className="group-by", role="group", **{"aria-labelledby": f"{ids.GROUP}-label"}),
            html.Button("Fit to the filtered events", id=ids.FIT, className="button secondary", n_clicks=0),
            html.Div([
                html.A("Download CSV", id=ids.DOWNLOAD, href="download/events.csv", className="button primary",
                       download="events.csv", title="The matching events as CSV (UTF-8), as `tracker export` writes it"),
                html.A("CSV for Excel", id=ids.DOWNLOAD_EXCEL, href="download/events-excel.csv", className="button secondary",
                       download="events.csv", title="The same CSV with a byte-order mark, so Excel reads accents and Cyrillic"),
                html.A("XLSX", id=ids.DOWNLOAD_XLSX, href="download/events.xlsx", className="button secondary",
                       download="events.xlsx", title="The matching events as an Excel workbook"),
                html.A("JSON", id=ids.DOWNLOAD_JSON, href="download/events.json", className="button secondary",
                       download="events.json", title="The matching events with their actors, sources, quotes and links, "
                                                     "as `tracker export --format json` writes them"),
                html.A("PNG", id=ids.DOWNLOAD_PNG, href="download/timeline.png", className="button secondary",
                       download="timeline.png", title="The timeline as an image, titled with the filters"),
                html.A("SVG", id=ids.DOWNLOAD_SVG, href="download/timeline.svg", className="button secondary",
                       download="timeline.svg", title="The timeline as a vector image, titled with the filters"),
                dcc.Checklist(id=ids.DOWNLOAD_WINDOW, value=[], className="checklist download-window",
                              inputClassName="check", labelClassName="check-label",
                              options=[{"label": "only the visible time window", "value": "window"}]),
            ], className="downloads", role="group", **{"aria-label": "Downloads"}),
            html.Div([
                html.Label("Briefing: what changed since", htmlFor=ids.BRIEF_CHANGES, className="inline-label"),
                dcc.Input(id=ids.BRIEF_CHANGES, type="text", value="", debounce=True, className="text-input brief-changes",
                          placeholder="YYYY-MM-DD", autoComplete="off", spellCheck=False),
                html.Span(CHANGES_HINT,
                          id=ids.BRIEF_CHANGES_NOTE, className="hint", **{"aria-live": "polite"}),
            ], className="brief-changes-row"),
        ], className="summary-actions"),
        html.Ul(id=ids.NOTICES, className="notices", role="status"),
        html.Div(id=ids.EMPTY, className="empty-state", role="status"),
    ], className="summary")


def timeline_section() -> html.Section:
    """The range slider, the timeline with zoom and pan under it, its key; the activity chart below.

    The slider sits above the timeline because the timeline's height follows its window (overlapping
    marks stack into sub-rows): below it, the slider would move away from the mouse after each drag.
    """
    return html.Section([
        html.Div(dcc.Graph(id=ids.OVERVIEW, config={**GRAPH_CONFIG, "displayModeBar": False},
                           className="overview-graph", figure={"layout": {"height": OVERVIEW_HEIGHT}}),
                 role="group", **{"aria-label": "Range slider: drag its handles, or Tab to them and use the arrow keys, "
                                                "to set the timeline's window"}),
        dcc.Loading(dcc.Graph(id=ids.TIMELINE, config=GRAPH_CONFIG, className="timeline-graph",
                              figure={"layout": {"height": 360}}), type="dot", delay_show=400),
        timeline_key(),
        dcc.Store(id=ids.TIMELINE_ZOOM), dcc.Store(id=ids.OVERVIEW_ZOOM),
        html.H3("Activity per month", className="section-title"),
        dcc.Graph(id=ids.ACTIVITY, config={**GRAPH_CONFIG, "displayModeBar": False}, className="activity-graph",
                  figure={"layout": {"height": 210}}, style={"height": "210px"}),  # responsive: fills this height
    ], className="charts", **{"aria-label": "Timeline"})


#: Column widths at 13 px: a day date or a span within a month on one line (a longer span on two),
#: "Status" and its sort arrow whole, "Geneva process," unbroken; the title takes the rest and wraps.
COLUMN_SIZES = {"date": {"width": 124, "minWidth": 124},
                "title": {"flex": 1, "minWidth": 160, "cellRenderer": "TrackerTitle"},
                "process": {"width": 134, "minWidth": 134, "field": "stage"},
                "status": {"width": 90, "minWidth": 90}}


def _pager_button(label: str, button_id: str, name: str) -> html.Button:
    return html.Button(label, id=button_id, className="button secondary pager-button", n_clicks=0,
                       **{"aria-label": name, "aria-disabled": "false"})


def events_table() -> html.Section:
    """The matching events, one page at a time, sorted and paged on the server; a click or Enter on a row selects it.

    Tab enters the grid at its header and leaves it again (arrows move inside it), so it is one stop, not a trap.
    """
    return html.Section([
        html.H3("Events", className="section-title", id=f"{ids.TABLE}-title"),
        dag.AgGrid(
            id=ids.TABLE, rowData=[], getRowId="params.data.id", className="events-grid",
            columnDefs=[{"field": key, "colId": key, "headerName": label, **COLUMN_SIZES[key]} for key, label in COLUMNS],
            # The server sorts; the grid only shows the sort and keeps the rows in the order they came.
            defaultColDef={"sortable": True, "wrapText": True, "autoHeight": True, "resizable": False,
                           "suppressMovable": True, "suppressHeaderMenuButton": True, "wrapHeaderText": True,
                           "autoHeaderHeight": True, "comparator": {"function": "trackerServerOrder"},
                           "sortingOrder": ["asc", "desc", None]},
            dashGridOptions={"domLayout": "autoHeight", "suppressMultiSort": True, "animateRows": False,
                             "ensureDomOrder": True, "suppressDragLeaveHidesColumns": True,
                             "tabToNextCell": {"function": "false"}, "tabToNextHeader": {"function": "false"},
                             "localeText": {"ariaLabel": "Events"},
                             # the page says an empty result (its empty state, the pager's "No rows"); the grid's own
                             # overlay wrote "No Rows To Show" into its live region, drawn empty before its first rows
                             # and after a filter matching nothing, and left it there while it held rows (ux25)
                             "suppressNoRowsOverlay": True},
            eventListeners={"cellKeyDown": ["trackerOpenOnEnter(params, setGridProps)"]},
            rowClassRules={"selected-event": "false"}, columnSize=None, style={"height": None},
        ),
        html.Div([
            _pager_button("« First", ids.TABLE_FIRST, "First page"),
            _pager_button("‹ Previous", ids.TABLE_PREVIOUS, "Previous page"),
            html.Span(id=ids.TABLE_INFO, className="pager-info", **{"aria-live": "polite"}),
            _pager_button("Next ›", ids.TABLE_NEXT, "Next page"),
            _pager_button("Last »", ids.TABLE_LAST, "Last page"),
            html.Div([html.Span("Rows per page", id=f"{ids.TABLE_SIZE}-label", className="inline-label"),
                      dcc.RadioItems(id=ids.TABLE_SIZE, value=PAGE_SIZE, inline=True, className="radio",
                                     options=[{"label": str(n), "value": n} for n in PAGE_SIZES])],
                     className="page-size", role="group", **{"aria-labelledby": f"{ids.TABLE_SIZE}-label"}),
        ], className="pager", role="navigation", **{"aria-label": "Pages of the events table"}),
        html.Div(id=ids.TABLE_NOTE, className="hint"),
        dcc.Store(id=ids.TABLE_PAGE), dcc.Store(id=ids.TABLE_VIEW), dcc.Store(id=ids.TABLE_SORT, data=[]),
    ], className="table-section")


def detail_aside() -> html.Aside:
    """The detail panel; its content is drawn by the detail callback."""
    return html.Aside([
        html.Button("Close ×", id=ids.DETAIL_CLOSE, className="close", hidden=True, n_clicks=0,
                    **{"aria-label": "Close the detail"}),
        html.Div(placeholder(), id=ids.DETAIL, **{"aria-live": "polite"}),
        html.Div(id=ids.EDITOR_HISTORY, className="editor-history"),
        dcc.Store(id=ids.DETAIL_SHOWN),
    ], className="detail", id=ids.DETAIL_ASIDE, **{"aria-label": "Event detail"})


def timeline_page(data: DashboardData) -> html.Div:
    """The main page: filters, then the charts and table, then the detail panel."""
    return html.Div([
        filter_panel(filter_options(data, EventFilter())),
        html.Main([summary_bar(), timeline_section(), events_table()], className="main"),
        detail_aside(),
        dcc.Store(id=ids.FILTER_KEY),
    ], className="timeline-page")
