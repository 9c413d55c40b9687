"""The event's history under the detail panel: each version, who and when, what changed; collapsed by default."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from dash import html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.layout import may_write, undo_id
from tracker.dashboard.editor.records import change_rows, record_values
from tracker.dashboard.live import LiveData
from tracker.dashboard.state import parse_state
from tracker.instants import format_instant, query_text

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


def _undo_label(change) -> str:
    """What Undo does to the last change, said before the click (undoing a creation removes the event)."""
    return {"created": "Undo its creation (removes the event)",
            "deleted": "Undo the delete (brings the event back)"}.get(change.kind, "Undo the last change")


def history_panel(changes: list, actors, event_id: str, opened: bool = False) -> list:
    """The history list of one event, newest first, with Undo for the last change; collapsed unless `opened`."""
    if not changes:
        return []
    newest = list(reversed(changes))[:SHOWN]
    items = [_change_item(change, actors) for change in newest]
    more = len(changes) - len(newest)
    return [html.Details([
        html.Summary(f"History · {len(changes)} version{'s' if len(changes) != 1 else ''}", className="history-summary"),
        *([html.Button(_undo_label(changes[-1]), id=undo_id(event_id, changes[-1].version), n_clicks=0,
                       className="button secondary small editor-undo-button", **{"data-event": event_id})]
          if may_write() else []),
        html.Ol(items, className="history-list", reversed=True),
        *([html.P(f"{more} older change(s): `tracker history {event_id}` lists them.", className="muted")] if more else []),
    ], className="history", open=opened)]


def render_history(live: LiveData, search: str | None) -> list:
    """The history of the event the URL selects (nothing when none is, or the store keeps no history); opened, with
    its Undo in sight, for an event deleted since."""
    event_id = parse_state(search)[0].event
    if not event_id or live.store is None:
        return []
    if live.data.position_of(event_id) is None:
        gone = deleted_changes(live.data, event_id)
        return history_panel(gone, live.data.tables.actors, event_id, opened=True) if gone else []
    with live.lock:
        changes = live.store.history(event_id)
    return history_panel(changes, live.data.tables.actors, event_id)


def deleted_changes(data: DashboardData, event_id: str | None) -> list:
    """The history of an event the store has deleted, oldest first; [] for one shown or one never stored. In a past
    view, the history up to its instant: an event deleted then (and perhaps restored since) is said to be deleted."""
    store = data.store if data.store is not None else data.history_store
    if not event_id or store is None or data.position_of(event_id) is not None:
        return []
    with data.lock:
        changes = store.history(event_id)
    if data.as_of is not None:
        changes = [c for c in changes if c.changed_at <= data.as_of]
    return changes if changes and changes[-1].kind == "deleted" else []


def deleted_note(change, past: bool = False) -> str:
    """Who deleted the event and when, for the page's notices (`past`: in a view as known at a later instant)."""
    when = f"{change.user or 'unknown'} on {format_instant(change.changed_at)}"
    return f"event {change.event_id} had been deleted by {when}, before this moment" if past else \
        f"event {change.event_id} was deleted by {when}"


def deleted_detail(changes: list, past: bool = False) -> list:
    """The detail panel of a deleted event (a shared link keeps explaining what happened): its title, who deleted it
    and when, and a link to the chronology as known just before; its history and Undo follow (`render_history`).
    `past`: in a view as known at a later instant, where nothing is edited."""
    change = changes[-1]
    before = query_text(change.changed_at - dt.timedelta(seconds=1))
    said = (" It was not in the chronology at this moment.",) if past else \
        (" Its history is below", " (Undo there brings it back)." if may_write() else ".")
    return [html.H2(change.title or change.event_id, className="detail-heading deleted-heading",
                    **{"data-deleted": change.event_id}),
            html.P([html.Strong(f"This event {'had been' if past else 'was'} deleted by {change.user or 'unknown'} on "
                                f"{format_instant(change.changed_at)}."), *said]),
            html.P(html.A("See it as it was known just before", href=f"?{urlencode({'event': change.event_id, 'as_of': before})}",
                          className="deleted-before"))]
