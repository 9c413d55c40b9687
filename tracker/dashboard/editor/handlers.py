"""What the form's buttons do, as plain functions of the live data and the form's inputs.

Saving goes through the store's edit API (`tracker.store.history`): a save names the version the
form was opened at, and a newer stored version refuses it with the other person's change, which
the form shows next to the input it keeps. After a write, `LiveData.write` serves a snapshot with
the touched event re-read, and the page's data-version output redraws the timeline, table,
counts and detail.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from dash import dcc, html, no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor import layout
from tracker.dashboard.editor.form import (
    LABELS, ROWS, blank_form, conflict_rows, edited_fields, form_problems, form_to_values, merge, new_event_id,
    record_to_form,
)
from tracker.dashboard.editor.from_article import article_opening, kept_texts, reselection, too_long
from tracker.dashboard.editor.records import record_values
from tracker.dashboard.live import FieldEdit, LiveData, StoreMissing
from tracker.dashboard.past import as_of_of
from tracker.dashboard.shown import on_review_page
from tracker.dashboard.state import parse_state
from tracker.edits import OWN_CELLS
from tracker.event_ids import case_clash
from tracker.flat import misspelt_actors
from tracker.store.history import EditConflict, EditRefused
from tracker.venue_names import venue_country

FIELDS = list(ids.EDITOR_FIELDS)
ERROR_FIELDS = [*FIELDS, *ids.EDITOR_GROUPS]


@dataclass
class Outcome:
    """The answer to a button, in the order of the action callback's outputs (`flat`)."""

    hidden: object = no_update
    heading: object = no_update
    scalars: list = field(default_factory=lambda: [no_update] * len(FIELDS))
    rows: list = field(default_factory=lambda: [no_update] * len(ids.EDITOR_GROUPS))
    errors: list = field(default_factory=lambda: [no_update] * len(ERROR_FIELDS))
    conflict_hidden: object = no_update
    conflict: object = no_update
    message: object = no_update
    opened: object = no_update
    notice: object = no_update
    version: object = no_update
    search: object = no_update
    id_locked: object = no_update
    article: object = no_update  # the form's box of the article it was opened on ([]: none, the box hides)
    country_filled: object = no_update  # the Country a venue filled in (`callbacks.VENUE_COUNTRY`); None as a form opens

    def flat(self) -> list:
        """The values in the order of the callback's outputs."""
        article_hidden = no_update if self.article is no_update else not self.article
        return [self.hidden, self.heading, *self.scalars, *self.rows, *self.errors, self.conflict_hidden, self.conflict,
                self.message, self.opened, self.notice, self.version, self.search, self.id_locked, article_hidden,
                self.article, self.country_filled]


class _Taken:
    """`id in taken`: an event the dashboard shows has it."""

    def __init__(self, data: DashboardData):
        self.data = data

    def __contains__(self, event_id: str) -> bool:
        return self.data.position_of(event_id) is not None


def _case_twin(data: DashboardData, event_id: str) -> str | None:
    """The stored id that differs from `event_id` only in case (ids are ASCII: compared lower-cased), or None."""
    if not event_id or not event_id.isascii() or data.position_of(event_id) is not None:
        return None
    hits = np.flatnonzero(np.char.lower(data.ids.ids) == event_id.lower().encode())
    return data.ids.ids[hits[0]].decode() if len(hits) else None


def form_from_inputs(scalars: list, row_inputs: dict[str, list[list]]) -> dict:
    """The form dict of the values the page sent: scalars in FIELDS order, each group's parts as lists of values."""
    form = {name: "" if value is None else str(value) for name, value in zip(FIELDS, scalars)}
    for group, parts in ROWS.items():
        columns = row_inputs.get(group) or [[] for _ in parts]
        form[group] = [{part: "" if v is None else str(v) for part, v in zip(parts, values)} for values in zip(*columns)]
    return form


def _link_titles(data: DashboardData, form: dict) -> dict[str, str]:
    wanted = [r["event_id"] for r in form.get("links", []) if r.get("event_id")]
    positions = {e: p for e in wanted if (p := data.position_of(e)) is not None}
    return dict(zip(positions, data.titles_at(list(positions.values())))) if positions else {}


