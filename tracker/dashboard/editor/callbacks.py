"""Callbacks of the event form: one-line adapters from Dash to `handlers`, `rows` and `history_list`."""
from __future__ import annotations

from dash import ALL, MATCH, Dash, Input, Output, Patch, State, no_update

from tracker.dashboard import ids, inputs
from tracker.dashboard.callbacks import _trigger
from tracker.dashboard.editor import handlers, layout
from tracker.dashboard.editor.form import ROWS, blank_row
from tracker.dashboard.editor.history_list import render_history
from tracker.dashboard.editor.links import link_search_options
from tracker.dashboard.live import LiveData, request_user
from tracker.venue_names import venue_country_codes

#: The form's own buttons, whose ids are fixed.
FORM_INPUTS = [Input(ids.EDITOR_ADD, "n_clicks"), Input(ids.EDITOR_SAVE, "n_clicks"), Input(ids.EDITOR_CANCEL, "n_clicks"),
               Input(ids.EDITOR_KEEP_MINE, "n_clicks"), Input(ids.EDITOR_TAKE_THEIRS, "n_clicks"),
               Input(ids.REVIEW_ADD_FROM, "data")]  # "Add an event from this article" on the review page
#: The buttons drawn with the detail panel, the history list and the notice (pattern-matching ids). They have a
#: callback of their own: Dash calls a callback with an ALL input again whenever such a button is removed (each
#: redraw of the detail panel, as after the page's poll learns of another person's save), and that new call
#: drops the answer of the same callback still running; with Save in it, a save's conflict or its "Saved" was lost.
PATTERN_INPUTS = [Input({"type": ids.EDITOR_EDIT, "index": ALL}, "n_clicks"),
                  Input({"type": ids.EDITOR_DELETE, "index": ALL}, "n_clicks"),
                  Input({"type": ids.EDITOR_UNDO, "index": ALL, "version": ALL}, "n_clicks"),
                  Input({"type": ids.EDITOR_NOTICE_CLOSE, "index": ALL}, "n_clicks")]
SCALAR_STATES = [State(control, "value") for control in ids.EDITOR_FIELDS.values()]
ROW_STATES = [State(layout.part_id(group, part, ALL), "value") for group, parts in ROWS.items() for part in parts]


def action_outputs(duplicate: bool = False) -> list[Output]:
    """The outputs of an action (`handlers.Outcome.flat` order); `duplicate` for the second callback that has them."""
    shared = {ids.DATA_VERSION, ids.URL, ids.EDITOR_FIELDS["venue_country"], ids.EDITOR_COUNTRY_FILLED}  # others' too
    return [Output(component, prop, allow_duplicate=duplicate or component in shared) for component, prop in [
        (ids.EDITOR_DIALOG, "hidden"), (ids.EDITOR_HEADING, "children"),
        *[(control, "value") for control in ids.EDITOR_FIELDS.values()],
        *[(f"editor-{group}-rows", "children") for group in ids.EDITOR_GROUPS],
        *[(ids.editor_error(name), "children") for name in handlers.ERROR_FIELDS],
        (ids.EDITOR_CONFLICT, "hidden"), (f"{ids.EDITOR_CONFLICT}-text", "children"),
        (ids.EDITOR_MESSAGE, "children"), (ids.EDITOR_OPENED, "data"),
        (ids.EDITOR_NOTICE, "children"), (ids.DATA_VERSION, "data"),
        (ids.URL, "search"), (ids.EDITOR_FIELDS["event_id"], "disabled"), (ids.EDITOR_ARTICLE_ROW, "hidden"),
        (ids.EDITOR_ARTICLE, "children"), (ids.EDITOR_COUNTRY_FILLED, "data")]]


