"""The page, built from small functions: filters, summary bar, timeline, activity chart, table, detail panel."""
from __future__ import annotations

from dash import dash_table, dcc, html

from tracker.dashboard import ids
from tracker.dashboard.detail import placeholder
from tracker.dashboard.state import DEFAULT_GROUP, GROUPS
from tracker.dashboard.table import COLUMNS, PAGE_SIZE
from tracker.dashboard.data import DashboardData
from tracker.dashboard.options import filter_options
from tracker.figures import OVERVIEW_HEIGHT
from tracker.filters import EventFilter

GRAPH_CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": False,
                "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"]}


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

    `options` (actor, venue, type, process, round, status, state) are there from the
    start, so a value a URL sets is never dropped for want of its option.
    """
    actors, venues, types, processes, rounds, statuses, states = options
    return html.Aside([
        html.H2("Filters", className="panel-title"),
        _labelled("Search titles, summaries and quotes", ids.TEXT,
                  dcc.Input(id=ids.TEXT, type="search", value="", debounce=0.4, placeholder="e.g. collective request",
                            className="text-input", autoComplete="off")),
        _labelled("Actor", ids.ACTOR, _dropdown(ids.ACTOR, "Any actor", actors), "A state includes its ministries and officials."),
        _labelled("Venue", ids.VENUE, _dropdown(ids.VENUE, "Any venue", venues), "Either name of a renamed city."),
        _labelled("Process", ids.PROCESS, _dropdown(ids.PROCESS, "Any process", processes)),
        _labelled("Round", ids.ROUND, _dropdown(ids.ROUND, "Any round", rounds)),
        html.Div([
            _labelled("From", ids.DATE_FROM, dcc.Input(id=ids.DATE_FROM, type="text", value="", debounce=True,
                                                       placeholder="2023-06 or 21 Jun 2023", className="text-input")),
            _labelled("To", ids.DATE_TO, dcc.Input(id=ids.DATE_TO, type="text", value="", debounce=True,
                                                   placeholder="2023 or 2023-06-30", className="text-input")),
        ], className="date-row"),
        html.Div(id=ids.INPUT_NOTICE, className="input-notice", role="alert"),
        html.Fieldset([html.Legend("Event type"), _checklist(ids.TYPE, types, [])]),
        html.Fieldset([html.Legend("Status"), _checklist(ids.STATUS, statuses, [])]),
        html.Fieldset([html.Legend("Review state"), _checklist(ids.STATE, states, ["confirmed"])]),
        html.Button("Reset filters", id=ids.RESET, className="button secondary", n_clicks=0),
    ], className="filters", **{"aria-label": "Filters"})


def summary_bar() -> html.Div:
    """"N of M events", the filter in words, notices, the CSV download and the group-by choice."""
    return html.Div([
        html.Div([html.Strong(id=ids.COUNT, className="count", **{"aria-live": "polite"}),
                  html.Span(id=ids.DESCRIBE, className="describe")], className="summary-text"),
        html.Div([
            html.Div([html.Span("Group by", id=f"{ids.GROUP}-label", className="inline-label"),
                      dcc.RadioItems(id=ids.GROUP, value=DEFAULT_GROUP, inline=True, className="radio",
                                     options=[{"label": label, "value": value} for value, label in GROUPS.items()])],
                     className="group-by", role="group", **{"aria-labelledby": f"{ids.GROUP}-label"}),
            html.Button("Fit to the filtered events", id=ids.FIT, className="button secondary", n_clicks=0),
            html.Div([
                html.A("Download CSV", id=ids.DOWNLOAD, href="download/events.csv", className="button primary",
                       download="events.csv", title="The matching events as CSV (UTF-8), as `tracker export` writes it"),
                html.A("CSV for Excel", id=ids.DOWNLOAD_EXCEL, href="download/events-excel.csv", className="button secondary",
                       download="events.csv", title="The same CSV with a byte-order mark, so Excel reads accents and Cyrillic"),
                html.A("XLSX", id=ids.DOWNLOAD_XLSX, href="download/events.xlsx", className="button secondary",
                       download="events.xlsx", title="The matching events as an Excel workbook"),
                html.A("PNG", id=ids.DOWNLOAD_PNG, href="download/timeline.png", className="button secondary",
                       download="timeline.png", title="The timeline as an image, titled with the filters"),
                html.A("SVG", id=ids.DOWNLOAD_SVG, href="download/timeline.svg", className="button secondary",
                       download="timeline.svg", title="The timeline as a vector image, titled with the filters"),
                dcc.Checklist(id=ids.DOWNLOAD_WINDOW, value=[], className="checklist download-window",
                              inputClassName="check", labelClassName="check-label",
                              options=[{"label": "only the visible time window", "value": "window"}]),
            ], className="downloads", role="group", **{"aria-label": "Downloads"}),
        ], className="summary-actions"),
        html.Ul(id=ids.NOTICES, className="notices", role="status"),
        html.Div(id=ids.EMPTY, className="empty-state", role="status"),
    ], className="summary")


def timeline_section() -> html.Section:
    """The timeline with zoom, pan and a range slider; the activity chart below it."""
    return html.Section([
        dcc.Loading(dcc.Graph(id=ids.TIMELINE, config=GRAPH_CONFIG, className="timeline-graph",
                              figure={"layout": {"height": 360}}), type="dot", delay_show=400),
        html.Div(dcc.Graph(id=ids.OVERVIEW, config={**GRAPH_CONFIG, "displayModeBar": False},
                           className="overview-graph", figure={"layout": {"height": OVERVIEW_HEIGHT}}),
                 role="group", **{"aria-label": "Range slider: drag its handles to set the timeline's window"}),
        html.H3("Activity per month", className="section-title"),
        dcc.Graph(id=ids.ACTIVITY, config={**GRAPH_CONFIG, "displayModeBar": False}, className="activity-graph",
                  figure={"layout": {"height": 210}}),
    ], className="charts", **{"aria-label": "Timeline"})


def events_table() -> html.Section:
    """The matching events, sortable and paginated on the server; a click selects the event."""
    return html.Section([
        html.H3("Events", className="section-title"),
        dash_table.DataTable(
            id=ids.TABLE, columns=[{"name": label, "id": key} for key, label in COLUMNS], data=[],
            page_action="custom", page_current=0, page_size=PAGE_SIZE, page_count=1, sort_action="custom",
            sort_mode="single", sort_by=[], cell_selectable=True, style_as_list_view=True,
            style_cell={"textAlign": "left", "padding": "5px 8px", "whiteSpace": "normal", "height": "auto",
                        "fontFamily": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "fontSize": "13px"},
            style_table={"overflowX": "auto"},
            style_header={"fontWeight": "600", "backgroundColor": "#f3f4f6"},
            style_cell_conditional=[{"if": {"column_id": "date"}, "width": "110px"},
                                    {"if": {"column_id": "type"}, "width": "90px"},
                                    {"if": {"column_id": "title"}, "minWidth": "260px", "width": "40%"},
                                    {"if": {"column_id": "round"}, "width": "50px"}],
        ),
        html.Div(id=ids.TABLE_NOTE, className="hint"),
    ], className="table-section")


def detail_aside() -> html.Aside:
    """The detail panel; its content is drawn by the detail callback."""
    return html.Aside([
        html.Button("Close ×", id=ids.DETAIL_CLOSE, className="close", hidden=True, n_clicks=0,
                    **{"aria-label": "Close the detail"}),
        html.Div(placeholder(), id=ids.DETAIL, **{"aria-live": "polite"}),
    ], className="detail", **{"aria-label": "Event detail"})


def timeline_page(data: DashboardData) -> html.Div:
    """The main page: filters, then the charts and table, then the detail panel."""
    return html.Div([
        filter_panel(filter_options(data, EventFilter())),
        html.Main([summary_bar(), timeline_section(), events_table()], className="main"),
        detail_aside(),
        dcc.Store(id=ids.FILTER_KEY),
    ], className="timeline-page")
