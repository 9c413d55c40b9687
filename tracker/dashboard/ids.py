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
DOWNLOAD_PNG = "download-png"  # the timeline as an image
DOWNLOAD_SVG = "download-svg"
DOWNLOAD_WINDOW = "download-window"  # "only the visible time window": the downloads carry x0/x1
FILTER_KEY = "filter-key"

# timeline
TIMELINE = "timeline"
OVERVIEW = "overview"  # the strip under the timeline holding its range slider
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

# review page
REVIEW_PAGE = "review-page"
REVIEW_TEXT = "review-text"
REVIEW_INGEST = "review-ingest"
REVIEW_UPLOAD = "review-upload"
REVIEW_INGEST_RESULT = "review-ingest-result"
REVIEW_COUNT = "review-count"
REVIEW_LIST = "review-list"
REVIEW_PICK = "review-pick"  # pattern-matching: {"type": REVIEW_PICK, "index": event_id}
REVIEW_PICK_NEW = "review-pick-new"  # the same, in the list of an ingest's new candidates
REVIEW_SELECTED = "review-selected"
REVIEW_FORM = "review-form"
REVIEW_EVIDENCE = "review-evidence"
REVIEW_SAVE = "review-save"
REVIEW_ACCEPT = "review-accept"
REVIEW_REJECT = "review-reject"
REVIEW_TARGET = "review-target"
REVIEW_SUGGESTION = "review-suggestion"
REVIEW_MERGE = "review-merge"
REVIEW_MESSAGE = "review-message"
REVIEW_PROCESS_NAMES = "review-process-names"
REVIEW_VENUE_NAMES = "review-venue-names"
#: editable field -> id of its control on the review page, in the order the form shows them.
REVIEW_FIELDS = {"title": "review-title", "event_type": "review-type", "status": "review-status",
                 "start_date": "review-start", "end_date": "review-end", "date_precision": "review-precision",
                 "process": "review-process", "round_number": "review-round", "venue": "review-venue",
                 "summary": "review-summary"}
#: ids that are the `type` of pattern-matching ids, never a component's whole id.
PATTERNS = (LINKED_EVENT, REVIEW_PICK, REVIEW_PICK_NEW)
