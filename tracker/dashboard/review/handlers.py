"""What the review page does, as plain functions of the live data: the callbacks are one-line adapters.

Reading is from the current snapshot (`LiveData.data`); every change is planned by
`tracker.extract.review` or `tracker.extract.ingest` and saved by `LiveData.change`
(`Store.save`, then a refreshed snapshot). Failures become messages on the page.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from dash import dcc, no_update

from tracker.dashboard import ids, inputs
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.links import named_events
from tracker.dashboard.live import FieldEdit, LiveData, StoreMissing, request_user
from tracker.dashboard.refresh import touched_events
from tracker.dashboard.review import choices, events_files, sources, views
from tracker.dashboard.review.events_files import decode_upload
from tracker.dashboard.review.base import (StaleForm, changed_by_me, conflict_refusal, form_base, no_longer_a_candidate,
                                          own_changes)
from tracker.dashboard.review.form import render_form, render_form_keeping_typing, render_panel
from tracker.dashboard.review.layout import MARKABLE, PUBLISHED_CLASS
from tracker.dashboard.shown import on_review_page
from tracker.dates import DateParseError, format_day, parse_iso_day
from tracker.extract import articles_from_bytes, extract_articles
from tracker.extract import review as actions
from tracker.extract.article import dated, named, publication_day
from tracker.extract.ingest import NO_PUBLISHER, has_rows, plan_ingest
from tracker.models import Tables
from tracker.problems import InputError
from tracker.store.history import EditConflict, EditRefused

log = logging.getLogger(__name__)
#: Longest article text (characters) the review page extracts; longer ones are refused with a message,
#: as extraction costs seconds of CPU per megabyte.
MAX_ARTICLE_CHARS = 300_000


@dataclass(frozen=True)
class Outcome:
    """The answer to an action: message, ingest result, selected candidate, data version, text box, upload,
    publication date box, whether that box is required, the form's base (`review.base`) and the Publisher box."""

    message: object = no_update
    ingest: object = no_update
    selected: object = no_update
    version: object = no_update
    text: object = no_update
    upload: object = no_update
    published: object = no_update
    date_needed: object = no_update
    base: object = no_update
    date_refused: object = no_update  # True: the typed date was refused (the box is marked); False: it was read
    marked: object = no_update  # the form's fields and boxes a refusal named (`views.refused_fields`): marked invalid
    publisher: object = no_update  # the Publisher box: emptied once its article is stored, kept after a refusal
    panel: object = no_update  # the "Selected for review" panel, drawn again after one's own Save (`form.render_panel`)
    new_ids: object = no_update  # an ingest's new candidates' ids (`views.new_candidates`); [] with another result
    new_list: object = no_update  # their list, drawn with the result (its own redraw would come a request later)

    def flat(self) -> list:
        """The values in the order of the callback's outputs."""
        refused = self.date_refused
        box = no_update if refused is no_update else f"{PUBLISHED_CLASS} invalid" if refused else PUBLISHED_CLASS
        return [self.message, self.ingest, self.selected, self.version, self.text, self.upload, self.published,
                self.date_needed, self.base, self.publisher, *marked_classes(self.marked), box, self.panel,
                [] if self.new_ids is no_update and self.ingest is not no_update else self.new_ids,
                [] if self.new_list is no_update and self.ingest is not no_update else self.new_list]


def marked_classes(marked: object) -> list:
    """The className of each of the form's markable boxes (`layout.MARKABLE`): " invalid" for those in `marked`."""
    if marked is no_update:
        return [no_update] * len(MARKABLE)
    return [f"{plain} invalid" if field in marked else plain for field, (_, plain) in MARKABLE.items()]


def render_candidates(data: DashboardData, pathname: str | None, prefix: str, selected: str | None) -> tuple:
    """The count line and the list of candidates (only while the review page is shown)."""
    if not on_review_page(pathname, prefix):
        return no_update, no_update
    return views.candidate_list(data, selected)


def render_suggestions(data: DashboardData, pathname: str | None, prefix: str, selected: str | None) -> tuple:
    """The count line and the list of suggested sources (only while the review page is shown)."""
    if not on_review_page(pathname, prefix):
        return no_update, no_update
    return sources.suggestion_list(data, selected)