ACTION_OUTPUTS = action_outputs()
#: "Use selection as evidence" in a form opened on an article: the text selected in the form's article box, sent to
#: `ids.REVIEW_ADD_FROM` as a new reading of the open form (`handlers.reselected`), which keeps what was typed.
USE_SELECTION = """
function (clicks) {
    if (!clicks) { return window.dash_clientside.no_update; }
    var chosen = window.trackerArticles ? window.trackerArticles.selected('%s') : '';
    return {reselect: true, selection: chosen, at: Date.now()};
}
""" % ids.EDITOR_ARTICLE
#: A known venue fills an empty Country, in the page (a server's answer could land after the person typed a Country):
#: the venues' countries (`venue_country_codes`) by the name folded as `tracker.resolve.fold` does. A Country typed is
#: never changed; one filled for an earlier venue follows the venue (emptied for an unknown one), and so does a stored
#: one that is the stored venue's own country once the venue changes (a Geneva event moved to "Ankara" kept CHE,
#: review29); opening a stored event's form is no change of its venue, and a venue typed back to the stored one gives
#: the stored Country back ("Genevas" emptied it, and the Backspace that made it "Geneva" again left it empty, which
#: Save wrote: review30). `filled` is null when the venue filled nothing since the form opened ('' is an emptied
#: fill); an empty Venue fills nothing. Run again when the map comes (a venue read from an article may be there first).
#: `handlers.save` fills an empty one too (a Save before this ran).
VENUE_COUNTRY = r"""
function (venue, codes, country, filled, opened) {
    var none = window.dash_clientside.no_update;
    var fold = function (text) {
        return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u2019/g, "'").trim()
            .split(/\s+/).join(' ').toLowerCase();
    };
    venue = venue || ''; country = (country || '').trim();
    filled = filled === null || filled === undefined ? null : String(filled).trim();
    var base = opened && opened.event_id ? (opened.base || {}) : null;
    var storedVenue = base ? (base.venue || '') : null, storedCountry = base ? (base.venue_country || '') : '';
    if (country && filled === null && base && venue !== storedVenue && country === storedCountry
            && (codes || {})[fold(storedVenue)] === country) {
        filled = country;  // the stored venue's own country: it follows the venue as a filled one does
    }
    if (country && country !== filled) { return [none, none]; }
    if (base && venue === storedVenue) {  // opened, or typed back to the stored venue: its stored Country
        return filled === null || country === storedCountry ? [none, none] : [storedCountry, storedCountry];
    }
    var found = fold(venue) ? (codes || {})[fold(venue)] || '' : '';
    return found !== country ? [found, found] : [none, none];
}
"""
#: What fires a write to the store (for `tracker.auth.roles.WRITES`: editors only); Add, Edit and Keep do not write.
WRITE_IDS = (ids.EDITOR_SAVE, ids.EDITOR_DELETE, ids.EDITOR_UNDO)


def _row_inputs(values: tuple) -> dict[str, list[list]]:
    """The row states (ROW_STATES order) as {group: [values of each part]}."""
    out, at = {}, 0
    for group, parts in ROWS.items():
        out[group] = list(values[at:at + len(parts)])
        at += len(parts)
    return out


