"""The header's "Saved views": a name box and Save button that keep the view's URL query in the store
under that name, and the saved views as links that open them, each with a delete button.

`views_action` is the plain function behind the one callback; the store checks names and queries.
"""
from __future__ import annotations

from dataclasses import dataclass

from dash import ALL, Dash, Input, Output, State, ctx, dcc, html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.layout import may_write
from tracker.dashboard.live import LiveData
from tracker.saved_views import SavedView
from tracker.store import Store


@dataclass(frozen=True)
class ViewsPanel:
    """What the control shows after an action: the list, a message (and whether it is an error), the name box."""

    items: list
    message: str
    error: bool
    name: str

    def flat(self) -> tuple:
        """The callback's outputs, in order."""
        return self.items, self.message, "view-message error" if self.error else "view-message", self.name


def saved_views_control(data: DashboardData) -> html.Details:
    """The header's "Saved views" disclosure: name box, Save, message, the list (drawn by the callback)."""
    return html.Details([
        html.Summary("Saved views", id=ids.VIEWS_TOGGLE, className="button secondary views-toggle"),
        html.Div([
            html.Label("Name of this view", htmlFor=ids.VIEW_NAME, className="inline-label"),
            html.Div([dcc.Input(id=ids.VIEW_NAME, type="text", value="", maxLength=80, className="text-input",
                                placeholder="e.g. Astana rounds 2023", autoComplete="off"),
                      html.Button("Save", id=ids.VIEW_SAVE, className="button primary", n_clicks=0)],
                     className="view-save-row"),
            html.Div(id=ids.VIEW_MESSAGE, className="view-message", role="status"),
            html.Ul(id=ids.VIEW_LIST, className="view-list", **{"aria-label": "Saved views"}),
        ], className="views-panel"),
    ], className="saved-views")


def view_items(views: list[SavedView], prefix: str, may_save: bool = True) -> list:
    """One list item per saved view: a link that opens it and a delete button (not for a viewer, who has no name box
    or Save either: `may_save` False says who saves them instead). A viewer's Delete buttons, hidden by the style
    sheet, were still in the page: a list drawn again (the panel opened) fired the control's callback for the new
    buttons, which the server refused as a viewer's delete, a 403 in the console (ux25b)."""
    if not views:
        return [html.Li("No saved views yet: set the filters, type a name and press Save." if may_save else
                        "No saved views yet. Editors save views; the views they save appear here.", className="muted")]
    return [html.Li([html.A(view.name, href=view.href(prefix), className="view-link", title=f"?{view.query}"),
                     *([html.Button("Delete", id={"type": ids.VIEW_DELETE, "index": view.name},
                                    className="link-button view-delete", n_clicks=0,
                                    **{"aria-label": f"Delete the saved view {view.name}"})] if may_save else [])],
                    className="view-item")
            for view in views]


def views_action(store: Store | None, trigger: object, clicked: bool, name: str | None, search: str | None,
                 prefix: str, may_save: bool = True) -> ViewsPanel:
    """Save the view on screen under `name`, delete a view, or only list them, as `trigger` says.

    `clicked` is False when Dash fired for a button that has just been drawn (no click): then only the list.
    `may_save` False (a viewer, whose save the server refuses anyway): only the list, worded for them.
    """
    if store is None:
        return ViewsPanel([html.Li("This dashboard has no store: views cannot be saved.", className="muted")],
                          "", False, name or "")
    message, error, kept_name = "", False, name or ""
    try:
        if trigger in (ids.VIEW_SAVE, ids.VIEW_NAME) and clicked:
            view = store.save_view(name or "", search or "")
            message, kept_name = f"Saved “{view.name}”.", ""
        elif isinstance(trigger, dict) and trigger.get("type") == ids.VIEW_DELETE and clicked:
            gone = str(trigger.get("index"))
            message = f"Deleted “{gone}”." if store.delete_view(gone) else f"No saved view is named “{gone}”."
    except ValueError as exc:
        message, error = f"Not saved: {exc}.", True
    return ViewsPanel(view_items(store.saved_views(), prefix, may_save), message, error, kept_name)


def register_saved_views(app: Dash, live: LiveData) -> None:
    """The callbacks of the control: list at page load, save on Save or Enter, delete on a Delete; and list again
    when the panel is opened or closed (the views are the team's: a colleague's saved since the page loaded were
    missing until a reload)."""
    prefix = app.config.requests_pathname_prefix

    @app.callback(Output(ids.VIEW_LIST, "children"), Output(ids.VIEW_MESSAGE, "children"),
                  Output(ids.VIEW_MESSAGE, "className"), Output(ids.VIEW_NAME, "value"),
                  Input(ids.VIEW_SAVE, "n_clicks"), Input(ids.VIEW_NAME, "n_submit"),
                  Input({"type": ids.VIEW_DELETE, "index": ALL}, "n_clicks"),
                  State(ids.VIEW_NAME, "value"), State(ids.URL, "search"))
    def views(_save, _submit, _deletes, name, search):
        clicked = any(t.get("value") for t in ctx.triggered or [] if t.get("prop_id", ".") != ".")
        may_save = may_write()
        with live.lock:
            return views_action(live.store, ctx.triggered_id, clicked, name, search, prefix, may_save).flat()

    @app.callback(Output(ids.VIEW_LIST, "children", allow_duplicate=True), Input(ids.VIEWS_TOGGLE, "n_clicks"),
                  prevent_initial_call=True)
    def listed(_toggled):
        may_save = may_write()
        with live.lock:
            return views_action(live.store, ids.VIEWS_TOGGLE, False, None, None, prefix, may_save).items
