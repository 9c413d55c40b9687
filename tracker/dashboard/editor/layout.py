"""The event form: a dialog over the page, built from small functions; the rows of actors, sources, quotes
and links are drawn from a form dict (`tracker.dashboard.editor.form`) so a re-drawn form keeps the input."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from dash import dcc, html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.form import blank_form
from tracker.models import DATE_PRECISIONS, EVENT_TYPES, LINK_TYPES, REVIEW_STATES, ROLES, STATUSES

#: Row parts: (label, placeholder, width class); a part named in CHOICES is a dropdown of those values.
PARTS = {
    "actors": {"name": ("Actor", "e.g. Kazakhstan", "wide"), "role": ("Role", "", "")},
    "sources": {"publisher": ("Publisher", "e.g. TASS", ""), "published": ("Published", "YYYY-MM-DD", "instant"),
                "title": ("Title", "", "wide"), "url": ("Address", "https://…", "wide")},
    "quotes": {"source": ("Source no.", "1", "narrow"), "speaker": ("Speaker", "e.g. Lavrov", ""),
               "text": ("Quote", "verbatim text", "wide")},
    "links": {"link_type": ("Link", "", ""), "event_id": ("Event", "", "wide")},
}
CHOICES = {("actors", "role"): ROLES, ("links", "link_type"): LINK_TYPES}
GROUP_TITLES = {"actors": ("Actors", "Add actor"), "sources": ("Sources", "Add source"),
                "quotes": ("Quotes", "Add quote"), "links": ("Links to other events", "Add link")}
LISTS = {"actors": "editor-actor-names", "process": "editor-process-names", "venue": "editor-venue-names"}


def part_id(group: str, part: str, key: str) -> dict:
    """The id of one input of one row."""
    return {"type": f"editor-{group}-{part.replace('_', '-')}", "index": key}


def dom_id(component_id: dict) -> str:
    """The id Dash gives a pattern-matching component in the page (its keys sorted, as JSON)."""
    return json.dumps(component_id, sort_keys=True, separators=(",", ":"))


def row_id(group: str, key: str) -> dict:
    """The id of one row (its `id` property lists the rows in order)."""
    return {"type": f"editor-{group}-row", "index": key}


def remove_id(group: str, key: str) -> dict:
    """The id of a row's Remove button."""
    return {"type": f"editor-{group}-remove", "index": key}


def add_id(group: str) -> str:
    """The id of a group's Add button."""
    return f"editor-{group}-add"


def _options(values: Iterable[str]) -> list[dict]:
    return [{"label": v.replace("_", " "), "value": v} for v in values]


def _choice(control_id, values: Iterable[str], value: str | None) -> dcc.Dropdown:
    return dcc.Dropdown(id=control_id, options=_options(values), value=value or None, clearable=False,
                        searchable=False, className="editor-choice type-ahead")


def _input(control_id, value: str, placeholder: str = "", **extra) -> dcc.Input:
    return dcc.Input(id=control_id, type="text", value=value or "", placeholder=placeholder, className="text-input",
                     autoComplete="off", debounce=False, **extra)


def _field(field: str, label: str, control, hint: str | None = None, width: str = "") -> html.Div:
    """A labelled control with its hint and its error line (the error names this field)."""
    control_id = ids.EDITOR_FIELDS[field]
    parts = [html.Label(label, htmlFor=control_id, id=f"{control_id}-label"), control]
    if hint:
        parts.append(html.Div(hint, className="hint"))
    parts.append(html.Div(id=ids.editor_error(field), className="field-error", role="alert"))
    return html.Div(parts, className=f"field editor-field {width}".strip())


def link_options(value: str, title: str | None) -> list[dict]:
    """The options of a link's event picker before a search: the event it points to."""
    return [{"label": f"{title} ({value})" if title else value, "value": value}] if value else []


def row(group: str, values: dict, key: str | None = None, titles: dict[str, str] | None = None) -> html.Div:
    """One row of a group: an input per part and a Remove button; labels are visible above each input."""
    key = key or uuid.uuid4().hex[:12]
    cells = []
    for part, (label, placeholder, width) in PARTS[group].items():
        control_id = part_id(group, part, key)
        value = values.get(part, "")
        if (group, part) in CHOICES:
            control = _choice(control_id, CHOICES[group, part], value)
        elif (group, part) == ("links", "event_id"):
            control = dcc.Dropdown(id=control_id, options=link_options(value, (titles or {}).get(value)),
                                   value=value or None, searchable=True, clearable=True, search_order="original",
                                   placeholder="Type words of its title, or its id", optionHeight="auto",
                                   className="editor-choice")
        else:
            extra = {"list": LISTS["actors"]} if (group, part) == ("actors", "name") else {}
            control = _input(control_id, value, placeholder, **extra)
        cells.append(html.Div([html.Label(label, className="row-label", htmlFor=dom_id(control_id)), control],
                              className=f"row-cell {width}".strip()))
    cells.append(html.Button("Remove", id=remove_id(group, key), n_clicks=0, className="button secondary small row-remove",
                             **{"aria-label": remove_label(group, values, titles)}))
    return html.Div(cells, id=row_id(group, key), className=f"editor-row editor-row-{group}", role="group")


