"""The event's history under the detail panel: each version, who and when, what changed; collapsed by default."""
from __future__ import annotations

from dash import html

from tracker.dashboard import ids
from tracker.dashboard.editor.layout import may_write, undo_id
from tracker.dashboard.editor.records import change_rows, record_values
from tracker.dashboard.live import LiveData
from tracker.dashboard.state import parse_state

#: The newest changes shown; older ones are counted, and `tracker history EVENT_ID` lists them all.
SHOWN = 30


def _change_item(change, actors) -> html.Li:
    before = record_values(change.before, actors)
    after = record_values(change.after, actors)
    rows = change_rows(before, after)
    head = [html.Strong(f"Version {change.version}"),
            f" · {change.action or change.kind} by {change.user or 'unknown'} · {change.changed_at:%Y-%m-%d %H:%M} UTC"]
    if change.kind == "created":
        body = html.P("Created.", className="muted")
    elif change.kind == "deleted":
        body = html.P("Deleted.", className="muted")
    elif rows:
        body = html.Table([html.Thead(html.Tr([html.Th("Field"), html.Th("Before"), html.Th("After")])),
                           html.Tbody([html.Tr([html.Th(label, scope="row"), html.Td(old or "—"), html.Td(new or "—")])
                                       for label, old, new in rows])], className="history-table")
    else:
        body = html.P("No field changed.", className="muted")
    return html.Li([html.Div(head, className="history-head"), body], className=f"history-item history-{change.kind}")


def history_panel(changes: list, actors, event_id: str) -> list:
    """The collapsed history list of one event, newest first, with Undo for the last change."""
    if not changes:
        return []
    newest = list(reversed(changes))[:SHOWN]
    items = [_change_item(change, actors) for change in newest]
    more = len(changes) - len(newest)
    return [html.Details([
        html.Summary(f"History · {len(changes)} version{'s' if len(changes) != 1 else ''}", className="history-summary"),
        # When the last change made the event, undoing it removes the event: the button says so before the click.
        *([html.Button("Undo the last change" if changes[-1].kind != "created" else "Undo its creation (removes the event)",
                       id=undo_id(event_id, changes[-1].version), n_clicks=0,
                       className="button secondary small editor-undo-button", **{"data-event": event_id})]
          if may_write() else []),
        html.Ol(items, className="history-list", reversed=True),
        *([html.P(f"{more} older change(s): `tracker history {event_id}` lists them.", className="muted")] if more else []),
    ], className="history")]


def render_history(live: LiveData, search: str | None) -> list:
    """The history of the event the URL selects (nothing when none is, or the store keeps no history)."""
    event_id = parse_state(search)[0].event
    if not event_id or live.store is None or live.data.position_of(event_id) is None:
        return []
    with live.lock:
        changes = live.store.history(event_id)
    return history_panel(changes, live.data.tables.actors, event_id)
