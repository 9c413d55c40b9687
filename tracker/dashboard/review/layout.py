"""The review page, built from small functions: ingest box, candidate list, the form of the selected candidate."""
from __future__ import annotations

from typing import Iterable

from dash import dcc, html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.review import sources
from tracker.models import DATE_PRECISIONS, EVENT_TYPES, LINK_TYPES, ROLES, STATUSES

#: The publication date box's className; with " invalid" while its value is refused (invalid_boxes.js marks it).
PUBLISHED_CLASS = "text-input date-input"
#: The form's boxes a refusal can mark (`views.refused_fields`), by field: their control's id and className when not
#: marked (" invalid" is added while marked; invalid_boxes.js gives them aria-invalid). Dropdowns are never refused.
MARKABLE = {**{field: (ids.REVIEW_FIELDS[field], "text-input") for field in
               ("title", "start_date", "end_date", "process", "round_number", "venue", "venue_country")},
            "summary": (ids.REVIEW_FIELDS["summary"], "text-area"), "actors": (ids.REVIEW_ACTORS, "text-area"),
            "links": (ids.REVIEW_LINKS, "text-area")}
#: Said over a viewer's form, whose boxes are read only (callbacks.READ_ONLY): they took typing that nothing could send.
READ_ONLY_NOTE = ("Read only: you are signed in as a viewer, so nothing here can be changed or sent. Editors and admins "
                  "save, accept, reject or merge candidates.")
