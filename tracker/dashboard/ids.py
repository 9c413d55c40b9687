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
FILTER_KEY = "filter-key"

# timeline
TIMELINE = "timeline"
FIT = "fit"
ACTIVITY = "activity"
TABLE = "events-table"

# detail panel
DETAIL = "detail"
DETAIL_CLOSE = "detail-close"
LINKED_EVENT = "linked-event"  # pattern-matching: {"type": LINKED_EVENT, "index": event_id}
TABLE_NOTE = "events-table-note"