#: The part that names a row for a screen reader's "Remove" button (every button read "Remove this actor" alike).
_NAMED_BY = {"actors": ("name",), "sources": ("publisher", "published"), "quotes": ("speaker",), "links": ("event_id",)}


def remove_label(group: str, values: dict, titles: dict[str, str] | None = None) -> str:
    """The Remove button's accessible name: 'Remove this actor: Kazakhstan', or the bare phrase for a new, empty row."""
    parts = [str(values.get(part) or "").strip() for part in _NAMED_BY[group]]
    if group == "links" and parts[0]:
        parts = [(titles or {}).get(parts[0]) or parts[0]]
    named = ", ".join(p for p in parts if p)
    return f"Remove this {group[:-1]}: {named}" if named else f"Remove this {group[:-1]}"


def rows(group: str, form: dict, titles: dict[str, str] | None = None) -> list:
    """The rows of a group as the form holds them."""
    return [row(group, values, titles=titles) for values in form.get(group, [])]


def _group(group: str, hint: str) -> html.Fieldset:
    title, add = GROUP_TITLES[group]
    return html.Fieldset([
        html.Legend(title),
        html.Div(hint, className="hint"),
        html.Div(id=f"editor-{group}-rows", className="editor-rows"),
        html.Div(id=ids.editor_error(group), className="field-error", role="alert"),
        html.Button(add, id=add_id(group), n_clicks=0, className="button secondary small"),
    ], className=f"editor-group editor-group-{group}")


def _datalists() -> list:
    """The lists the name boxes suggest from, empty until the form opens (`datalist_options`): a thousand
    options in the page's layout slowed every redraw of the timeline by ~100 ms."""
    return [html.Datalist([], id=list_id) for list_id in LISTS.values()]


def datalist_options(data: DashboardData) -> list[list]:
    """The options of each of LISTS, from the current data: actor, process and venue names."""
    tables = data.tables
    names = {"actors": tables.actors.get("name", []), "process": tables.processes.get("name", []),
             "venue": tables.venues.get("name", [])}
    return [[html.Option(value=str(v)) for v in sorted(set(map(str, names[key])))] for key in LISTS]


ARTICLE_HINT = ("Too little or the wrong sentence? Select it again in the article (with the mouse, or in the box with "
                "Shift+Down; Shift+Right adds a word), then Use selection as evidence: what you typed stays.")


def _article_row() -> html.Div:
    """The article a form was opened on ("Add an event from this article"), to select the evidence anew in it."""
    hint = f"{ids.EDITOR_ARTICLE}-hint"
    return html.Div([
        html.Div(ARTICLE_HINT, id=hint, className="hint"),
        html.Div(id=ids.EDITOR_ARTICLE, className="article-text", tabIndex=0, role="region",
                 **{"aria-label": "The article, its evidence highlighted", "aria-describedby": hint}),
        html.Button("Use selection as evidence", id=ids.EDITOR_USE_SELECTION, n_clicks=0,
                    className="button secondary small", **{"aria-describedby": hint}),
    ], id=ids.EDITOR_ARTICLE_ROW, className="editor-article-row", hidden=True)