def _with_event(search: str | None, event_id: str | None) -> str:
    state, _ = parse_state(search)
    return replace(state, event=event_id).to_search()


def _opened(data: DashboardData, form: dict, heading: str, opened: dict, message: object = "",
            article: list | None = None) -> Outcome:
    """The dialog shown with `form` in it, errors and conflict cleared; `article`: the box of the article it was
    opened on (none: hidden)."""
    titles = _link_titles(data, form)
    return Outcome(hidden=False, heading=heading, scalars=[_shown(name, form.get(name, "")) for name in FIELDS],
                   rows=[layout.rows(group, form, titles) for group in ids.EDITOR_GROUPS],
                   errors=[""] * len(ERROR_FIELDS), conflict_hidden=True, conflict=[], message=message, opened=opened,
                   id_locked=opened.get("event_id") is not None, article=article or [], country_filled=None)


def _shown(name: str, value: str) -> str | None:
    """A field's value as its control takes it: an unchosen choice is None."""
    return (value or None) if name in _CHOICE_FIELDS else value


_CHOICE_FIELDS = ("event_type", "status", "date_precision", "review_state")


def open_new(data: DashboardData) -> Outcome:
    """The empty form of a new event."""
    return _opened(data, blank_form(), "Add an event", {"event_id": None, "version": None, "base": {}})


def reselected(live: LiveData, opened: dict | None, form: dict, selection: object) -> Outcome:
    """"Use selection as evidence" in a form opened on an article: the evidence replaced by the text selected anew in
    the form's article box, the fields the last selection filled read anew from it (`from_article.reselection`),
    every field the person typed or chose kept."""
    found = reselection(live, opened, form, selection)
    if found is None:
        return Outcome(message="The article this form was opened on is no longer stored: copy the sentence into "
                               "Evidence by hand.")
    fills, actors, note, box, read = found
    rows = [layout.rows(group, {group: actors}, {}) if group == "actors" and actors else no_update
            for group in ids.EDITOR_GROUPS]
    return Outcome(scalars=[_shown(name, fills[name]) if name in fills else no_update for name in FIELDS], rows=rows,
                   message=note, article=box, opened=no_update if read is None else {**opened, "read": read})


def open_edit(live: LiveData, event_id: str, message: str = "") -> Outcome:
    """The form of a stored event, at its current version."""
    store = live._store()
    with live.lock:
        record = store.event_record(event_id)
    if record is None:
        return Outcome(notice=notice(f"“{event_id}” is no longer stored (deleted meanwhile?)."))
    values = record_values(record, live.data.tables.actors)
    opened = {"event_id": event_id, "version": record["version"], "base": values}
    return _opened(live.data, record_to_form(values), f"Edit “{values.get('title') or event_id}”", opened, message)


def _errors(problems: dict[str, str]) -> list:
    return [problems.get(name, "") for name in ERROR_FIELDS]


_ORDER = {name: n for n, name in enumerate(ERROR_FIELDS)}


def refused(problems: dict[str, str]) -> Outcome:
    """The form kept as typed, each problem next to its field; problems of no field go in the message."""
    problems = dict(sorted(problems.items(), key=lambda item: _ORDER.get(item[0], len(_ORDER))))  # the form's order
    loose = [f"{LABELS.get(k, k)}: {v}" for k, v in problems.items() if k not in ERROR_FIELDS]
    named = [LABELS.get(k, k) for k in problems if k in ERROR_FIELDS]
    message = "Not saved. " + (f"Check {', '.join(named)} (marked in red). " if named else "") + " ".join(loose)
    return Outcome(errors=_errors(problems), message=message.strip())


def problems_of(exc: EditRefused) -> dict[str, str]:
    """The store's refusal by field (a problem may name several fields: "start_date, end_date")."""
    out: dict[str, list[str]] = {}
    for problem in exc.problems:
        for name in [c.strip() for c in (problem.column or "").split(",") if c.strip()] or ["form"]:
            out.setdefault(name, []).append(problem.reason)
    return {name: " ".join(reasons) for name, reasons in out.items()}


def conflict_view(exc: EditConflict, opened: dict, mine: dict[str, str], actors) -> tuple[list, dict]:
    """The other person's change as the form shows it, and the form state that goes on from it."""
    current = record_values(exc.current, actors)
    change = exc.change
    who = f"{change.user} at {change.changed_at:%Y-%m-%d %H:%M} UTC" if change else "someone else"
    title = current.get("title") or opened.get("base", {}).get("title") or exc.event_id
    if exc.current is None:
        lines = [html.P([html.Strong(f"“{title}” was deleted by {who}"),
                         (" while you were editing it. Nothing was saved; your input is still in the form. With Keep, "
                          "Save brings the event back (undoes the delete) and writes your changes.")])]
        return lines, {**opened, "conflict": {"deleted": True}}
    rows = conflict_rows(opened.get("base", {}), current, mine)
    lines = [
        html.P([html.Strong(f"“{title}” was changed by {who}"),
                (f" (now version {exc.current['version']}; you opened version {opened.get('version')}). "
                 "Nothing was saved; your input is still in the form.")]),
        html.Table([
            html.Thead(html.Tr([html.Th("Field"), html.Th("When you opened it"), html.Th("Theirs, now stored"),
                                html.Th("Yours")])),
            html.Tbody([html.Tr([html.Th(label, scope="row"), html.Td(before or "—"), html.Td(theirs or "—"),
                                 html.Td([yours or "—", *([html.Span(" (you left it: theirs is taken in)", className="muted")]
                                                          if yours == before else [])])])
                         for label, before, theirs, yours in rows]),
        ], className="conflict-table") if rows else html.P("They changed nothing you can edit here.", className="muted"),
    ]
    return lines, {**opened, "conflict": {"version": exc.current["version"], "base": current}}


def save(live: LiveData, opened: dict | None, form: dict, search: str | None, user: str | None = None,
         review_page: str | None = None) -> Outcome:
    """Check and save the form; on success close it and show the saved event (the timeline's URL selects it), else
    keep every input. On the review page (`review_page`: the app's prefix there) the URL and the queue stay as they
    were, and the notice links the event on the timeline."""
    opened = opened or {"event_id": None, "version": None, "base": {}}
    problems = form_problems(form)
    values = form_to_values(form)
    event_id = opened.get("event_id")
    base, venues = opened.get("base") or {}, live.data.tables.venues
    if event_id is None or values["venue"] != base.get("venue"):  # a Save before the page's fill
        # (`callbacks.VENUE_COUNTRY`): a known venue's country, as an import fills it, for an empty Country or the
        # stored venue's own country left from before the venue changed (review29)
        stale = event_id is not None and values["venue_country"] == base.get("venue_country") and \
            values["venue_country"] == venue_country(base.get("venue"), venues)
        if not values["venue_country"] or stale:
            values["venue_country"] = venue_country(values["venue"], venues) or ""
    if problems and event_id is not None:  # a stored name the form cannot write (a JSON import's "Envoy [acting]")
        changed = set(edited_fields(opened.get("base") or {}, values))  # blocks an edit of it, not of the tags
        problems = {field: reason for field, reason in problems.items() if field in changed}
    if told := too_long(opened):  # only a state forged in the page carries one: nothing is read or kept
        problems = {**problems, "evidence": told}
    if problems:  # the store's row check too, written nowhere: one Save names every problem, as an import does
        return refused({**_store_problems(live, event_id, opened, values), **problems})
    misspelt = {typed: near for typed, near in misspelt_actors(values.get("actors", ""), live.data.name_indexes()[0]).items()
                if typed not in (opened.get("new_actors") or [])}
    twins = [] if event_id is not None or opened.get("twins_seen") else similar_stored(live, values)
    if twins:  # the same event added twice (two people, or one twice) splits its sources and history: ask first
        answer = refused({"title": " ".join(
            f"“{title}” ({other}) is stored for the same day and reads nearly the same: open it to add to it, or "
            f"Save again to add this as another event." for other, title in twins[:3])})
        answer.opened = {**opened, "twins_seen": True}
        return answer
    if misspelt:  # a typo would become a new actor, and the event drop out of its actor's filter: ask first
        answer = refused({"actors": " ".join(
            f"“{typed}” is no actor the tracker knows: did you mean “{near}”? Correct it, or Save again to add "
            f"“{typed}” as a new actor." for typed, near in misspelt.items())})
        answer.opened = {**opened, "new_actors": sorted({*(opened.get("new_actors") or []), *misspelt})}
        return answer
    twin = _case_twin(live.data, values.get("event_id") or "") if event_id is None else None
    if twin:  # "Astana-22" beside the stored "astana-22" (QA11); the import refuses it too (tracker.event_ids)
        return refused({"event_id": case_clash(values["event_id"], twin, "stored event")})
    result: list = []
    try:
        if event_id is None:
            values["event_id"] = values["event_id"] or new_event_id(values, _Taken(live.data))
            event_id = values["event_id"]

            def write(_data, store):
                texts = kept_texts(store, opened, values)  # an article's text, kept with the source that cites it
                result.append(store.create_event(values, user=user, **({"texts": texts} if texts else {})))
                return [event_id]
        else:
            values["event_id"] = event_id
            edits = edited_fields(opened.get("base") or {}, values)  # only what this person changed is written
            if not edits:
                return Outcome(hidden=True, notice=notice("Nothing changed, so nothing was saved."), message="",
                               opened={**opened, "closed": True})

            def write(_data, store):
                expected = opened["version"]
                if opened.get("restore"):  # deleted by someone else meanwhile: bring it back first (Keep)
                    store.undo(event_id, user=user)
                    expected = store.event_record(event_id)["version"]
                    opened["version"], opened["restore"] = expected, False  # a refused edit goes on from here
                result.append(store.edit_event(event_id, edits, expected_version=expected, user=user))
                return [event_id]

            if _own_cells_only(live, opened, edits):  # its row alone: a few SQL statements, not the event's frames
                edit = live.edit_fields(lambda _data: FieldEdit(event_id, edits, values["title"]), user=user,
                                        expected={event_id: opened["version"]})
                write = None if edit.saved else write  # the stored values already: the full edit says so
        if write is not None:
            live.write(write)
    except EditRefused as exc:
        answer = refused(problems_of(exc))
        answer.opened, answer.version = opened, live.data.version  # a restore before the refusal stays
        return answer
    except EditConflict as exc:
        lines, going_on = conflict_view(exc, opened, values, live.data.tables.actors)
        return Outcome(conflict_hidden=False, conflict=lines, opened=going_on, errors=[""] * len(ERROR_FIELDS),
                       message="Not saved: someone else saved this event first (above).")
    except (StoreMissing, KeyError) as exc:
        return Outcome(message=f"Not saved: {exc}")
    version = getattr(result[0], "version", None) if result else live.data.version_of(event_id)
    saved = f"Saved “{values['title']}”" + (f" (version {version})." if version else ".")
    closed = {**opened, "event_id": event_id, "closed": True}
    if review_page is not None:
        link = dcc.Link("Show it on the timeline", href=f"{review_page}?event={event_id}", className="link")
        return Outcome(hidden=True, notice=notice(saved, link=link), message="", version=live.data.version, opened=closed)
    return Outcome(hidden=True, notice=notice(saved), message="", version=live.data.version,
                   search=_with_event(search, event_id), opened=closed)


def _store_problems(live: LiveData, event_id: str | None, opened: dict, values: dict) -> dict[str, str]:
    """What the store would refuse in the form's cells (`Store.check_event`), by field, checked without writing;
    of a stored event only the fields this person changed. {} without a store that checks."""
    check = getattr(live.store, "check_event", None)
    if check is None:
        return {}
    if event_id is not None:
        values = edited_fields(opened.get("base") or {}, values)
        if not values:
            return {}
    try:
        with live.lock:
            found = check(values, event_id, only_edited=event_id is not None)
    except (ValueError, KeyError):  # cells the form already refuses may not even parse: its own words say why
        return {}
    return problems_of(EditRefused(found)) if found else {}


