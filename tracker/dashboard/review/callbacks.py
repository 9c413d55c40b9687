"""Callbacks of the review page: one-line adapters from Dash to `handlers`, which are plain functions."""
from __future__ import annotations

import json

from dash import ALL, Dash, Input, Output, Patch, State, ctx, no_update

from tracker.dashboard import ids, inputs
from tracker.dashboard.callbacks import _trigger
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import form as review_form
from tracker.auth.web import current_role
from tracker.dashboard.editor.callbacks import VENUE_COUNTRY
from tracker.dashboard.editor.from_article import warm as warm_lexicon
from tracker.dashboard.editor.layout import may_write
from tracker.dashboard.review import add_from, drop, events_files, handlers, sources, views
from tracker.dashboard.review import layout as review_layout
from tracker.dashboard.shown import REVIEW_PATH
from tracker.venue_names import venue_country_codes

FIELD_OUTPUTS = [Output(control, "value") for control in ids.REVIEW_FIELDS.values()]
FIELD_STATES = [State(control, "value") for control in ids.REVIEW_FIELDS.values()]
ACTION_INPUTS = [Input(ids.REVIEW_SAVE, "n_clicks"), Input(ids.REVIEW_ACCEPT, "n_clicks"),
                 Input(ids.REVIEW_REJECT, "n_clicks"), Input(ids.REVIEW_MERGE, "n_clicks"),
                 Input(ids.REVIEW_INGEST, "n_clicks"), Input(ids.REVIEW_UPLOAD_ARTICLES, "data"),
                 Input(ids.REVIEW_SOURCE_ACCEPT, "n_clicks"), Input(ids.REVIEW_SOURCE_REJECT, "n_clicks"),
                 Input(ids.REVIEW_PUBLISHED, "n_submit"),  # Enter in the date box extracts, as the refusal asks
                 Input(ids.REVIEW_PUBLISHER, "n_submit")]
#: Country follows Venue as it is typed, as in the event form (`editor.callbacks.VENUE_COUNTRY`, whose rules it runs):
#: the candidate's form is its base (`ids.REVIEW_BASE`), and what the venue filled is kept per candidate and version,
#: so a Country filled for one candidate, or before a Save, is no fill of the next one's (review30: after a Save the
#: box kept CHE as if typed while the Save then wrote the new venue's UKR).
REVIEW_VENUE_COUNTRY = """
function (venue, codes, country, filled, base) {
    var none = window.dash_clientside.no_update;
    var fill = %s;
    var id = base && base.event_id ? base.event_id : null, version = base ? base.version : null;
    var opened = id ? {event_id: id, base: base.fields || {}} : null;
    var same = filled && filled.event_id === id && filled.version === version;
    var out = fill(venue, codes, country, same ? filled.value : null, opened);
    return out[0] === none ? [none, none] : [out[0], {event_id: id, version: version, value: out[1]}];
}
""" % VENUE_COUNTRY.strip()
#: The cards of the lists (candidates, an ingest's new ones, suggested sources): picking one is done in the page.
PICK_INPUTS = [Input({"type": ids.REVIEW_PICK, "index": ALL}, "n_clicks"),
               Input({"type": ids.REVIEW_PICK_NEW, "index": ALL}, "n_clicks"),
               Input({"type": ids.REVIEW_PICK_SOURCE, "index": ALL}, "n_clicks")]