def editor_dialog(data: DashboardData) -> html.Div:
    """The form, hidden until Add event or Edit opens it; Escape or Cancel closes it."""
    form = blank_form()
    scalar = {field: form[field] for field in ids.EDITOR_FIELDS}
    f = ids.EDITOR_FIELDS
    return html.Div(html.Section([
        html.Div([
            html.H2("Add an event", id=ids.EDITOR_HEADING, tabIndex="-1", className="editor-heading"),
            html.Button("Close ×", id=ids.EDITOR_CANCEL, n_clicks=0, className="close editor-close",
                        **{"aria-label": "Close the form without saving"}),
        ], className="editor-head"),
        html.Div(id=ids.EDITOR_CONFLICT, className="editor-conflict", role="alert", hidden=True, children=[
            html.Div(id=f"{ids.EDITOR_CONFLICT}-text"),
            html.Div([html.Button("Keep my changes, take in theirs", id=ids.EDITOR_KEEP_MINE, n_clicks=0,
                                  className="button primary small"),
                      html.Button("Drop my changes, show theirs", id=ids.EDITOR_TAKE_THEIRS, n_clicks=0,
                                  className="button secondary small")], className="editor-conflict-actions"),
        ]),
        html.Fieldset([
            html.Legend("Event"),
            html.Div([
                _field("title", "Title", _input(f["title"], scalar["title"], "e.g. Astana talks, round 21"), width="span-3"),
                _field("event_id", "Id", _input(f["event_id"], "", "optional"),
                       "Left empty: made from the date and title. Fixed once saved."),
                _field("event_type", "Type", _choice(f["event_type"], EVENT_TYPES, scalar["event_type"])),
                _field("status", "Status", _choice(f["status"], STATUSES, scalar["status"])),
                _field("review_state", "Review state", _choice(f["review_state"], REVIEW_STATES, scalar["review_state"])),
            ], className="editor-grid"),
        ]),
        html.Fieldset([
            html.Legend("When"),
            html.Div([
                _field("start_date", "Start date", _input(f["start_date"], "", "YYYY-MM-DD", inputMode="numeric")),
                _field("end_date", "End date", _input(f["end_date"], "", "YYYY-MM-DD", inputMode="numeric"),
                       "Empty for one day."),
                _field("date_precision", "Date known to the", _choice(f["date_precision"], DATE_PRECISIONS, "day")),
            ], className="editor-grid"),
        ]),
        html.Fieldset([
            html.Legend("Where, and in which process"),
            html.Div([
                _field("process", "Process", _input(f["process"], "", "e.g. Astana format", list=LISTS["process"])),
                _field("round_number", "Round", _input(f["round_number"], "", "e.g. 21", inputMode="numeric")),
                _field("venue", "Venue", _input(f["venue"], "", "e.g. Astana", list=LISTS["venue"])),
                _field("venue_country", "Country", _input(f["venue_country"], "", "e.g. Kazakhstan or KAZ"),
                       "A name or ISO code; stored as alpha-3."),
            ], className="editor-grid"),
        ]),
        html.Fieldset([
            html.Legend("Summary, evidence and tags"),
            _field("summary", "Summary", dcc.Textarea(id=f["summary"], value="", rows=3, className="text-area")),
            _field("evidence", "Evidence", dcc.Textarea(id=f["evidence"], value="", rows=2, className="text-area"),
                   "The sentence of a source that reports the event, as written; marked in its article."),
            _article_row(),
            _field("tags", "Tags", _input(f["tags"], "", "e.g. syria; guarantors"), "Separated by ';'."),
        ]),
        _group("actors", "Each actor with its role; a name not known yet is added as a new actor."),
        _group("sources", "At least one. Published: YYYY-MM-DD or YYYY-MM-DDTHH:MM."),
        _group("quotes", "Source no. is the number of the source above (1 for the first)."),
        _group("links", "Type words of the other event's title, or its id."),
        html.Div([
            html.Button("Save", id=ids.EDITOR_SAVE, n_clicks=0, className="button primary"),
            html.Div(id=ids.EDITOR_MESSAGE, className="editor-message", role="status"),
        ], className="editor-actions"),
        *_datalists(),
        dcc.Store(id=ids.EDITOR_OPENED), dcc.Store(id=ids.EDITOR_FOCUS), dcc.Store(id=ids.EDITOR_COUNTRY_FILLED),
        dcc.Store(id=ids.EDITOR_VENUE_COUNTRIES),  # drawn with the lists as the form opens: the page fills Country
    ], className="editor-panel", role="dialog", **{"aria-modal": "true", "aria-labelledby": ids.EDITOR_HEADING}),
        id=ids.EDITOR_DIALOG, className="editor-overlay", hidden=True)


def editor_control(data: DashboardData) -> html.Div:
    """The header's Add event button, the form it opens and the notice a save, delete or undo leaves."""
    return html.Div([
        html.Button("Add event", id=ids.EDITOR_ADD, n_clicks=0, className="button primary editor-add-button"),
        html.Div(id=ids.EDITOR_NOTICE, className="editor-notice", role="status"),
        editor_dialog(data),
    ], className="editor-control")


def may_write() -> bool:
    """Whether this request's user may edit (True without logins; the role the server asks of Delete, see
    `tracker.auth.roles.WRITES`). A viewer's page gets no Edit, Delete or Undo
    buttons at all: hidden ones still fired the editor's callback when the detail panel drew them, and the
    server's refusal of it (403) was a console error on every event a viewer opened."""
    from tracker.auth.roles import WRITES, allowed
    from tracker.auth.web import current_role

    role = current_role()
    return role is None or allowed(role, WRITES[ids.EDITOR_DELETE])


def undo_id(event_id: str, version: int) -> dict:
    """The id of an Undo button: the event, and the version whose change it undoes (see `Store.undo`)."""
    return {"type": ids.EDITOR_UNDO, "index": event_id, "version": int(version)}


def edit_buttons(event_id: str) -> html.Div | None:
    """Edit and Delete, under the detail panel's heading (None for a viewer)."""
    if not may_write():
        return None
    return html.Div([
        html.Button("Edit", id={"type": ids.EDITOR_EDIT, "index": event_id}, n_clicks=0,
                    className="button secondary small editor-edit-button", **{"data-event": event_id}),
        html.Button("Delete", id={"type": ids.EDITOR_DELETE, "index": event_id}, n_clicks=0,
                    className="button danger small editor-delete-button", **{"data-event": event_id}),
    ], className="editor-buttons")