def _own_cells_only(live: LiveData, opened: dict, edits: dict) -> bool:
    """Whether an edit of a stored event changes only its own cells (`tracker.edits.OWN_CELLS`), so that it can be
    written as its row (`Store.edit_fields`, checked by the same rules) rather than as the whole event through
    frames (some 50 ms of CPU): not when the event is being brought back after a delete (Keep)."""
    return (not opened.get("restore") and opened.get("version") is not None and set(edits) <= set(OWN_CELLS)
            and hasattr(live.store, "edit_fields"))


def similar_stored(live: LiveData, values: dict) -> list[tuple[str, str]]:
    """(id, title) of stored events on the new event's start day whose title reads nearly as its title, or that
    are the same round of the same process."""
    import difflib

    from tracker.resolve import fold

    start = str(values.get("start_date") or "")[:10]
    if live.store is None or len(start) != 10:
        return []
    with live.lock:
        same_day = live.store.rows_where("events", "start_date", [start])
    title, found = fold(str(values.get("title") or "")), []
    for row in same_day.itertuples(index=False):
        near = difflib.SequenceMatcher(None, title, fold(str(row.title))).ratio() >= 0.85
        same_round = bool(values.get("round_number")) and str(row.round_number) == str(values.get("round_number")) \
            and fold(str(row.process or "")) == fold(str(values.get("process") or "")) and row.process is not None
        if near or same_round:
            found.append((str(row.event_id), str(row.title)))
    return found


def keep_mine(live: LiveData, opened: dict | None, form: dict) -> Outcome:
    """After a conflict: go on from the stored version with the input kept. What they changed and you did
    not is taken into the form; where you both changed a field, yours stays (the next save writes it)."""
    conflict = (opened or {}).get("conflict")
    if not isinstance(conflict, dict) or not conflict:
        return Outcome()
    if conflict.get("deleted"):  # nothing is written here: Save brings the event back, then writes the changes
        return Outcome(opened={**opened, "conflict": None, "restore": True}, conflict_hidden=True, conflict=[],
                       message="Save brings the event back (undoes the delete) and writes your changes over it.")
    data = live.data
    merged, taken, kept = merge(opened.get("base") or {}, conflict["base"], form_to_values(form))
    going_on = {**opened, "version": conflict["version"], "base": conflict["base"], "conflict": None}
    words = [f"Now editing version {conflict['version']}."]
    if taken:
        words.append(f"Their {', '.join(LABELS.get(f, f) for f in taken)} taken in.")
    if kept:
        words.append(f"Your {', '.join(LABELS.get(f, f) for f in kept)} kept: Save puts it over theirs.")
    merged_form = record_to_form(merged) if taken else None
    if merged_form is None:
        return Outcome(opened=going_on, conflict_hidden=True, conflict=[], message=" ".join(words))
    outcome = _opened(data, merged_form, no_update, going_on, " ".join(words))
    outcome.hidden = no_update
    return outcome


def delete(live: LiveData, event_id: str, search: str | None, user: str | None = None) -> Outcome:
    """Delete an event (a recorded state: Undo brings it back)."""
    title: list[str] = []
    done: list = []  # the deletion's change

    def write(data, store):
        record = store.event_record(event_id)
        if record is None:
            return []
        title.append(str(record["event"].get("title") or event_id))
        done.append(store.delete_event(event_id, expected_version=record["version"], user=user))
        return [event_id]

    try:
        live.write(write)
    except (EditConflict, EditRefused, StoreMissing, KeyError) as exc:
        return Outcome(notice=notice(f"Not deleted: {exc}"))
    if not title:
        return Outcome(notice=notice(f"“{event_id}” was already deleted."))
    return Outcome(notice=notice(f"Deleted “{title[0]}”.", event_id, done[0].version), version=live.data.version,
                   search=_with_event(search, None))