def render_targets(data: DashboardData, selected: str | None, search: str | None, current: str | None,
                   by_search: bool, by_version: bool = False) -> tuple:
    """Options, value and suggestion line of the merge target; a search only changes the options, and a newer
    version of the data (a colleague's write, seen by the page's poll) leaves the analyst's pick as it is: it put
    the suggestion back in its place, and Merge merged into an event nobody picked."""
    if not selected or data.position_of(selected) is None:
        return [], None, ""
    if by_version and current:
        if choices.is_open(data, selected, current):
            return no_update, no_update, no_update
        return (choices.nearby_options(data, selected, None), None,
                f"The event you picked ({current}) is no longer open to merging into; pick another.")
    if by_search:
        if not search or len(search.strip()) < 2:
            return no_update, no_update, no_update
        return choices.search_options(data, selected, search, current), no_update, no_update
    suggested = choices.suggest_target(data, selected)
    return (choices.nearby_options(data, selected, suggested), suggested,
            choices.suggestion_text(data, suggested))


def act(live: LiveData, trigger, value, selected: str | None, fields: list, target: str | None, text: str | None,
        contents, names, prefix: str, published: str | None = None, actors: str | None = None,
        links: str | None = None, base: dict | None = None, publisher: str | None = None,
        batch: list[str] | None = None) -> Outcome:
    """Do what a button or an upload asks (a click on a card is picked in the page: `callbacks.PICK_CARD`); every
    failure becomes a message."""
    if trigger is None or not isinstance(trigger, str):
        return Outcome()
    try:
        if trigger in (ids.REVIEW_SOURCE_ACCEPT, ids.REVIEW_SOURCE_REJECT):
            message, following, version = sources.decide(live, selected, trigger == ids.REVIEW_SOURCE_ACCEPT, prefix)
            return Outcome(message=message, selected=following, version=version)
        if trigger in (ids.REVIEW_INGEST, ids.REVIEW_PUBLISHED, ids.REVIEW_PUBLISHER):  # the button, or Enter in a box
            return ingest_text(live, text, published, publisher)
        if trigger == ids.REVIEW_UPLOAD_ARTICLES:  # the articles of a drop (review/drop.py)
            return ingest_uploads(live, contents, names, published, publisher)
        if not selected:
            return Outcome(message=views.error("Pick a candidate in the list first."))
        form = dict(zip(ids.REVIEW_FIELDS, fields))
        done = None
        if trigger == ids.REVIEW_SAVE:
            done = save(live, selected, form, actors, links, base)
        elif trigger == ids.REVIEW_ACCEPT:
            done = accept(live, selected, form, prefix, actors, links, base, batch)
        elif trigger == ids.REVIEW_REJECT:
            done = reject(live, selected, batch)
        elif trigger == ids.REVIEW_MERGE:
            done = merge(live, selected, target, prefix, batch)
        if done is not None:  # done, or nothing to do: no box is refused any more
            return done if done.marked is not no_update else replace(done, marked=frozenset())
    except StaleForm as stale:  # nothing saved; a second press writes this person's fields over the newer version
        return Outcome(message=views.error(str(stale)), base=stale.base)
    except (actions.ReviewError, StoreMissing) as exc:
        return Outcome(message=views.error(views.refusal(exc)), marked=views.refused_fields(exc))
    except EditConflict as conflict:  # a Reject or Merge planned from a version a colleague changed meanwhile
        return Outcome(message=views.error(str(conflict)))
    except Exception as exc:  # the page must say what failed rather than hang or crash
        log.exception("review action %s on %s failed", trigger, selected)
        return Outcome(message=views.error(f"Nothing was saved: {type(exc).__name__}: {exc}"))
    return Outcome()


# --- review actions -------------------------------------------------------------

def _candidate(data: DashboardData, event_id: str, *also: str) -> Tables:
    """The candidate (and `also`) with everything hanging off them; a ReviewError unless it is still a candidate."""
    tables = data.subset([event_id, *also])
    found = tables.events[tables.events["event_id"] == event_id]
    if found.empty:
        raise actions.ReviewError(f"no event with id {event_id!r}")
    state = str(found.iloc[0]["review_state"])
    if state != "candidate":
        raise actions.ReviewError(no_longer_a_candidate(event_id, state))
    return tables


