"""The app factory: `create_app(store)` loads the store's events and returns a Dash app. Nothing happens at import.

The data is held by a `LiveData`, which the review page's writes refresh (and, when watched,
other processes' writes); every callback and download takes the current snapshot when it runs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from dash import Dash, Input, Output, State, dcc, html
from dash.exceptions import CallbackException, DependencyException
from flask import request

from tracker.auth.web import install as install_auth
from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.download import register_download
from tracker.dashboard.inputs import callback_body_problem, text
from tracker.dashboard.live import POLL_MS, LiveData, newer_version
from tracker.dashboard.panels import HEADER_ACTIONS, Panel, default_panels, nav, panel_id
from tracker.store import Store

#: The top-level assets/ folder (CSS, the README screenshot); absolute, as Dash resolves relative paths oddly.
ASSETS = Path(__file__).resolve().parents[2] / "assets"


def shell(app: Dash, data: DashboardData, panels: list[Panel]) -> html.Div:
    """The page frame: header with nav and actions, then one container per panel."""
    prefix = app.config.requests_pathname_prefix
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        html.Header([
            html.Div([html.H1("Tracker"), html.Span("diplomatic events timeline", className="tagline")], className="brand"),
            nav(panels, prefix),
            html.Div([action.layout(data) for action in HEADER_ACTIONS], id=ids.ACTIONS, className="actions"),
        ], className="header"),
        dcc.Store(id=ids.DATA_VERSION, data=data.version),
        dcc.Interval(id=ids.DATA_POLL, interval=POLL_MS),
        *[html.Div(panel.layout(data), id=panel_id(i), hidden=i > 0) for i, panel in enumerate(panels)],
    ], id=ids.PAGE)


def current_page(app: Dash, live: LiveData, panels: list[Panel]) -> Callable[[], html.Div]:
    """The layout as a function of the data a page opens on, built once per data version.

    A page must start with the version it shows: with the first version baked in, every page
    opened after a write was told of a "newer" version at its first poll and redrew everything.
    """
    built: dict[int, html.Div] = {}

    def page() -> html.Div:
        data = live.data
        if data.version not in built:
            built.clear()
            built[data.version] = shell(app, data, panels)
        return built[data.version]

    return page


def visible_panels(pathname: str | None, prefix: str, panels: list[Panel]) -> list[bool]:
    """`hidden` of each panel container for a path: the matching panel shows, else the first."""
    pathname = text(pathname)
    path = "/" + (pathname or "/")[len(prefix):].lstrip("/") if (pathname or "").startswith(prefix) else "/"
    shown = next((i for i, p in enumerate(panels) if p.path.rstrip("/") == path.rstrip("/")), 0)
    return [i != shown for i in range(len(panels))]


def create_app(store: Store | None, data: DashboardData | None = None, panels: list[Panel] | None = None,
               watch: float | None = None, warm_views: bool = False) -> Dash:
    """A Dash app over `store` (its events are read once, here, then kept current after the app's own writes).

    `data` skips the reading (tests, bench); `watch` looks for other processes' writes every so
    many seconds and reloads; `warm_views` draws the opening views once (`tracker serve` asks for both).
    """
    data = data if data is not None else DashboardData.load(store)
    live = LiveData(store, data)
    panels = panels or default_panels()
    app = Dash(__name__, assets_folder=str(ASSETS), title="Tracker · diplomatic events", update_title=None,
               serve_locally=True, compress=False)
    app.layout = current_page(app, live, panels)
    prefix = app.config.requests_pathname_prefix
    if len(panels) > 1:
        app.callback(*[Output(panel_id(i), "hidden") for i in range(len(panels))], Input(ids.URL, "pathname"))(
            lambda pathname: visible_panels(pathname, prefix, panels))
    for panel in panels:
        panel.register(app, live)
    for action in HEADER_ACTIONS:
        action.register(app, live)
    register_download(app, live)
    install_auth(app, store)  # logins once the store has users; Host/Origin checks, security headers, body limit
    # Dash answers a path outside its registered scripts with an exception (a 500); it is a missing file.
    app.server.register_error_handler(DependencyException, lambda _exc: ("Not found.\n", 404, {"Content-Type": "text/plain"}))
    app.server.register_error_handler(CallbackException, _bad_callback_request(app))
    app.server.before_request(_check_callback_body(app))
    app.server.extensions["tracker_live"] = live  # `tracker serve --workers` gives each worker its own connection
    # Open pages learn of a reload (after another process wrote to the store) and redraw.
    app.callback(Output(ids.DATA_VERSION, "data", allow_duplicate=True), Input(ids.DATA_POLL, "n_intervals"),
                 State(ids.DATA_VERSION, "data"), prevent_initial_call=True)(
        lambda _polls, shown: newer_version(live.data.version, shown))
    if watch and store is not None:
        live.watch(watch)
    if warm_views:
        from tracker.dashboard.handlers import warm_up

        warm_up(live.data, prefix)
    return app


def _check_callback_body(app: Dash) -> Callable:
    """A callback request whose body Dash would trip over is answered 400 before Dash reads it."""
    path = app.config.requests_pathname_prefix + "_dash-update-component"

    def check():
        if request.method != "POST" or request.path != path:
            return None
        problem = callback_body_problem(request.get_json(silent=True), app.callback_map)
        if problem is None:
            return None
        app.server.logger.warning("callback request refused: %s", problem)
        return f"The callback request does not match this page's callbacks ({problem}); reload the page.\n", 400, {
            "Content-Type": "text/plain"}
    return check


def _bad_callback_request(app: Dash) -> Callable:
    """A callback request whose outputs or inputs are not the page's (a forged or stale page) is the client's
    error, a 400; it is logged, since a callback that returned a wrong value raises the same exception."""
    def answer(exc: Exception):
        app.server.logger.warning("callback request refused: %s", exc)
        return "The callback request does not match this page's callbacks; reload the page.\n", 400, {
            "Content-Type": "text/plain"}
    return answer