#: A click on a card selects its candidate (a suggested source: with its prefix) and clears the message. In the page,
#: not on the server: the cards were inputs of the actions' callback, so a list redrawn by a colleague's write fired
#: it again while a Save was on its way, and Dash dropped the Save's answer for the newer call (QA13 MEDIUM-1: no
#: message, and the next Save refused as clashing with one's own). A redrawn card has no clicks and picks nothing.
#: A form holding unsaved changes is not left at the first press: the message names what is unsaved, and a second
#: press of the same card leaves it (review30: another card's click dropped the typing without a word). The form's
#: values are compared with its base as `review.base.differing` does.
PICK_CARD = """
function () {
    var none = window.dash_clientside.no_update, args = Array.prototype.slice.call(arguments);
    var fields = args.slice(%(inputs)s, %(inputs)s + %(names)s.length), rest = args.slice(%(inputs)s + %(names)s.length);
    var selected = rest[0], base = rest[1], actors = rest[2], links = rest[3], held = rest[4];
    var nothing = [none, none].concat(%(plain)s.map(function () { return none; }), [none]);
    var fired = (window.dash_clientside.callback_context.triggered || []).filter(function (t) { return t.value; });
    if (!fired.length) { return nothing; }
    var id;
    try { id = JSON.parse(fired[0].prop_id.slice(0, fired[0].prop_id.lastIndexOf('.'))); } catch (e) { return nothing; }
    if (!id || typeof id.index !== 'string') { return nothing; }
    var target = (id.type === '%(source)s' ? '%(prefix)s' : '') + id.index;
    var value = function (v) { return v === null || v === undefined ? '' : String(v).trim(); };
    var lines = function (text) {
        return (text || '').split(/\\r?\\n/).filter(function (l) { return l.trim(); })
            .map(function (l) { return l.trim().split(/\\s+/).join(' '); }).join('\\n');
    };
    var changed = [];
    if (base && base.event_id && base.event_id === selected && target !== selected) {
        %(names)s.forEach(function (name, i) {
            if (value(fields[i]) !== value((base.fields || {})[name])) { changed.push(%(labels)s[name] || name); }
        });
        if (lines(actors) !== lines(base.actors)) { changed.push(%(labels)s.actors); }
        if (lines(links) !== lines(base.links)) { changed.push(%(labels)s.links); }
    }
    if (changed.length && held !== target) {
        var said = 'Not opened: your changes to ' + changed.join(', ') + ' are not saved. Press "Save changes" to '
            + 'keep them, or press the card again to leave them.';
        return [none, {namespace: 'dash_html_components', type: 'Div',
                       props: {children: said, className: 'message error', role: 'alert'}}]
            .concat(%(plain)s.map(function () { return none; }), [target]);
    }
    return [target, ''].concat(%(plain)s, [null]);  // boxes unmarked
}
"""
#: The review page shows (its path, under the app's prefix, as `shown.on_review_page` reads it): one more time shown,
#: which draws its lists; another page leaves it as it is, and no review callback is sent.
SHOWN = """
function (pathname, shown) {
    var prefix = %(prefix)s, path = pathname || '/';
    if (path.indexOf(prefix) !== 0 || path.slice(prefix.length).replace(/^\\/+|\\/+$/g, '') !== %(path)s) {
        return window.dash_clientside.no_update;
    }
    return (shown || 0) + 1;
}
"""
#: A viewer's form is read only, with the reason said (ux25's finding 14: its boxes took typing that no button could
#: send). In the page, from the header's account control (its role class), so no request is sent for it; the server
#: refuses a viewer's writes anyway (tracker.auth.roles).
READ_ONLY = """
function (account) {
    var viewer = JSON.stringify(account || []).indexOf('account-role-viewer') >= 0;
    var shown = {}, gone = {display: 'none'}, pairs = %(pairs)s;
    return [!viewer, viewer ? %(note)s : ''].concat(
        %(boxes)s.map(function () { return viewer; }), %(choices)s.map(function () { return viewer; }),
        pairs.map(function () { return viewer ? gone : shown; }), pairs.map(function () { return viewer ? shown : gone; }));
}
"""
#: The read-only text of each choice: its value as the dropdown labels it ("talk_round": "talk round").
CHOICE_TEXT = """
function () {
    return Array.prototype.slice.call(arguments).map(function (value) { return String(value || '').replace(/_/g, ' '); });
}
"""
ACTION_OUTPUTS = [Output(ids.REVIEW_MESSAGE, "children"), Output(ids.REVIEW_INGEST_RESULT, "children"),
                  Output(ids.REVIEW_SELECTED, "data"), Output(ids.DATA_VERSION, "data"),
                  Output(ids.REVIEW_TEXT, "value"), Output(ids.REVIEW_UPLOAD_ARTICLES, "data"),
                  Output(ids.REVIEW_PUBLISHED, "value", allow_duplicate=True), Output(ids.REVIEW_PUBLISHED, "required"),
                  Output(ids.REVIEW_BASE, "data", allow_duplicate=True), Output(ids.REVIEW_PUBLISHER, "value"),
                  *[Output(control, "className") for control, _ in review_layout.MARKABLE.values()],
                  Output(ids.REVIEW_PUBLISHED, "className"), Output(ids.REVIEW_EVIDENCE, "children", allow_duplicate=True),
                  Output(ids.REVIEW_INGEST_NEW_IDS, "data"), Output(ids.REVIEW_INGEST_NEW, "children", allow_duplicate=True)]