def _edited(data: DashboardData, tables: Tables, event_id: str, form: dict, actors: str | None = None,
            links: str | None = None, fill_empty: bool = False) -> Tables:
    """`tables` with the form's changed fields, actors and links applied to the event (unchanged when nothing changed)."""
    row = tables.events[tables.events["event_id"] == event_id].iloc[0]
    changes = views.country_follows_venue(data, views.form_changes(views.field_values(row), form), row["venue"],
                                    row["venue_country"], fill_empty=fill_empty)
    return actions.revise(tables, event_id, changes, actors, links, lambda named: named_events(data, named))


def _expecting(data: DashboardData, expected: dict, *event_ids: str) -> DashboardData:
    """`data`, with the stored version of each event put in `expected`: the write checks them inside its
    transaction, so a colleague's change committed between this read and the write is refused, not overwritten."""
    expected.update(data.versions_of(list(event_ids)))
    return data


def _next(data: DashboardData, event_id: str, batch: list[str] | None = None) -> str | None:
    """The candidate listed after `event_id` (or before it, at the end of the list); for one of the last ingest's new
    candidates (`batch`), the next of them still waiting first (the analyst working through a pasted article was sent
    to another article's candidate in the queue; review29)."""
    if batch and event_id in batch:
        at = batch.index(event_id)
        ordered = [e for e in batch[at + 1:] + batch[:at] if e != event_id]
        events = data.subset(ordered).events if ordered else None
        waiting = set() if events is None else set(events.loc[events["review_state"] == "candidate", "event_id"])
        found = next((e for e in ordered if e in waiting), None)
        if found:
            return found
    listed = views.candidate_ids(data)
    if event_id not in listed:
        return listed[0] if listed else None
    at = listed.index(event_id)
    rest = listed[at + 1:] or listed[:at][-1:]
    return rest[0] if rest else None


def _title(tables: Tables, event_id: str) -> str:
    found = tables.events[tables.events["event_id"] == event_id]
    return str(found.iloc[0]["title"]) if not found.empty else event_id


def save(live: LiveData, selected: str, form: dict, actors: str | None = None, links: str | None = None,
         base: dict | None = None) -> Outcome:
    """Save the form's changes (fields, actors and their roles, links) to the candidate (it stays a candidate): those
    this person made since the form showed `base`, refused (StaleForm) when someone changed the candidate since."""
    expected: dict[str, int] = {}
    try:
        changes = live.edit_fields(lambda data: _own_fields_plan(data, selected, form, actors, links, base, expected),
                                   action="review edit", expected=expected)
        if changes is None:  # its actors, links or process too: the whole candidate is written
            changes = live.change(lambda data: _save_plan(data, selected, form, actors, links, base, expected),
                                  action="review edit", expected=expected)
    except EditConflict as conflict:
        raise conflict_refusal(live.data, selected, base, conflict, changed_by_me(form, actors, links, base)) from None
    except EditRefused as refused:  # the edit of its own cells, refused as the full edit refuses it
        raise actions.ReviewError(str(refused), refused.problems) from None
    if isinstance(changes, FieldEdit):
        saved, title = changes.saved, changes.title
    else:
        saved, title = not changes.events.empty, _title(changes, selected)
    if not saved:
        return Outcome(message=views.note("Nothing changed."))
    data = live.data
    return Outcome(message=views.note(f"Saved “{title}”.{_period_end_note(data, selected, form)}"),
                   version=data.version, base=_saved_base(selected, expected, form, actors, links, base),
                   panel=render_panel(data, selected))


def _saved_base(selected: str, expected: dict, form: dict, actors: str | None, links: str | None,
                base: dict | None) -> dict | None:
    """The form's base after its Save: what the form sent, at the version the Save wrote (one past the version it
    checked). With it the form's redraw for the new version keeps what was typed while the Save was on its way or
    right after its answer, and shows the stored values when nothing was (with no base it redrew the whole form and
    wiped that typing)."""
    if expected.get(selected) is None:
        return None
    kept = base or {}
    return form_base(selected, expected[selected] + 1, [form.get(name) for name in ids.REVIEW_FIELDS],
                     kept.get("actors", "") if actors is None else actors, kept.get("links", "") if links is None else links)