def undo(live: LiveData, event_id: str, search: str | None, user: str | None = None,
         version: int | None = None) -> Outcome:
    """Undo the last change of an event (a delete brings it back), then show it; with `version`, only if the
    change the button was drawn for (that version) is still the last."""
    result: list = []

    def write(data, store):
        result.append(store.undo(event_id, user=user, expected_version=version))
        return [event_id]

    try:
        live.write(write)
    except (EditConflict, EditRefused, StoreMissing, ValueError, LookupError) as exc:
        return Outcome(notice=notice(f"Nothing undone: {exc}"))
    change = result[0] if result else None
    title = getattr(change, "title", "") or event_id
    if getattr(change, "after", True) is None:  # its last change made it (an import, the form): it is gone again
        return Outcome(notice=notice(f"Undone: “{title}” was added by its last change, so undoing that removed the "
                                     "event; its history is kept, and Undo brings it back.", event_id, change.version),
                       version=live.data.version, search=_with_event(search, None))
    return Outcome(notice=notice(f"Undone: “{title}” is back as it was before its last change."),
                   version=live.data.version, search=_with_event(search, event_id))


def notice(text: str, event_id: str | None = None, version: int | None = None, link: object = None) -> list:
    """The page's notice: the text, a `link` (the saved event on the timeline, from the review page), Undo for the
    event just removed (deleted, or its creation undone: the change that made `version`), and a button that closes
    it."""
    undo = [html.Button("Undo", id=layout.undo_id(event_id, version), n_clicks=0,
                        className="button secondary small editor-undo-button", **{"data-event": event_id})] if event_id else []
    return [html.Span(text), " ", *([link, " "] if link is not None else []), *undo,
            html.Button("×", id={"type": ids.EDITOR_NOTICE_CLOSE, "index": "notice"}, n_clicks=0,
                        className="close editor-notice-close", **{"aria-label": "Close this notice"})]


def act(live: LiveData, trigger, value, opened: dict | None, form: dict, search: str | None,
        user: str | None = None, pathname: str | None = None, prefix: str = "/") -> Outcome:
    """Do what a button asks: open the form (new or an event's), save, cancel, delete, undo, settle a conflict;
    `pathname` and `prefix`: the page it is asked on (a Save on the review page stays there)."""
    if trigger is None or (isinstance(trigger, dict) and not value):
        return Outcome()
    opened = opened if isinstance(opened, dict) else None  # the page's store, or a forged request's anything
    closing = trigger == ids.EDITOR_CANCEL or (isinstance(trigger, dict) and trigger.get("type") == ids.EDITOR_NOTICE_CLOSE)
    if not closing and as_of_of(search) is not None:  # a past view: its controls are hidden, and nothing acts on it
        return Outcome(notice=notice("Nothing was changed: this page shows the chronology as known in the past; "
                                     "go back to now to edit."))
    if isinstance(trigger, dict):
        kind, event_id = trigger.get("type"), str(trigger.get("index"))
        try:
            if kind == ids.EDITOR_EDIT:
                return open_edit(live, event_id)
        except StoreMissing as exc:
            return Outcome(notice=notice(str(exc)))
        if kind == ids.EDITOR_DELETE:
            return delete(live, event_id, search, user)
        if kind == ids.EDITOR_UNDO:
            return undo(live, event_id, search, user, trigger.get("version"))
        if kind == ids.EDITOR_NOTICE_CLOSE:
            return Outcome(notice=[])
        return Outcome()
    if trigger == ids.EDITOR_ADD:
        return open_new(live.data)
    if trigger == ids.REVIEW_ADD_FROM:  # the page's store: a press sends a dict ("" as it mounts)
        if isinstance(value, dict) and value.get("reselect"):  # the form's "Use selection as evidence"
            return reselected(live, opened, form, value.get("selection"))
        opening = article_opening(live, value) if isinstance(value, dict) else None
        if opening is None:
            return Outcome() if not isinstance(value, dict) else Outcome(notice=notice(
                "That article's text is no longer stored; pick the candidate again."))
        return _opened(live.data, *opening)
    if trigger == ids.EDITOR_CANCEL:
        return Outcome(hidden=True, opened={**(opened or {}), "closed": True}, message="")
    if trigger == ids.EDITOR_SAVE:
        return save(live, opened, form, search, user, prefix if on_review_page(pathname, prefix) else None)
    if trigger == ids.EDITOR_KEEP_MINE:
        return keep_mine(live, opened, form)
    if trigger == ids.EDITOR_TAKE_THEIRS and (opened or {}).get("event_id"):
        return open_edit(live, opened["event_id"], "Your input was dropped; this is the stored version.")
    return Outcome()