def register_editor(app: Dash, live: LiveData) -> None:
    """The form's callbacks: the actions, adding and removing rows, the link picker's search, the history list."""

    prefix = app.config.requests_pathname_prefix

    @app.callback(*ACTION_OUTPUTS, *FORM_INPUTS, State(ids.EDITOR_OPENED, "data"), State(ids.URL, "search"),
                  State(ids.URL, "pathname"), *SCALAR_STATES, *ROW_STATES, prevent_initial_call=True)
    def action(*values):
        opened, search, pathname = values[len(FORM_INPUTS):len(FORM_INPUTS) + 3]
        rest = values[len(FORM_INPUTS) + 3:]
        form = handlers.form_from_inputs(list(rest[:len(SCALAR_STATES)]), _row_inputs(rest[len(SCALAR_STATES):]))
        return handlers.act(live, *_trigger()[::2], opened, form, search, request_user(), inputs.text(pathname),
                            prefix).flat()

    app.clientside_callback(USE_SELECTION, Output(ids.REVIEW_ADD_FROM, "data", allow_duplicate=True),
                            Input(ids.EDITOR_USE_SELECTION, "n_clicks"), prevent_initial_call=True)

    country = ids.EDITOR_FIELDS["venue_country"]
    app.clientside_callback(VENUE_COUNTRY, Output(country, "value", allow_duplicate=True),
                            Output(ids.EDITOR_COUNTRY_FILLED, "data", allow_duplicate=True),
                            Input(ids.EDITOR_FIELDS["venue"], "value"), Input(ids.EDITOR_VENUE_COUNTRIES, "data"),
                            State(country, "value"), State(ids.EDITOR_COUNTRY_FILLED, "data"),
                            State(ids.EDITOR_OPENED, "data"), prevent_initial_call=True)

    @app.callback(*action_outputs(duplicate=True), *PATTERN_INPUTS, State(ids.EDITOR_OPENED, "data"),
                  State(ids.URL, "search"), prevent_initial_call=True)
    def pattern_action(*values):  # Edit, Delete, Undo, close the notice: none of them reads the form
        opened, search = values[len(PATTERN_INPUTS):]
        return handlers.act(live, *_trigger()[::2], opened, {}, search, request_user()).flat()

    for group in ids.EDITOR_GROUPS:
        _register_rows(app, group)

    @app.callback(*[Output(list_id, "children") for list_id in layout.LISTS.values()],
                  Output(ids.EDITOR_VENUE_COUNTRIES, "data"), Input(ids.EDITOR_DIALOG, "hidden"),
                  prevent_initial_call=True)
    def datalists(hidden):
        if hidden:
            return [no_update] * (len(layout.LISTS) + 1)
        return [*layout.datalist_options(live.data), venue_country_codes(live.data.tables.venues)]

    @app.callback(Output(layout.part_id("links", "event_id", MATCH), "options"),
                  Input(layout.part_id("links", "event_id", MATCH), "search_value"),
                  State(layout.part_id("links", "event_id", MATCH), "value"), prevent_initial_call=True)
    def link_search(search, current):
        return link_search_options(live.data, search, current)

    @app.callback(Output(ids.EDITOR_HISTORY, "children"), Input(ids.URL, "search"), Input(ids.DATA_VERSION, "data"))
    def history(search, _version):
        return render_history(live, search)

    app.clientside_callback(
        "function (hidden, opened) { return window.trackerEditor ? window.trackerEditor.dialog(hidden, opened) : null; }",
        Output(ids.EDITOR_FOCUS, "data"), Input(ids.EDITOR_DIALOG, "hidden"), State(ids.EDITOR_OPENED, "data"),
        prevent_initial_call=True)


def _register_rows(app: Dash, group: str) -> None:
    """Add a row (empty, at the end) or remove one, leaving the other rows and their input as they are."""

    @app.callback(Output(f"editor-{group}-rows", "children", allow_duplicate=True), Input(layout.add_id(group), "n_clicks"),
                  Input(layout.remove_id(group, ALL), "n_clicks"), State(layout.row_id(group, ALL), "id"),
                  prevent_initial_call=True)
    def rows(_add, _removes, row_ids):
        return edit_rows(group, *_trigger()[::2], [r.get("index") for r in inputs.records(row_ids)])


def edit_rows(group: str, trigger, value, keys: list[str]):
    """A Patch of a group's rows: an empty row appended (Add), or the row whose Remove was clicked deleted."""
    patch = Patch()
    if trigger == layout.add_id(group) and value:
        patch.append(layout.row(group, blank_row(group)))
        return patch
    if isinstance(trigger, dict) and value and trigger.get("index") in keys:
        del patch[keys.index(trigger["index"])]
        return patch
    return no_update