def _period_end_note(data: DashboardData, selected: str, form: dict) -> str:
    """When End was left empty on an event dated to a month or a year, what end it was given and why: the End box
    says "empty: one day", and a day typed in Start of a month-dated event became the rest of that month unsaid (QA12)."""
    if (form.get("end_date") or "").strip() or form.get("date_precision") not in ("month", "year"):
        return ""  # most Saves: nothing to say, and no read of the store after the write
    event = (data.stored_record(selected) or {}).get("event", {})
    precision, end = event.get("date_precision"), event.get("end_date")
    if precision not in ("month", "year") or not end:
        return ""
    return (f" Its date precision is {precision}, so the empty End date is the end of that {precision}, "
            f"{format_day(parse_iso_day(str(end)[:10]))}; choose the precision day for a one-day event.")


def _save_plan(data: DashboardData, selected: str, form: dict, actors: str | None, links: str | None,
               base: dict | None = None, expected: dict | None = None) -> Tables:
    tables = _candidate(data, selected)
    form, actors, links = own_changes(data, selected, form, actors, links, base, expected)
    revised = _edited(data, tables, selected, form, actors, links)
    return Tables() if revised is tables else actions.changed(revised, selected, since=tables)


def _own_fields_plan(data: DashboardData, selected: str, form: dict, actors: str | None, links: str | None,
                     base: dict | None, expected: dict | None) -> FieldEdit | None:
    """The Save as an edit of the candidate's own cells (`Store.edit_fields`: its row alone, checked by the
    import's rules) when that is all it changes; None when it changes its actors, links or process, or when the
    actors and links boxes came without the form's base to tell (the full plan compares them with the stored)."""
    if data.full is not None or not hasattr(data.store, "edit_fields"):
        return None
    record = data.stored_record(selected)  # its version too: one read, not two
    if record is None:
        raise actions.ReviewError(f"no event with id {selected!r}")
    fields, own_actors, own_links = own_changes(data, selected, form, actors, links, base, expected, record["version"])
    if own_actors is not None or own_links is not None:
        return None
    state = str(record["event"].get("review_state"))
    if state != "candidate":
        raise actions.ReviewError(no_longer_a_candidate(selected, state))
    event = record["event"]
    cells = views.form_changes(views.record_field_values(event), fields)
    cells = views.country_follows_venue(data, cells, event.get("venue"), event.get("venue_country"))
    if "process" in cells:
        return None
    cells = {column: str(value) for column, value in cells.items()}
    return FieldEdit(selected, cells, cells.get("title") or str(record["event"]["title"]))  # "Saved “…”" names it


def accept(live: LiveData, selected: str, form: dict, prefix: str, actors: str | None = None,
           links: str | None = None, base: dict | None = None, batch: list[str] | None = None) -> Outcome:
    """Save the form's changes (as `save`, checked against `base`) and confirm the candidate; the next candidate is
    selected."""
    following = _next(live.data, selected, batch)

    expected: dict[str, int] = {}

    def plan(data: DashboardData) -> Tables:
        tables = _candidate(data, selected)
        fields, own_actors, own_links = own_changes(data, selected, form, actors, links, base, expected)
        return actions.accept(_edited(data, tables, selected, fields, own_actors, own_links, fill_empty=True), selected,
                              stored=lambda event_ids: {e for e in event_ids if data.position_of(e) is not None})

    try:
        changes = live.change(plan, action="review accept", expected=expected)
    except EditConflict as conflict:
        raise conflict_refusal(live.data, selected, base, conflict, changed_by_me(form, actors, links, base)) from None
    # ux23's defect 11: an announced round confirmed long after its days stayed "scheduled", unremarked
    past = actions.past_plan(changes, selected, dt.date.today())
    message = [f"Accepted “{_title(changes, selected)}”: it is now a confirmed event. " + (f"{past} " if past else ""),
               dcc.Link("Show it on the timeline", href=f"{prefix}?event={selected}", className="link")]
    return Outcome(message=views.note(message), selected=following, version=live.data.version)


def reject(live: LiveData, selected: str, batch: list[str] | None = None) -> Outcome:
    """Mark the candidate rejected (kept in the store); the next candidate is selected."""
    following = _next(live.data, selected, batch)
    expected: dict[str, int] = {}
    changes = live.change(lambda data: actions.reject(_candidate(_expecting(data, expected, selected), selected), selected),
                          action="review reject", expected=expected)
    return Outcome(message=views.note(f"Rejected “{_title(changes, selected)}”. It stays in the store as rejected "
                                      "(choose Review state: rejected on the timeline to see it)."),
                   selected=following, version=live.data.version)


