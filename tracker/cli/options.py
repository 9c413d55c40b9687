"""Options shared by several commands: the store location and the filter vocabulary."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable

import click

from tracker.api import Tracker
from tracker.filters import EventFilter
from tracker.store import Store, default_location, open_store, redact

FILTER_HELP = (
    "Filters: values of one option OR together, different options AND. "
    "--actor matches the actor and its ministries and officials; --from/--to accept 2023-06-21, 2023-06, June 2023, 2023."
)


def db_option(command: Callable) -> Callable:
    """Add --db (default: $TRACKER_DB or var/tracker.db)."""
    return click.option("--db", "db", metavar="PATH|URL", default=None,
                        help="SQLite file or postgresql:// URL (default: $TRACKER_DB or var/tracker.db).")(command)


def open_db(db: str | None, read_only: bool = False, write: bool = False, existing: bool = False) -> Store:
    """Open the store, turning driver errors into a clear click error.

    `read_only`: create, migrate and write nothing; `write`: refuse a store that can only be read; `existing`:
    refuse a SQLite path where no store is (a command that reads or changes events: a mistyped `--db` made an
    empty store, and its folders, and listed 0 events).
    """
    location = db or default_location()
    if existing and not location.startswith(("postgres://", "postgresql://")) and location != ":memory:" \
            and not Path(location).exists():
        raise click.ClickException(f"no store at {location} (nothing was created): check the path, or make one "
                                   f"with `tracker init --db {location}`")
    try:
        store = open_store(location, read_only=read_only)
    except Exception as exc:  # StoreError, or another driver error: say which store failed and why
        raise click.ClickException(f"cannot open store {redact(location)}: {exc}") from None
    if write and getattr(store, "read_only", False):
        store.close()
        raise click.ClickException(f"cannot write to store {redact(location)}: the file or its folder is read-only")
    context = click.get_current_context(silent=True)
    user = context.find_root().meta.get("tracker.user") if context is not None else None
    if user:
        store.user = user  # the global --user: who this command's writes are recorded as
    return store


def open_tracker(db: str | None, read_only: bool = False, write: bool = False, existing: bool = False) -> Tracker:
    """Open the tracker (the Python API the commands call), with `open_db`'s clear error."""
    return Tracker(open_db(db, read_only=read_only, write=write, existing=existing))


def filter_options(command: Callable) -> Callable:
    """Add the filter options and pass an `event_filter` (EventFilter) to the command."""
    options = [
        click.option("--actor", multiple=True, help="Actor name, alias or id (repeatable)."),
        click.option("--venue", multiple=True, help="Venue; any of its names over time (repeatable)."),
        click.option("--type", "types", multiple=True, help="Event type (repeatable)."),
        click.option("--process", multiple=True, help="Process name or alias (repeatable)."),
        click.option("--round", "rounds", multiple=True, help="Round number (repeatable)."),
        click.option("--status", multiple=True, help="announced, scheduled, postponed, held, cancelled."),
        click.option("--from", "date_from", metavar="DATE", help="Events that end on or after this date."),
        click.option("--to", "date_to", metavar="DATE", help="Events that start on or before this date."),
        click.option("--q", "text", metavar="TEXT", help="Words in titles, summaries and quotes (word prefixes; a Chinese, Japanese or Korean word anywhere)."),
        click.option("--state", "states", multiple=True, help="Review state: confirmed (default), candidate, rejected, any."),
        click.option("--tag", "tags", multiple=True, help="Tag, any case (repeatable): events with any of them."),
        click.option("--as-of", "as_of", metavar="DATETIME",
                     help="The chronology as known then (recorded history): 2026-12-01 (its end) or 2026-12-01T09:30 (UTC)."),
    ]

    @functools.wraps(command)
    def wrapper(*args, actor, venue, types, process, rounds, status, date_from, date_to, text, states, tags, as_of,
                **kwargs):
        try:
            event_filter = EventFilter.build(actors=actor, venues=venue, types=types, processes=process, rounds=rounds,
                                             statuses=status, date_from=date_from, date_to=date_to, text=text,
                                             states=states, tags=tags, as_of=as_of)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        return command(*args, event_filter=event_filter, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper
