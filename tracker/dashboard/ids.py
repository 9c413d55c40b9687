"""Component ids, in one place: the layout, the callbacks and the browser tests use these names."""

URL = "url"
PAGE = "page"
NAV = "nav"
ACTIONS = "header-actions"

# filters
ACTOR = "filter-actor"
VENUE = "filter-venue"
TYPE = "filter-type"
PROCESS = "filter-process"
ROUND = "filter-round"
STATUS = "filter-status"
STATE = "filter-state"
DATE_FROM = "filter-from"
DATE_TO = "filter-to"
TEXT = "filter-text"
GROUP = "group-by"
RESET = "reset"
INPUT_NOTICE = "input-notice"

# summary and notices
COUNT = "count"
DESCRIBE = "describe"
NOTICES = "notices"
EMPTY = "empty-state"
DOWNLOAD = "download-csv"
DOWNLOAD_EXCEL = "download-csv-excel"  # the same CSV with a byte-order mark, for Excel
DOWNLOAD_XLSX = "download-xlsx"
DOWNLOAD_JSON = "download-json"  # the events with their actors, sources and links nested, as `tracker export --format json`
DOWNLOAD_PNG = "download-png"  # the timeline as an image
DOWNLOAD_SVG = "download-svg"
DOWNLOAD_WINDOW = "download-window"  # "only the visible time window": the downloads carry x0/x1
FILTER_KEY = "filter-key"

# timeline
TIMELINE = "timeline"
OVERVIEW = "overview"  # the strip under the timeline holding its range slider
# a graph's zooms, pans and range-slider moves (relayoutData with an x axis in it), kept apart from the resizes
# Plotly also reports as relayouts (`autosize` on each first drawing): only the zooms reach the server
TIMELINE_ZOOM = "timeline-zoom"
OVERVIEW_ZOOM = "overview-zoom"
FIT = "fit"
ACTIVITY = "activity"
TABLE = "events-table"

# detail panel
DETAIL = "detail"
DETAIL_CLOSE = "detail-close"
LINKED_EVENT = "linked-event"  # pattern-matching: {"type": LINKED_EVENT, "index": event_id}
TABLE_NOTE = "events-table-note"

# shared by the pages
DATA_VERSION = "data-version"  # bumped after the dashboard writes to the store; the timeline redraws
DATA_POLL = "data-poll"  # asks the server now and then whether the store changed elsewhere (a CLI import)

# briefing (header)
BRIEF = "briefing"
BRIEF_FORMAT = "briefing-format"
BRIEF_PAPER = "briefing-paper"  # A4 or Letter, for the docx and pdf briefs
BRIEF_CHANGES = "briefing-changes"  # "Brief: changes since" a date: the brief's marks and its "What changed" section
BRIEF_CHANGES_NOTE = "briefing-changes-note"

# review page
REVIEW_PAGE = "review-page"
REVIEW_TEXT = "review-text"
REVIEW_INGEST = "review-ingest"
REVIEW_UPLOAD = "review-upload"
#: store: the files of a drop the article extraction reads (articles, and those whose content says what they are), as
#: {"contents", "names"}: the page sorts a drop by file type (`review/drop.py`), so a file of events is not sent twice
REVIEW_UPLOAD_ARTICLES = "review-upload-articles"
REVIEW_INGEST_RESULT = "review-ingest-result"
#: the last ingest's new candidates, drawn from the current data (a Save, Accept or Reject shows in them): the list,
#: the ids in the ingest's order (store), and the page's tick that redraws them when the data or selection moves
REVIEW_INGEST_NEW = "review-ingest-new"
REVIEW_INGEST_NEW_IDS = "review-ingest-new-ids"
REVIEW_INGEST_NEW_TICK = "review-ingest-new-tick"
#: files of events dropped on the upload: their checks and Import buttons (`review/events_files.py`)
REVIEW_IMPORT_RESULT = "review-import-result"
REVIEW_IMPORT_WORKING = "review-import-working"  # the line said while a drop is checked or a file imported
REVIEW_IMPORT_FILES = "review-import-files"  # store: the dropped files of events, kept in the page until imported
REVIEW_IMPORT = "review-import"  # pattern-matching: {"type": REVIEW_IMPORT, "index": the file's position}
REVIEW_IMPORT_STATE = "review-import-state"  # pattern-matching: the review state that file's events come in as
REVIEW_IMPORT_DROPPED = "review-import-dropped"  # store: when files of events were last dropped (the panel checks them)
REVIEW_IMPORT_PRESSED = "review-import-pressed"  # store: the Import button pressed, {"index", "at"}, set in the page
REVIEW_COUNT = "review-count"
REVIEW_LIST = "review-list"
REVIEW_SHOWN = "review-shown"  # store: how many times the review page was shown; its lists draw when it moves
REVIEW_PICK = "review-pick"  # pattern-matching: {"type": REVIEW_PICK, "index": event_id}
REVIEW_PICK_NEW = "review-pick-new"  # the same, in the list of an ingest's new candidates
REVIEW_SELECTED = "review-selected"
REVIEW_PICK_HELD = "review-pick-held"  # store: the card a press did not open, the form holding unsaved changes
REVIEW_FORM = "review-form"
REVIEW_EVIDENCE = "review-evidence"
REVIEW_SAVE = "review-save"
REVIEW_ACCEPT = "review-accept"
REVIEW_REJECT = "review-reject"
REVIEW_TARGET = "review-target"
REVIEW_SUGGESTION = "review-suggestion"
REVIEW_MERGE = "review-merge"
REVIEW_MESSAGE = "review-message"
#: what changed in the open form while it held unsaved typing (a colleague's save seen by the poll).
REVIEW_FORM_NOTE = "review-form-note"
REVIEW_READ_ONLY = "review-read-only"  # the form's note to a viewer: read only, and why (shown by the page)
REVIEW_PROCESS_NAMES = "review-process-names"
REVIEW_VENUE_NAMES = "review-venue-names"
REVIEW_VENUE_COUNTRIES = "review-venue-countries"  # store: folded venue name -> its country (Country follows Venue)
REVIEW_COUNTRY_FILLED = "review-country-filled"  # store: {event_id, value}: the Country the venue last filled in
#: editable field -> id of its control on the review page, in the order the form shows them.
REVIEW_FIELDS = {"title": "review-title", "event_type": "review-type", "status": "review-status",
                 "start_date": "review-start", "end_date": "review-end", "date_precision": "review-precision",
                 "process": "review-process", "round_number": "review-round", "venue": "review-venue",
                 "venue_country": "review-venue-country", "summary": "review-summary"}
#: choice field -> a read-only text box of its value, which a viewer reaches by Tab instead of the disabled dropdown
REVIEW_CHOICE_TEXTS = {field: f"{REVIEW_FIELDS[field]}-text" for field in ("event_type", "status", "date_precision")}
#: ids that are the `type` of pattern-matching ids, never a component's whole id.
PATTERNS = (LINKED_EVENT, REVIEW_PICK, REVIEW_PICK_NEW, REVIEW_IMPORT, REVIEW_IMPORT_STATE)

# events table (dash-ag-grid): its pager and the view it shows
TABLE_PAGE = "events-table-page"  # a page the table is asked to show (the sync callback asks for the first)
TABLE_VIEW = "events-table-view"  # what the table shows: filter key, sort, page size, page (a TableView)
TABLE_SORT = "events-table-sort"  # the sort of the grid's column state (not its widths): what reaches the server
TABLE_SIZE = "events-table-size"
TABLE_INFO = "events-table-info"
TABLE_FIRST = "events-table-first"
TABLE_PREVIOUS = "events-table-previous"
TABLE_NEXT = "events-table-next"
TABLE_LAST = "events-table-last"

# detail panel: the aside, and the store its clientside scroll-to-top callback writes
DETAIL_ASIDE = "detail-aside"
DETAIL_SHOWN = "detail-shown"
# saved views (header)
VIEW_NAME = "view-name"
VIEW_SAVE = "view-save"
VIEW_LIST = "view-list"
VIEW_MESSAGE = "view-message"
VIEW_DELETE = "view-delete"  # pattern-matching: {"type": VIEW_DELETE, "index": name}
VIEWS_TOGGLE = "views-toggle"
PATTERNS = (*PATTERNS, VIEW_DELETE)

ROLLUP = "rollup"  # the checkbox: ministries and officials in their state's lane (group=actor)

REVIEW_BASE = "review-base"  # the form's candidate as it was shown: id, version, field values, actors, links
REVIEW_PUBLISHED = "review-published"  # the publication date of pasted/uploaded articles that give none
REVIEW_PUBLISHER = "review-publisher"  # the publisher of pasted/uploaded articles that name none
REVIEW_PREFILLED = "review-prefilled"  # the date last put in REVIEW_PUBLISHED from a pasted text (not typed)
TAG = "filter-tag"  # the Tag dropdown (URL key `tag`)
TAG_LINK = "tag-link"  # pattern-matching: {"type": TAG_LINK, "index": tag}, a tag in the detail panel filters by it
PATTERNS = PATTERNS + (TAG_LINK,)

# review queue (issue 10): actors and links in the review form, suggested sources for confirmed events
REVIEW_ACTORS = "review-actors"  # textarea: "Name: role", one a line
REVIEW_LINKS = "review-links"  # textarea: "link type: event id", one a line
REVIEW_SOURCES_COUNT = "review-sources-count"
REVIEW_SOURCES_LIST = "review-sources-list"
REVIEW_PICK_SOURCE = "review-pick-source"  # pattern-matching: {"type": REVIEW_PICK_SOURCE, "index": suggestion_id}
REVIEW_SOURCE_PANEL = "review-source-panel"
REVIEW_SOURCE_DETAIL = "review-source-detail"
REVIEW_SOURCE_ACCEPT = "review-source-accept"
REVIEW_SOURCE_REJECT = "review-source-reject"
PATTERNS = PATTERNS + (REVIEW_PICK_SOURCE,)
#: "Add an event from this article" under an article box: {"type": REVIEW_ADD_FROM_BUTTON, "index": "source:<id>" (a
#: stored article) or "text:<n>" (an ingested article nothing was stored from, its text and source sent by the page),
#: "box": the id of its article box (one stored article can be in two boxes: the ingest's and the candidate's)}
REVIEW_ADD_FROM_BUTTON = "review-add-from-article"
REVIEW_ADD_FROM = "review-add-from"  # store: the article and the text selected in its box, which the event form opens on
PATTERNS = PATTERNS + (REVIEW_ADD_FROM_BUTTON,)
ACCOUNT = "account"  # header: the signed-in user and the Sign out button (empty without users)

# editor (issue 12): the event form, opened by Add event (header) or Edit (detail panel); delete and undo
EDITOR_ADD = "editor-add"
EDITOR_EDIT = "editor-edit"  # pattern-matching: {"type": EDITOR_EDIT, "index": event_id}, in the detail panel
EDITOR_DELETE = "editor-delete"  # pattern-matching: {"type": EDITOR_DELETE, "index": event_id}, in the detail panel
EDITOR_UNDO = "editor-undo"  # pattern-matching: {"type": EDITOR_UNDO, "index": event_id}: the notice and the history
EDITOR_DIALOG = "editor-dialog"
EDITOR_HEADING = "editor-heading"
EDITOR_SAVE = "editor-save"
EDITOR_CANCEL = "editor-cancel"
EDITOR_KEEP_MINE = "editor-keep-mine"  # after a conflict: go on from the stored version, keeping the input
EDITOR_TAKE_THEIRS = "editor-take-theirs"  # after a conflict: re-open on the stored version, dropping the input
EDITOR_MESSAGE = "editor-message"  # in the form: what a save did or why it was refused
EDITOR_CONFLICT = "editor-conflict"
EDITOR_OPENED = "editor-opened"  # store: {"event_id", "version", "base"} of the open form
EDITOR_NOTICE = "editor-notice"  # the page's notice after a save, delete or undo (with Undo)
EDITOR_HISTORY = "editor-history"  # the history list under the detail panel
EDITOR_FOCUS = "editor-focus"  # store the clientside focus callback writes
EDITOR_COUNTRY_FILLED = "editor-country-filled"  # store: the Country the venue last filled in (not typed: it may follow)
EDITOR_VENUE_COUNTRIES = "editor-venue-countries"  # store: folded venue name -> its country (the fill)
#: A form opened on an article (the review page's "Add an event from this article"): the article again, in a box of
#: the form where the text can be selected anew, and the button that reads that selection as the evidence.
EDITOR_ARTICLE_ROW = "editor-article-row"
EDITOR_ARTICLE = "editor-article"
EDITOR_USE_SELECTION = "editor-use-selection"
#: scalar field -> id of its control in the form; `editor_error(field)` is the id of its error line.
EDITOR_FIELDS = {field: f"editor-{field.replace('_', '-')}" for field in (
    "event_id", "title", "event_type", "status", "start_date", "end_date", "date_precision", "process",
    "round_number", "venue", "venue_country", "summary", "evidence", "tags", "review_state")}
EDITOR_GROUPS = ("actors", "sources", "quotes", "links")  # rows: {"type": f"editor-{group}-{part}", "index": key}
EDITOR_NOTICE_CLOSE = "editor-notice-close"  # pattern-matching: {"type": EDITOR_NOTICE_CLOSE, "index": "notice"}
PATTERNS = PATTERNS + (EDITOR_EDIT, EDITOR_DELETE, EDITOR_UNDO, EDITOR_NOTICE_CLOSE)


def editor_error(field: str) -> str:
    """The id of the error line of a form field or row group (by flat column name)."""
    return f"editor-{field.replace('_', '-')}-error"
AS_OF = "filter-as-of"  # the filter panel's "As of" box: the chronology as known at an instant (URL `as_of`)
AS_OF_PICKER = "filter-as-of-picker"  # its calendar: a day picked fills the box (the day's end)
AS_OF_BANNER = "as-of-banner"  # over a past view: "Showing the chronology as known on ... — back to now"