def merge(live: LiveData, selected: str, target: str | None, prefix: str, batch: list[str] | None = None) -> Outcome:
    """Move the candidate's sources, quotes and actors onto `target`; the candidate is kept as rejected."""
    if not target:
        return Outcome(message=views.error("Choose the event to merge this candidate into."))
    following = _next(live.data, selected, batch)
    target_title = _title(live.data.subset([target]), target)
    expected: dict[str, int] = {}
    live.change(lambda data: actions.merge(_candidate(_expecting(data, expected, selected, target), selected, target),
                                           selected, target), action="review merge", expected=expected)
    message = [f"Merged into “{target_title}”: the candidate's sources, quotes and actors are on that event now. ",
               dcc.Link("Open that event", href=f"{prefix}?event={target}", className="link")]
    return Outcome(message=views.note(message), selected=following, version=live.data.version)


# --- ingest ---------------------------------------------------------------------

def prefill_date(text: str | None, shown: str | None = None, prefilled: str | None = None) -> tuple[object, object]:
    """(the Publication date box, the date it was last filled in with): the date the pasted article gives
    (YYYY-MM-DD), shown in its box. A text giving none clears a date filled in from an earlier text (it would date
    this one silently), and keeps a date the analyst typed."""
    text = inputs.text(text, inputs.MAX_ARTICLE)
    try:
        articles = articles_from_bytes(text.encode("utf-8"), "pasted text") if (text or "").strip() else []
    except InputError:
        articles = []
    day = publication_day(articles[0]) if len(articles) == 1 else None
    if day is not None:
        return day.isoformat(), day.isoformat()
    if prefilled and (shown or "").strip() == prefilled:
        return "", None
    return no_update, no_update


def entered_day(published: str | None):
    """The date typed in the Publication date box (None when empty); a DateParseError when it is not YYYY-MM-DD."""
    if not (published or "").strip():
        return None
    try:
        return parse_iso_day(published)
    except DateParseError:
        raise DateParseError(f"Publication date: {published.strip()!r} is not a date; "
                             "write it as YYYY-MM-DD, e.g. 2023-03-03") from None


def ingest_text(live: LiveData, text: str | None, published: str | None = None, publisher: str | None = None) -> Outcome:
    """Extract the pasted article and store its events as candidates; after a failure the text stays in its box.
    `published` and `publisher` (the page's boxes) stand for what the article does not give itself."""
    if not (text or "").strip():
        return Outcome(ingest=views.error("Paste an article's text first."))
    try:
        day = entered_day(published)
    except DateParseError as exc:
        return Outcome(ingest=views.error(str(exc)), date_needed=True, date_refused=True)
    if len(text) > MAX_ARTICLE_CHARS:
        return Outcome(ingest=views.error(too_long_message("The pasted text", len(text))), date_refused=False)
    try:
        articles = named(dated(articles_from_bytes(text.encode("utf-8"), "pasted text"), day), publisher)
    except InputError as exc:
        return Outcome(ingest=views.problems(exc.problems), date_refused=False)
    unstored = [a for a in articles if a.anchor is None or not a.publisher]
    if unstored:  # read it all the same, so the message says what the date or publisher would let be stored
        extraction = extract_articles(unstored[:1], _reference(live.data))[0]
        events = extraction.events
        if extraction.language is not None and not events:  # neither a date nor a publisher would store anything
            return Outcome(ingest=views.language_unread(extraction.notes), date_refused=False)
        if unstored[0].anchor is None:
            return Outcome(ingest=views.date_needed(unstored[0], events), date_needed=True, date_refused=False)
        return Outcome(ingest=views.publisher_needed(events), date_refused=False)
    outcome = ingest(live, articles, [])
    return Outcome(ingest=outcome.ingest, version=outcome.version, new_ids=outcome.new_ids, new_list=outcome.new_list,
                   text="", message="", published="", date_needed=False, date_refused=False, publisher="")


