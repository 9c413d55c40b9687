"""tracker: a sourced, filterable chronology of diplomatic processes.

`tracker.open(path_or_url)` gives a `Tracker` (see `tracker.api`); the API is imported on
first use, so `import tracker` stays cheap for the CLI and the dashboard.
"""

__version__ = "0.1.0"


def open(location=None):  # noqa: A001 - tracker.open, as sqlite_utils.Database
    """Open the tracker at a SQLite path or postgresql:// URL (default: $TRACKER_DB or var/tracker.db)."""
    from tracker.api import Tracker

    return Tracker.open(location)


def __getattr__(name: str):
    """`tracker.Tracker`, `tracker.event_filter` and `tracker.SelectionNote`, imported when first asked for."""
    if name in ("Tracker", "event_filter", "SelectionNote"):
        from tracker import api

        return getattr(api, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