#: The last ingest's new candidates are drawn again when the data or the selection moves, only while there are some:
#: every page holds the review panels, and the timeline's data versions must not send a request for an empty list.
NEW_TICK = """
function (version, selected, shown) {
    if (!shown || !shown.length) { return window.dash_clientside.no_update; }
    return [version, selected];
}
"""


def register_review(app: Dash, live: LiveData) -> None:
    """The callbacks of the review page; each takes the current data once (`live.data`)."""
    prefix = app.config.requests_pathname_prefix

    @app.callback(Output(ids.REVIEW_PROCESS_NAMES, "children"), Output(ids.REVIEW_VENUE_NAMES, "children"),
                  Output(ids.REVIEW_VENUE_COUNTRIES, "data"), Input(ids.REVIEW_FORM, "hidden"), prevent_initial_call=True)
    def name_lists(hidden):
        if hidden:
            return no_update, no_update, no_update
        return *review_layout.name_options(live.data), venue_country_codes(live.data.tables.venues)

    country = ids.REVIEW_FIELDS["venue_country"]
    app.clientside_callback(REVIEW_VENUE_COUNTRY, Output(country, "value", allow_duplicate=True),
                            Output(ids.REVIEW_COUNTRY_FILLED, "data"), Input(ids.REVIEW_FIELDS["venue"], "value"),
                            Input(ids.REVIEW_VENUE_COUNTRIES, "data"), State(country, "value"),
                            State(ids.REVIEW_COUNTRY_FILLED, "data"), State(ids.REVIEW_BASE, "data"),
                            prevent_initial_call=True)

    @app.callback(*ACTION_OUTPUTS, *ACTION_INPUTS, State(ids.REVIEW_SELECTED, "data"), *FIELD_STATES,
                  State(ids.REVIEW_TARGET, "value"), State(ids.REVIEW_TEXT, "value"), State(ids.REVIEW_PUBLISHED, "value"),
                  State(ids.REVIEW_ACTORS, "value"), State(ids.REVIEW_LINKS, "value"),
                  State(ids.REVIEW_BASE, "data"), State(ids.REVIEW_PUBLISHER, "value"),
                  State(ids.REVIEW_INGEST_NEW_IDS, "data"), prevent_initial_call=True)
    def action(*values):
        selected, fields, (target, text, published, actors, links, base, publisher, batch) = _states(values)
        dropped = values[5] if isinstance(values[5], dict) else {}  # the articles of a drop (drop.SPLIT)
        return handlers.act(live, *_trigger()[::2], inputs.text(selected), [_field(f) for f in fields], inputs.text(target),
                            inputs.text(text, inputs.MAX_ARTICLE), _uploads(dropped.get("contents")),
                            _uploads(dropped.get("names")), prefix,
                            inputs.text(published), inputs.text(actors), inputs.text(links), _base(base),
                            inputs.text(publisher), _batch(batch)).flat()

    app.clientside_callback(PICK_CARD % {"source": ids.REVIEW_PICK_SOURCE, "prefix": sources.SOURCE_PREFIX,
                                         "plain": json.dumps([plain for _, plain in review_layout.MARKABLE.values()]),
                                         "inputs": len(PICK_INPUTS), "names": json.dumps(list(ids.REVIEW_FIELDS)),
                                         "labels": json.dumps(views.FIELD_LABELS)},
                            Output(ids.REVIEW_SELECTED, "data", allow_duplicate=True),
                            Output(ids.REVIEW_MESSAGE, "children", allow_duplicate=True),
                            *[Output(control, "className", allow_duplicate=True)
                              for control, _ in review_layout.MARKABLE.values()],
                            Output(ids.REVIEW_PICK_HELD, "data"), *PICK_INPUTS, *FIELD_STATES,
                            State(ids.REVIEW_SELECTED, "data"), State(ids.REVIEW_BASE, "data"),
                            State(ids.REVIEW_ACTORS, "value"), State(ids.REVIEW_LINKS, "value"),
                            State(ids.REVIEW_PICK_HELD, "data"), prevent_initial_call=True)

    app.clientside_callback(add_from.PRESSED, Output(ids.REVIEW_ADD_FROM, "data"),
                            Input({"type": ids.REVIEW_ADD_FROM_BUTTON, "index": ALL, "box": ALL}, "n_clicks"), prevent_initial_call=True)

    @app.callback(Output(ids.REVIEW_PUBLISHED, "value"), Output(ids.REVIEW_PREFILLED, "data"),
                  Input(ids.REVIEW_TEXT, "n_blur"), State(ids.REVIEW_TEXT, "value"), State(ids.REVIEW_PUBLISHED, "value"),
                  State(ids.REVIEW_PREFILLED, "data"), prevent_initial_call=True)
    def prefill(_blurs, text, shown, prefilled):
        return handlers.prefill_date(inputs.text(text, inputs.MAX_ARTICLE), inputs.text(shown), inputs.text(prefilled))

    pairs = review_layout.CHOICE_TEXTS
    app.clientside_callback(READ_ONLY % {"boxes": json.dumps(review_layout.READ_ONLY_BOXES),
                                         "choices": json.dumps(review_layout.READ_ONLY_CHOICES),
                                         "pairs": json.dumps(pairs), "note": json.dumps(review_layout.READ_ONLY_NOTE)},
                            Output(ids.REVIEW_READ_ONLY, "hidden"), Output(ids.REVIEW_READ_ONLY, "children"),
                            *[Output(box, "readOnly") for box in review_layout.READ_ONLY_BOXES],
                            *[Output(choice, "disabled") for choice in review_layout.READ_ONLY_CHOICES],
                            *[Output(choice, "style") for choice, _ in pairs], *[Output(text, "style") for _, text in pairs],
                            Input(ids.ACCOUNT, "children"))
    app.clientside_callback(CHOICE_TEXT, *[Output(text, "children") for _, text in pairs],
                            *[Input(choice, "value") for choice, _ in pairs])

    # The page's callbacks wait for the review page to show (ux25): every page holds every panel, and the timeline's
    # first load sent six of them (lists, form, merge target, suggestion panel, name lists), each a read of the store.
    app.clientside_callback(SHOWN % {"prefix": json.dumps(prefix), "path": json.dumps(REVIEW_PATH)},
                            Output(ids.REVIEW_SHOWN, "data"), Input(ids.URL, "pathname"), State(ids.REVIEW_SHOWN, "data"))

    @app.callback(Output(ids.REVIEW_COUNT, "children"), Output(ids.REVIEW_LIST, "children"),
                  Input(ids.REVIEW_SHOWN, "data"), Input(ids.DATA_VERSION, "data"), Input(ids.REVIEW_SELECTED, "data"),
                  State(ids.URL, "pathname"), prevent_initial_call=True)
    def candidates(_shown, _version, selected, pathname):
        shown = handlers.render_candidates(live.data, inputs.text(pathname), prefix, inputs.text(selected))
        if shown[0] is not no_update and may_write():  # the lexicon "Add an event from this article" reads with,
            warm_lexicon(live.data)  # built now (the page shows, or a write made a new copy), not at the press
        return shown

    @app.callback(*FIELD_OUTPUTS, Output(ids.REVIEW_FORM, "hidden"), Output(ids.REVIEW_EVIDENCE, "children"),
                  Output(ids.REVIEW_ACTORS, "value"), Output(ids.REVIEW_LINKS, "value"), Output(ids.REVIEW_BASE, "data"),
                  Output(ids.REVIEW_FORM_NOTE, "children"),
                  Input(ids.REVIEW_SELECTED, "data"), Input(ids.DATA_VERSION, "data"), *FIELD_STATES,
                  State(ids.REVIEW_ACTORS, "value"), State(ids.REVIEW_LINKS, "value"), State(ids.REVIEW_BASE, "data"),
                  prevent_initial_call=True)  # nothing is selected at first: the layout's empty, hidden form
    def form(selected, _version, *shown):
        fields, actors, links, base = [_field(f) for f in shown[:-3]], *shown[-3:]
        selected, actors, links, base = inputs.text(selected), inputs.text(actors), inputs.text(links), _base(base)
        if _trigger()[0] == ids.DATA_VERSION:  # a newer version must not wipe what is being typed
            return review_form.redraw_form(live.data, selected, fields, actors, links, base)
        return review_form.render_form(live.data, selected)

    @app.callback(Output(ids.REVIEW_TARGET, "options"), Output(ids.REVIEW_TARGET, "value"),
                  Output(ids.REVIEW_SUGGESTION, "children"), Input(ids.REVIEW_SELECTED, "data"),
                  Input(ids.DATA_VERSION, "data"), Input(ids.REVIEW_TARGET, "search_value"),
                  State(ids.REVIEW_TARGET, "value"), prevent_initial_call=True)
    def targets(selected, _version, search, current):
        changed = {str(t.get("prop_id", "")).rsplit(".", 1)[0] for t in ctx.triggered or []}
        return handlers.render_targets(live.data, inputs.text(selected), inputs.text(search), inputs.text(current),
                                       _trigger()[0] == ids.REVIEW_TARGET, by_version=changed == {ids.DATA_VERSION})

    # A drop sets the upload's contents, file names and dates at once; the page sorts its files (drop.SPLIT), each to
    # the callback that reads it, and empties the upload, so the same file dropped again is read again. Fired by the
    # dates: the contents are set first.
    app.clientside_callback(drop.SPLIT, Output(ids.REVIEW_UPLOAD_ARTICLES, "data", allow_duplicate=True),
                            Output(ids.REVIEW_IMPORT_FILES, "data", allow_duplicate=True),
                            Output(ids.REVIEW_IMPORT_DROPPED, "data"),
                            Output(ids.REVIEW_IMPORT_RESULT, "children", allow_duplicate=True),
                            Output(ids.REVIEW_UPLOAD, "contents"), Output(ids.REVIEW_UPLOAD, "last_modified"),
                            Input(ids.REVIEW_UPLOAD, "last_modified"), State(ids.REVIEW_UPLOAD, "contents"),
                            State(ids.REVIEW_UPLOAD, "filename"), prevent_initial_call=True)

    @app.callback(Output(ids.REVIEW_IMPORT_RESULT, "children"), Output(ids.REVIEW_IMPORT_FILES, "data"),
                  Input(ids.REVIEW_IMPORT_DROPPED, "data"), State(ids.REVIEW_IMPORT_FILES, "data"),
                  prevent_initial_call=True,
                  running=[(Output(ids.REVIEW_IMPORT_WORKING, "children"), events_files.CHECKING, "")])
    def events_dropped(_dropped, files):
        return events_files.dropped_kept(live, _kept(files), current_role(), prefix)

    app.clientside_callback(drop.PRESSED, Output(ids.REVIEW_IMPORT_PRESSED, "data"),
                            Input({"type": ids.REVIEW_IMPORT, "index": ALL}, "n_clicks"), prevent_initial_call=True)

    @app.callback(Output(ids.REVIEW_IMPORT_RESULT, "children", allow_duplicate=True),
                  Output(ids.REVIEW_IMPORT_FILES, "data", allow_duplicate=True),
                  Output(ids.DATA_VERSION, "data", allow_duplicate=True),
                  Input(ids.REVIEW_IMPORT_PRESSED, "data"), State(ids.REVIEW_IMPORT_FILES, "data"),
                  State({"type": ids.REVIEW_IMPORT_STATE, "index": ALL}, "value"), prevent_initial_call=True,
                  running=[(Output(ids.REVIEW_IMPORT_WORKING, "children"), events_files.IMPORTING, "")])
    def import_events(pressed, files, _states):
        index = pressed.get("index") if isinstance(pressed, dict) else None
        states = {s["id"].get("index"): s.get("value") for s in ctx.states_list[1] if isinstance(s.get("id"), dict)}
        panel, kept, version = events_files.clicked(live, index, _kept(files), states, current_role(), prefix)
        return panel, _changed(kept, index), version

    app.clientside_callback(NEW_TICK, Output(ids.REVIEW_INGEST_NEW_TICK, "data"), Input(ids.DATA_VERSION, "data"),
                            Input(ids.REVIEW_SELECTED, "data"), State(ids.REVIEW_INGEST_NEW_IDS, "data"),
                            prevent_initial_call=True)

    # The action's answer draws the list with its ids (and empties both); the tick redraws it after, so the ids are a
    # State here: as an Input they sent a second request for the list the answer had just drawn.
    @app.callback(Output(ids.REVIEW_INGEST_NEW, "children"), Input(ids.REVIEW_INGEST_NEW_TICK, "data"),
                  State(ids.REVIEW_INGEST_NEW_IDS, "data"), State(ids.REVIEW_SELECTED, "data"), prevent_initial_call=True)
    def new_candidates(_tick, shown, selected):
        return views.new_candidates(live.data, _batch(shown), inputs.text(selected), prefix)

    @app.callback(Output(ids.REVIEW_SOURCES_COUNT, "children"), Output(ids.REVIEW_SOURCES_LIST, "children"),
                  Input(ids.REVIEW_SHOWN, "data"), Input(ids.DATA_VERSION, "data"), Input(ids.REVIEW_SELECTED, "data"),
                  Input(ids.REVIEW_INGEST_RESULT, "children"), State(ids.URL, "pathname"), prevent_initial_call=True)
    def suggested(_shown, _version, selected, _ingested, pathname):
        return handlers.render_suggestions(live.data, inputs.text(pathname), prefix, inputs.text(selected))

    @app.callback(Output(ids.REVIEW_SOURCE_PANEL, "hidden"), Output(ids.REVIEW_SOURCE_DETAIL, "children"),
                  Input(ids.REVIEW_SELECTED, "data"), Input(ids.DATA_VERSION, "data"), prevent_initial_call=True)
    def suggestion(selected, _version):
        return sources.panel(live.data, inputs.text(selected))