def too_long_message(what: str, length: int) -> str:
    """Why an article over MAX_ARTICLE_CHARS is refused (extracting one costs seconds of CPU per megabyte)."""
    return (f"{what} is {length:,} characters long; the review page takes articles of up to {MAX_ARTICLE_CHARS:,} "
            "characters. Paste the part that reports the events, or use `tracker ingest` for a long document.")


def ingest_uploads(live: LiveData, contents, names, published: str | None = None,
                   publisher: str | None = None) -> Outcome:
    """Extract every uploaded file; files that are not articles, or give no publication date, are listed with the
    reason. Files of events are left to the import panel (`events_files`), which checks and imports them; a drop of
    those only (no contents here) clears the last article result."""
    if contents is None:
        return Outcome()
    contents = contents if isinstance(contents, list) else [contents]
    names = names if isinstance(names, list) else [names] * len(contents)
    uploads = [(content, str(name), _decoded_or_problem(content, str(name))) for content, name in zip(contents, names)]
    uploads = [u for u in uploads if not (isinstance(u[2], bytes) and events_files.is_events_file(u[2], u[1]))]
    if not uploads:  # files of events only: the import panel answers, and the article result is cleared
        return Outcome(ingest="", upload=None, message="", date_refused=False)
    try:
        day = entered_day(published)
    except DateParseError as exc:
        return Outcome(ingest=views.error(str(exc)), upload=None, date_needed=True, date_refused=True)
    articles, errors = [], []
    for content, name, data in uploads:
        try:
            if isinstance(data, InputError):
                raise data
            found = articles_from_bytes(data, str(name))
        except InputError as exc:
            errors += exc.problems
            continue
        errors += [views.problem(a.label, too_long_message("the article", len(a.body)))
                   for a in found if len(a.body) > MAX_ARTICLE_CHARS]
        articles += [a for a in found if len(a.body) <= MAX_ARTICLE_CHARS]
    articles = named(dated(articles, day), publisher)
    undated = [a for a in articles if a.anchor is None]
    errors += [views.problem(a.label, views.no_date_problem(a)) for a in undated]
    errors += [views.problem(a.label, f"{NO_PUBLISHER}; nothing stored. Type it in Publisher, or add a first line "
                                      "'publisher: NAME' to the file, and drop it again") for a in articles if a.anchor is not None and not a.publisher]
    outcome = ingest(live, [a for a in articles if a.anchor is not None and a.publisher], errors)
    return Outcome(ingest=outcome.ingest, version=outcome.version, new_ids=outcome.new_ids, new_list=outcome.new_list,
                   upload=None, message="", date_needed=True if undated else no_update, date_refused=False)


def _decoded_or_problem(contents: str | None, name: str) -> bytes | InputError:
    """An upload's bytes, or the InputError that says it could not be read."""
    try:
        return decode_upload(contents or "", name)
    except InputError as exc:
        return exc


def _reference(data: DashboardData) -> Tables:
    """The stored actors, processes and venues that extraction matches names against."""
    return Tables(actors=data.tables.actors, processes=data.tables.processes, venues=data.tables.venues)


def ingest(live: LiveData, articles: list, errors: list) -> Outcome:
    """Extract, match against the store and save new candidates, as `tracker ingest` does."""
    if not articles:
        return Outcome(ingest=views.problems(errors))
    planned: list = []

    def save(data: DashboardData, store) -> list[str]:
        extractions = extract_articles(articles, _reference(data))
        tables, report = plan_ingest(extractions, choices.ingest_known(data, extractions),
                                     suggested=store.suggestions(("pending", "rejected")))
        planned.append((tables, report))
        if has_rows(tables) or len(report.suggestions) or report.texts:
            store.save_ingest(tables, report.suggestions, report.texts, user=request_user())  # one transaction
        return touched_events(tables)

    live.write(save)
    changes, report = planned[0]
    new = changes.events[changes.events["review_state"] == "candidate"] if not changes.events.empty else changes.events
    batch = views.new_ingest_ids(new)
    return Outcome(ingest=views.ingest_result(report, changes, new, errors, articles), version=live.data.version,
                   new_ids=batch, new_list=views.new_candidates(live.data, batch, None, ""))


__all__ = ["Outcome", "accept", "act", "ingest", "merge", "reject", "render_candidates", "render_form",
           "render_form_keeping_typing", "render_targets", "save"]