#: The form's boxes a viewer may read but not change: text boxes (readOnly: still focused, selected and copied) and
#: choices (dropdowns have no readOnly: disabled), the merge box's target among them.
READ_ONLY_BOXES = [control for control, _ in MARKABLE.values()]
READ_ONLY_CHOICES = [ids.REVIEW_FIELDS[field] for field in ids.REVIEW_CHOICE_TEXTS] + [ids.REVIEW_TARGET]
#: A viewer's dropdowns are disabled, which takes them out of the Tab order (ux25b's finding 12): each choice has a
#: read-only text box of its value, shown to viewers in its place, labelled by the field's label.
CHOICE_TEXTS = [(ids.REVIEW_FIELDS[field], text) for field, text in ids.REVIEW_CHOICE_TEXTS.items()]
#: file types the upload extracts articles from (the content decides what is read, as for `tracker ingest`).
ARTICLE_TYPES = (".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom", ".md")
#: and the events files analysts keep, which the page checks and imports (`events_files`; the upload's type filter
#: dropped them without a word: an ACLED CSV dropped here did nothing at all)
EVENT_FILE_TYPES = (".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".xlsm", ".zip")
ACCEPTED = ",".join(ARTICLE_TYPES + EVENT_FILE_TYPES)


def _field(label: str, control_id: str, control, hint: str | None = None) -> html.Div:
    parts = [html.Label(label, htmlFor=control_id, id=f"{control_id}-label"), control]
    if hint:
        parts.append(html.Div(hint, className="hint", id=f"{control_id}-hint"))
    return html.Div(parts, className="field")


def _choice(control_id: str, values: Iterable[str]) -> dcc.Dropdown:
    return dcc.Dropdown(id=control_id, options=[{"label": v.replace("_", " "), "value": v} for v in values],
                        value=None, clearable=False, searchable=False, className="type-ahead")


def _choice_field(label: str, field: str, values: Iterable[str]) -> html.Div:
    """A dropdown, and the read-only text box of its value a viewer is shown instead (`CHOICE_TEXTS`)."""
    control_id, text_id = ids.REVIEW_FIELDS[field], ids.REVIEW_CHOICE_TEXTS[field]
    # a read-only text box in ARIA's words (no Dash input takes aria-labelledby): Tab reaches it, a reader says
    # "Type, talk round, read only"
    read = html.Div("", id=text_id, role="textbox", tabIndex="0", className="text-input read-only-choice",
                    style={"display": "none"}, **{"aria-readonly": "true", "aria-labelledby": f"{control_id}-label"})
    return _field(label, control_id, html.Div([_choice(control_id, values), read]))


def _text(control_id: str, placeholder: str = "", **extra) -> dcc.Input:
    return dcc.Input(id=control_id, type="text", value="", placeholder=placeholder, className="text-input",
                     autoComplete="off", **extra)


def ingest_section() -> html.Section:
    """Paste an article or upload a file (text, saved HTML page, RSS/Atom feed); the result is shown below."""
    return html.Section([
        html.H2("Add articles", className="panel-title"),
        _field("Paste an article's text", ids.REVIEW_TEXT,
               dcc.Textarea(id=ids.REVIEW_TEXT, value="", rows=7, className="text-area",
                            placeholder="ASTANA. June 22 (Interfax) - Kazakhstan's Foreign Ministry said ...")),
        _field("Publication date", ids.REVIEW_PUBLISHED,
               dcc.Input(id=ids.REVIEW_PUBLISHED, type="text", value="", placeholder="YYYY-MM-DD", required=False,
                         pattern=r"\d{4}-\d{2}-\d{2}", inputMode="numeric", autoComplete="off",
                         className=PUBLISHED_CLASS),
               "Filled in when the article gives a full date; needed when its dateline has no year "
               "(“ASTANA, March 3 (Interfax) -”) or it shows no date. Used for articles that give no date of their "
               "own; Enter extracts."),
        _field("Publisher", ids.REVIEW_PUBLISHER,
               dcc.Input(id=ids.REVIEW_PUBLISHER, type="text", value="", placeholder="Reuters", autoComplete="off",
                         className="text-input"),
               "Needed when the article names none (no agency in its dateline, no “publisher:” line): every stored "
               "event cites its source by publisher. Used for articles that name none; Enter extracts."),
        dcc.Store(id=ids.REVIEW_PREFILLED, data=None),
        html.Button("Extract and store candidates", id=ids.REVIEW_INGEST, className="button primary", n_clicks=0),
        html.Div([
            html.Span("or", className="muted"),
            dcc.Upload(html.Div(["Drop a file here or ", html.Span("choose one", className="link-like"),
                                 html.Span(" (articles: .txt, .html, RSS/Atom .xml; events: TimelineJS, ACLED, GDELT, "
                                           "or a CSV, XLSX or JSON of events, to import)", className="muted")]),
                       id=ids.REVIEW_UPLOAD, multiple=True, accept=ACCEPTED, className="upload",
                       className_active="upload active"),
        ], className="upload-row"),
        # files of events dropped there: what `tracker validate` says of each, and its Import button (events_files.py)
        html.P(id=ids.REVIEW_IMPORT_WORKING, className="import-working muted", role="status"),  # set while it runs
        html.Div(id=ids.REVIEW_IMPORT_RESULT, className="import-result", **{"aria-live": "polite"}),
        dcc.Store(id=ids.REVIEW_IMPORT_FILES, data=[]),
        # what a drop and an Import press set in the page (review/drop.py); not None, which a Store sets again on mount
        dcc.Store(id=ids.REVIEW_UPLOAD_ARTICLES, data={}), dcc.Store(id=ids.REVIEW_IMPORT_DROPPED, data=0),
        dcc.Store(id=ids.REVIEW_IMPORT_PRESSED, data={}),
        dcc.Loading(html.Div(id=ids.REVIEW_INGEST_RESULT, className="ingest-result", role="status"),
                    type="dot", delay_show=300),
        html.Div(id=ids.REVIEW_INGEST_NEW, className="ingest-new"),
        # the tick starts at 0, not None: a Store of no data sets it when it mounts, which sent the list's request
        # on every page's first load (test_ux25_first_load)
        dcc.Store(id=ids.REVIEW_INGEST_NEW_IDS, data=[]), dcc.Store(id=ids.REVIEW_INGEST_NEW_TICK, data=0),
    ], className="review-ingest", **{"aria-label": "Add articles",
                                      "data-invalid-note": ids.REVIEW_INGEST_RESULT})  # where a refused date is said


def candidate_section() -> html.Section:
    """The candidates waiting for review, each with the sentence it came from."""
    return html.Section([
        html.H2("Candidates to review", className="panel-title"),
        html.P(id=ids.REVIEW_COUNT, className="muted", **{"aria-live": "polite"}),
        html.Ul(id=ids.REVIEW_LIST, className="candidate-list"),
    ], className="review-candidates", **{"aria-label": "Candidates"})


def form_section(data: DashboardData) -> html.Section:
    """The selected candidate: its evidence and sources, every editable field, accept, reject, merge."""
    f = ids.REVIEW_FIELDS
    form = html.Div([
        html.Div(id=ids.REVIEW_EVIDENCE, className="evidence"),
        html.Fieldset([
            html.Legend("Fields"),
            # the group's description, said once on entering it; empty, and hidden, for editors
            html.P("", id=ids.REVIEW_READ_ONLY, className="hint read-only-note", hidden=True),
            html.P(id=ids.REVIEW_FORM_NOTE, className="hint", role="status"),
            _field("Title", f["title"], _text(f["title"])),
            html.Div([_choice_field("Type", "event_type", EVENT_TYPES), _choice_field("Status", "status", STATUSES),
                      _choice_field("Date precision", "date_precision", DATE_PRECISIONS)], className="form-row"),
            html.Div([_field("Start date", f["start_date"], _text(f["start_date"], "2023-06-21")),
                      _field("End date", f["end_date"], _text(f["end_date"], "empty: one day"))], className="form-row"),
            html.Div([_field("Process", f["process"], _text(f["process"], "e.g. Astana format",
                                                            list=ids.REVIEW_PROCESS_NAMES)),
                      _field("Round", f["round_number"], _text(f["round_number"], "e.g. 20", inputMode="numeric"))],
                     className="form-row"),
            html.Div([_field("Venue", f["venue"], _text(f["venue"], "e.g. Astana", list=ids.REVIEW_VENUE_NAMES)),
                      _field("Country", f["venue_country"], _text(f["venue_country"], "e.g. KAZ or Kazakhstan"),
                             "Filled from a venue the tracker knows; type a name or an ISO code to set it.")],
                     className="form-row"),
            _field("Summary", f["summary"], dcc.Textarea(id=f["summary"], value="", rows=3, className="text-area")),
            _field("Actors and their roles", ids.REVIEW_ACTORS,
                   dcc.Textarea(id=ids.REVIEW_ACTORS, value="", rows=4, className="text-area", spellCheck=False),
                   f"One a line, “name or id: role”, e.g. “Kazakhstan: host”; a new actor as “name (kind, country): role”, "
                   f"e.g. “Ana Vela (official, KAZ): speaker”. Roles: {', '.join(ROLES)}."),
            _field("Links to other events", ids.REVIEW_LINKS,
                   dcc.Textarea(id=ids.REVIEW_LINKS, value="", rows=2, className="text-area", spellCheck=False),
                   f"One a line, “link type: event”, the event by its id, title or round, e.g. “follows: astana-19” or "
                   f"“follows: Astana round 19”. Types: {', '.join(LINK_TYPES)}."),
            # filled when the form shows (`name_options`): options in the layout slow every redraw of the page
            html.Datalist([], id=ids.REVIEW_PROCESS_NAMES),
            html.Datalist([], id=ids.REVIEW_VENUE_NAMES),
        ], **{"aria-describedby": ids.REVIEW_READ_ONLY}),
        html.Div([
            html.Button("Save changes", id=ids.REVIEW_SAVE, className="button secondary", n_clicks=0),
            html.Button("Accept (confirm)", id=ids.REVIEW_ACCEPT, className="button primary", n_clicks=0,
                        title="Saves the fields above and confirms the event"),
            html.Button("Reject", id=ids.REVIEW_REJECT, className="button danger", n_clicks=0,
                        title="Kept in the store as rejected, never deleted"),
        ], className="form-actions"),
    ], id=ids.REVIEW_FORM, hidden=True)
    # the answer to a button comes right under the buttons, in the page's flow: stuck to the top of the panel, a
    # refusal covered the fields it talks about (QA13 LOW-6); review_keys.js scrolls it into view when it changes.
    # The merge box follows it and hides with the form (tracker.css: `#review-form[hidden] ~ .merge-box`).
    return html.Section([
        html.H2("Selected for review", className="panel-title"),
        form,
        html.Div(id=ids.REVIEW_MESSAGE, className="review-message", role="alert"),
        html.Fieldset([
            html.Legend("Or merge it into an existing event"),
            html.Div(id=ids.REVIEW_SUGGESTION, className="hint"),
            _field("Event to merge into", ids.REVIEW_TARGET,
                   dcc.Dropdown(id=ids.REVIEW_TARGET, options=[], value=None, searchable=True, clearable=True,
                                search_order="original", placeholder="Type words of its title, or its id",
                                optionHeight="auto", maxHeight=320),
                   "Its sources, quotes and actors move to that event; this candidate is kept as rejected."),
            html.Button("Merge into this event", id=ids.REVIEW_MERGE, className="button secondary", n_clicks=0),
        ], className="merge merge-box"),
        sources.panel_section(),
    ], className="review-form", **{"aria-label": "Selected for review",
                                    "data-invalid-note": ids.REVIEW_MESSAGE})  # where a refused box is said


def review_page(data: DashboardData) -> html.Div:
    """The review page: candidates on the left, the selected one on the right, new articles on top."""
    return html.Div([
        html.Div([ingest_section(), candidate_section(), sources.section()], className="review-left"),
        form_section(data),
        # "" (nothing selected), not None: a memory Store whose data is None sets it again when it mounts (dcc.Store
        # finds no value kept for its id), and that change fired the form, merge target, suggestion and lists on every
        # load of the timeline, where the review page is hidden (ux25).
        dcc.Store(id=ids.REVIEW_SELECTED, data=""),
        dcc.Store(id=ids.REVIEW_BASE, data=None),
        dcc.Store(id=ids.REVIEW_PICK_HELD, data=None),  # a second press of the card leaves the form's unsaved changes
        dcc.Store(id=ids.REVIEW_VENUE_COUNTRIES), dcc.Store(id=ids.REVIEW_COUNTRY_FILLED),  # Country follows Venue
        dcc.Store(id=ids.REVIEW_SHOWN, data=0),
        dcc.Store(id=ids.REVIEW_ADD_FROM, data=""),  # "Add an event from this article": the form opens on it ("": see above)
    ], id=ids.REVIEW_PAGE, className="review-page")


def name_options(data: DashboardData) -> tuple[list, list]:
    """The options of the process and venue name lists: every name the store knows."""
    processes = sorted({str(p) for p in data.tables.processes["name"].dropna()} |
                       {str(p) for p in data.tables.events["process"].cat.categories})
    venues = sorted({str(v) for v in data.tables.venues["name"].dropna()} |
                    {str(v) for v in data.tables.events["venue"].cat.categories})
    return [html.Option(value=p) for p in processes], [html.Option(value=v) for v in venues]