def _states(values: tuple) -> tuple:
    """The action callback's states after its inputs: selection, form fields, then the rest in order."""
    rest = values[len(ACTION_INPUTS):]
    return rest[0], list(rest[1:1 + len(FIELD_STATES)]), rest[1 + len(FIELD_STATES):]


def _field(value: object) -> object:
    """A form field as the page sends it (text or a number), else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return inputs.text(value, inputs.MAX_ARTICLE)


def _batch(value: object) -> list[str]:
    """The last ingest's new candidate ids as the page sends them back (at most `views.SCAN_LIMIT`)."""
    return [x for x in (inputs.text(v) for v in value[:views.SCAN_LIMIT]) if x] if isinstance(value, list) else []


def _uploads(value: object) -> object:
    """Uploaded contents or names: a string or a list of strings (at most MAX_ITEMS), else None."""
    if isinstance(value, list):
        return [v if isinstance(v, str) else "" for v in value[:inputs.MAX_ITEMS]]
    return value if isinstance(value, str) else None  # its size is the request's, bounded by the server


def _kept(value: object) -> list:
    """The files of events kept in the page (at most MAX_ITEMS), in their places (an Import names one by its place):
    each {"name", "contents"} as the page sends it, checked where it is read (`events_files`)."""
    return value[:inputs.MAX_ITEMS] if isinstance(value, list) else []


def _changed(kept: object, index: object) -> object:
    """The kept files after an import, as a change of the imported one only: the others' contents stay in the page
    (sent back whole, they crossed the network again for nothing)."""
    if not isinstance(kept, list) or not isinstance(index, int):
        return kept
    patch = Patch()
    patch[index] = kept[index]
    return patch


def _base(value: object) -> dict | None:
    """The form's base as the page sends it back (`review.base.form_base`), else None (a forged or missing one)."""
    if not isinstance(value, dict) or not isinstance(value.get("event_id"), str):
        return None
    version = value.get("version")
    fields = value.get("fields") if isinstance(value.get("fields"), dict) else {}
    return {"event_id": inputs.text(value["event_id"]),
            "version": version if isinstance(version, int) and not isinstance(version, bool) else None,
            "fields": {name: _field(fields.get(name)) for name in ids.REVIEW_FIELDS},
            "actors": inputs.text(value.get("actors"), inputs.MAX_ARTICLE) or "",
            "links": inputs.text(value.get("links"), inputs.MAX_ARTICLE) or ""}
