"""The Python front door: `tracker.open(...)` gives a `Tracker`, whose methods the CLI commands call.

A notebook session on the shipped chronology (a new SQLite file in a temporary folder):

>>> import tempfile, tracker
>>> t = tracker.open(tempfile.mkdtemp() + "/tracker.db")
>>> print(t.load_shipped())
3 processes, 38 actors, 10 venues, 96 events, 298 event_actors, 240 sources, 3 quotes, 100 event_links
>>> events = t.events(actor="Kazakhstan", since="2023-06", until="2023-06")
>>> list(events["event_id"])
['astana-20', 'kaz-proposal-2023-06-21', 'kaz-statement-2023-06-22']
>>> list(t.processes()["name"])
['Astana format', 'Geneva process', 'Syrian Constitutional Committee']
>>> stats = t.stats(process="Astana format")
>>> len(stats.events), stats.sources, stats.by("event_type")["talk_round"]
(55, 139, 22)
>>> len(t.events(venue="Nur-Sultan")) == len(t.events(venue="Astana"))  # a venue by any of its names
True
>>> t.select(actor=["Kazakhstan", "Nowhere"], process="Astana format").notices
("no actor named 'Nowhere'",)
>>> t.export("csv", process="Astana format", round=20)[:40]
b'event_id,title,event_type,status,start_d'
>>> t.close()

Filters take the words of the CLI options and URL keys: actor, venue, type, process, round,
status, since (or from), until (or to), q, state, tag, as_of (the chronology as known then: a date,
a datetime, or ISO text); one value or a list of values. A
value that matches nothing selects nothing, with a note (`select(...).notices`; `events`
warns with `SelectionNote`).
"""
from __future__ import annotations

import datetime as dt
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from tracker.filters import EventFilter, FilterError, subset_tables
from tracker.importer import (
    PARTIAL_WHY, SHIPPED_DATA, check_across_files, check_against_store, check_partial_format, load_shipped,
    event_rows, merged_reference, with_events_of,
)
from tracker.importing import ImportSummary
from tracker.instants import as_instant
from tracker.models import Tables
from tracker.problems import InputError, OutputError, Problem
from tracker.selection import Selection, resolve_filter, select, select_resolved
from tracker.store import SaveSummary, Store, open_store

#: filter word -> EventFilter.build argument; the CLI options and URL keys, and since/until for from/to.
WORDS = {"actor": "actors", "venue": "venues", "type": "types", "process": "processes", "round": "rounds",
         "status": "statuses", "since": "date_from", "from": "date_from", "until": "date_to", "to": "date_to",
         "q": "text", "state": "states", "tag": "tags", "as_of": "as_of"}
SINGLE = ("date_from", "date_to", "text", "as_of")


class SelectionNote(UserWarning):
    """A filter value matched nothing ("no actor named 'Nowhere'; nothing selected")."""


def event_filter(f: EventFilter | str | None = None, **words) -> EventFilter:
    """An EventFilter from filter words (`actor="Kazakhstan", since="2023-06"`), a URL query string or a filter.

    >>> event_filter(actor="Kazakhstan", round=[19, 20]).to_query_string()
    'actor=Kazakhstan&round=19&round=20'
    """
    if isinstance(f, str):
        f, _ = EventFilter.from_query_string(f)
    if not words:
        return f or EventFilter()
    if f is not None:
        raise TypeError("give a filter or filter words, not both")
    unknown = sorted(set(words) - set(WORDS))
    if unknown:
        raise TypeError(f"unknown filter word(s) {', '.join(unknown)}; use: {', '.join(WORDS)}")
    args: dict[str, object] = {}
    said: dict[str, str] = {}  # EventFilter argument -> the word the caller used for it
    for word, value in words.items():
        if value is None:
            continue
        name = said.setdefault(WORDS[word], word) and WORDS[word]
        if name in SINGLE:
            args[name] = value if isinstance(value, dt.datetime) else value.isoformat() if isinstance(value, dt.date) \
                else str(value)
        else:
            args[name] = (value,) if isinstance(value, (str, int)) else tuple(value)
    try:
        return EventFilter.build(**args)
    except FilterError as exc:  # in the caller's words ("round="), not the command line's ("--round")
        raise ValueError(f"{said.get(exc.argument, exc.argument)}: {exc.reason}") from None


@dataclass(frozen=True)
class Stats:
    """Counts of the selected events: by type, process, status and year, and their sources."""

    selection: Selection
    sources: int  # sources of the selected events
    with_sources: int  # selected events with at least one source

    @property
    def events(self) -> pd.DataFrame:
        """The selected events."""
        return self.selection.events

    def by(self, column: str) -> pd.Series:
        """Events per value of `column` (missing as "(none)"), most first."""
        return self.events[column].astype("string").fillna("(none)").value_counts()

    @property
    def by_year(self) -> pd.Series:
        """Events per year of their start."""
        return self.events["start_date"].dt.year.value_counts().sort_index()


def with_changes(brief, store, f: EventFilter, tables: Tables, selected: set[str],
                 since: dt.datetime | dt.date | str) -> tuple:
    """`brief` with its "What changed since" section, and the notes on it: the changes after `since` (up to
    `f.as_of`) of the `selected` events (those `f` selects from `tables`) and of the events `f` selected as the
    period began (deleted since, or edited out of it). `tracker brief --changes-since` and the page's
    `changes_since=` both make the section here."""
    from dataclasses import replace

    from tracker.briefing.changes import change_lines, changes_note
    from tracker.store.history import changes_frame, diff, records_to_tables

    since = as_instant(since, day_end=False)
    changes = [c for c in store.changes_after(since) if f.as_of is None or c.changed_at <= f.as_of]
    by_event: dict[str, list] = {}
    for change in changes:
        by_event.setdefault(change.event_id, []).append(change)
    in_scope = set(selected)
    earlier = [runs[0].before for runs in by_event.values() if runs[0].before is not None]
    if earlier:
        before = records_to_tables(earlier).replace(actors=tables.actors, processes=tables.processes,
                                                    venues=tables.venues)
        in_scope |= set(select(before, f).events["event_id"])
    # net: the record before the period against the one after it (an edit undone, a delete undone: changed back)
    net = {event_id: sorted(diff(runs[0].before, runs[-1].after)) for event_id, runs in by_event.items()}
    note = changes_note(f.as_of, since)
    lines = change_lines(changes_frame(changes), in_scope, net)
    return replace(brief, changes_since=since, changes=lines), [note] if note else []


class Tracker:
    """A chronology in a store (a SQLite file or a PostgreSQL database), with everything one does with it."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, location: str | os.PathLike | None = None) -> "Tracker":
        """Open the store at a SQLite path or postgresql:// URL (default: $TRACKER_DB or var/tracker.db)."""
        return cls(open_store(location))

    @property
    def location(self) -> str:
        """Where the store is (a URL without its password)."""
        return self.store.location

    def __repr__(self) -> str:
        return f"<Tracker {self.location}>"

    def __enter__(self) -> "Tracker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store's connection."""
        self.store.close()

    # --- reading -------------------------------------------------------------
    def load(self) -> Tables:
        """The whole chronology as Tables."""
        return self.store.load()

    def actors(self) -> pd.DataFrame:
        """The actors table."""
        return self.store.load_table("actors")

    def processes(self) -> pd.DataFrame:
        """The processes table."""
        return self.store.load_table("processes")

    def venues(self) -> pd.DataFrame:
        """The venues table (a venue's names over time, one row each)."""
        return self.store.load_table("venues")

    def selected(self, f: EventFilter, *, narrow: bool = True) -> tuple[Selection, Tables]:
        """(what `f` selects, tables that hold those events with their rows): one read, narrow where SQL can ask.

        With `narrow`, a filter SQL can narrow (process, venue, round, actor, dates, text) reads
        only the events it can select; the result is the same as on the whole store.
        """
        if f.as_of is not None:  # the past: read as known then; the text index knows only today's text
            tables = self.store.load(as_of=f.as_of)
            return select(tables, f), tables
        text_ids = self.store.search_text(f.text) if f.text else None
        narrowed = self.store.narrow(f) if narrow else None
        if narrowed is None:
            tables = self.store.load()
            return select(tables, f, text_ids), tables
        tables, resolved = narrowed
        return select_resolved(tables, resolved, text_ids), tables

    def select(self, f: EventFilter | str | None = None, /, **words) -> Selection:
        """The events a filter selects (chronological), the filter as resolved and its notes."""
        return self.selected(event_filter(f, **words))[0]

    def events(self, f: EventFilter | str | None = None, /, **words) -> pd.DataFrame:
        """The events a filter selects, chronological; a `SelectionNote` warning for each value that matches nothing."""
        chosen = self.select(f, **words)
        for notice in chosen.notices:
            warnings.warn(notice, SelectionNote, stacklevel=2)
        return chosen.events

    def tables(self, f: EventFilter | str | None = None, /, **words) -> Tables:
        """The selected events with their actors, sources, quotes and links, and all actors, processes and venues."""
        chosen, tables = self.selected(event_filter(f, **words))
        return subset_tables(tables, chosen.events)

    def stats(self, f: EventFilter | str | None = None, /, **words) -> Stats:
        """Counts of the selected events (`tracker stats`)."""
        chosen, tables = self.selected(event_filter(f, **words))
        sources = tables.sources[tables.sources["event_id"].isin(chosen.events["event_id"])]
        return Stats(chosen, len(sources), int(chosen.events["event_id"].isin(sources["event_id"]).sum()))

    def count(self, states: Iterable[str] = ("confirmed",), as_of: dt.datetime | None = None) -> int:
        """Number of events in the review states `states` (as known at `as_of`, if given)."""
        if as_of is not None:
            return int(self.store.load(as_of=as_of).events["review_state"].isin(list(states)).sum())
        counts = self.store.state_counts()
        return sum(counts.get(state, 0) for state in states)

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return self.store.counts()

    def is_empty(self) -> bool:
        """True when the store holds no events."""
        return self.store.is_empty()

    # --- writing files -------------------------------------------------------
    def exported(self, fmt: str, f: EventFilter, **options) -> tuple[bytes, Selection]:
        """(the selected events in format `fmt`, the selection): the bytes of `tracker export`."""
        from tracker.export import export_bytes

        chosen, tables = self.selected(f)
        return export_bytes(fmt, tables, chosen.events, **options), chosen

    def export(self, fmt: str, path: str | os.PathLike | None = None, *, excel: bool = False,
               filter: EventFilter | str | None = None, **words) -> bytes | Path:
        """The selected events in format `fmt` (csv, json, xlsx, timelinejs, timelinejs-json, ics, jsonl):
        the bytes, or written to `path` (returned)."""
        data, _ = self.exported(fmt, event_filter(filter, **words), **({"excel": excel} if fmt == "csv" else {}))
        return data if path is None else write_file(Path(path), data)

    def briefing(self, f: EventFilter, *, changed_since: dt.date | dt.datetime | None = None, title: str | None = None,
                 changes_since: dt.datetime | dt.date | str | None = None):
        """(the brief of the selected events, the notes on values that match nothing), as `tracker brief` makes it.

        `changes_since` adds a "What changed since" section: the events of the filter created, edited or
        deleted after that instant (a day: from its start), up to the filter's `as_of` if it has one."""
        from dataclasses import replace

        from tracker.briefing import make_brief

        tables = self.store.load(as_of=f.as_of)
        notices = resolve_filter(tables, f).notices
        brief = make_brief(tables, f, store=self.store, since=changed_since, title=title)
        if changes_since is not None:
            brief, said = with_changes(brief, self.store, f, tables, set(select(tables, f).events["event_id"]),
                                       changes_since)
            notices = [*notices, *said]
        return brief, notices

    def brief(self, fmt: str, path: str | os.PathLike | None = None, *, changed_since: dt.date | dt.datetime | None = None,
              title: str | None = None, paper: str = "a4", chart: bool = True,
              changes_since: dt.datetime | dt.date | str | None = None,
              filter: EventFilter | str | None = None, **words) -> bytes | Path:
        """A sourced brief of the selected events in `fmt` (md, html, docx, pdf): the bytes, or written to `path`.

        `chart=False` leaves out the timeline chart (then no Chromium is needed). `since` is the filter's
        from-date here as everywhere in the API; `changed_since` is what `tracker brief --since` means
        (events added or changed since that day are marked NEW/CHANGED); `changes_since` adds the section
        "What changed since" (created, edited, deleted events, from the recorded history).
        """
        from tracker.briefing import render_brief

        brief, _ = self.briefing(event_filter(filter, **words), changed_since=changed_since, title=title,
                                 changes_since=changes_since)
        data = render_brief(fmt, brief, chart=chart, paper=paper)
        return data if path is None else write_file(Path(path), data)

    # --- editing and history ---------------------------------------------------------
    def edit(self, event_id: str, values: dict[str, str] | None = None, /, *, expected_version: int | None = None,
             user: str | None = None, **fields: str):
        """Change fields of an event (flat-format cells: `t.edit("astana-20", title="...", round_number="20")`),
        checked as an import checks them; the recorded Change. EditRefused names a bad field, EditConflict
        says who changed the event since `expected_version`."""
        return self.store.edit_event(event_id, {**(values or {}), **fields}, expected_version=expected_version, user=user)

    def create(self, values: dict[str, str], *, user: str | None = None):
        """Add an event from flat-format cells (event_id optional); the recorded Change."""
        return self.store.create_event(values, user=user)

    def delete(self, event_id: str, *, expected_version: int | None = None, user: str | None = None):
        """Delete an event (recorded; `undo` brings it back); the recorded Change."""
        return self.store.delete_event(event_id, expected_version=expected_version, user=user)

    def undo(self, event_id: str, *, user: str | None = None, version: int | None = None):
        """Revert the event's last change (undelete, or the version before an edit); the recorded Change.

        With `version` (the last version as `history` showed it), only if no other change came since."""
        return self.store.undo(event_id, user=user, expected_version=version)

    def history(self, event_id: str) -> list:
        """The recorded changes of an event, oldest first (`tracker history`)."""
        return self.store.history(event_id)

    def changes(self, since: dt.datetime | dt.date | str) -> pd.DataFrame:
        """What changed after `since` (a day means from its start; naive times are UTC), one row per change (`tracker changes`)."""
        return self.store.changes_since(since)

    # --- saved views -----------------------------------------------------------
    def saved_views(self) -> list:
        """The named saved views (dashboard URL queries kept in the store), by name."""
        return self.store.saved_views()

    def save_view(self, name: str, query: str):
        """Keep the URL `query` (or a whole dashboard URL) under `name`; a ValueError when the name is taken or bad."""
        return self.store.save_view(name, query)

    def delete_view(self, name: str) -> bool:
        """Forget the saved view `name` (any case); False when there is none."""
        return self.store.delete_view(name)

    # --- users (see tracker.auth; once a store has users, the web server asks for a login) ------
    def users(self) -> list:
        """The users of the store (name, role, created_at, locked_until), by name."""
        from tracker.auth.accounts import users

        return users(self.store)

    def add_user(self, name: str, role: str, password: str):
        """Add a user (role viewer, editor or admin; the first must be an admin); an AccountError when refused."""
        from tracker.auth.accounts import add_user

        return add_user(self.store, name, role, password)

    def remove_user(self, name: str) -> None:
        """Remove a user (never the last admin); an AccountError when refused."""
        from tracker.auth.accounts import remove_user

        remove_user(self.store, name)

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password (this also lifts a lockout and ends the user's sessions)."""
        from tracker.auth.accounts import set_password

        set_password(self.store, name, password)

    def set_role(self, name: str, role: str):
        """Change a user's role (never leaving the store without an admin)."""
        from tracker.auth.accounts import set_role

        return set_role(self.store, name, role)

    # --- importing -----------------------------------------------------------
    def read_files(self, paths: Iterable[str | os.PathLike], fmt: str = "auto", options=None, *,
                   progress: Callable[[Path], Callable] | None = None,
                   on_read: Callable[[Path, str], None] | None = None,
                   labels: list[str] | None = None) -> tuple[Tables, list[Problem], Tables]:
        """Parse files (each in `fmt`, or the format it is recognised as) against the store: (tables, problems, known).

        The files may link to each other's events. `progress(path)` gives a (done, total) callback;
        `on_read(path, why)` hears which format each file was read as; `labels`, one per path, name the files in
        problems (an upload's own name, not the temporary copy's path).
        """
        from tracker.importers import file_label, read_events
        from tracker.importers.repeats import add_new_sources, leave_stored, without_events
        from tracker.venue_names import fill_venue_countries

        known = self.store.load()
        reference = known
        problems: list[Problem] = []
        combined: Tables | None = None
        earlier: dict[str, tuple[str, int | None]] = {}  # event id -> (file, row) of the files read so far
        for at, path in enumerate(map(Path, paths)):
            name = labels[at] if labels else str(path)
            try:
                tables, found, read_as, reason = read_events(path, reference, fmt, options, label=name,
                                                             progress=progress(path) if progress else None)
            except InputError as exc:
                problems += exc.problems
                continue
            if on_read is not None:
                on_read(path, reason)
            problems += found
            label = file_label(path, getattr(options, "sheet", None), name)  # a workbook's sheet named, as the reader does
            events, filled = fill_venue_countries(tables.events, reference.venues, label, event_rows(tables))
            tables, problems = (tables.replace(events=events), problems + filled) if filled else (tables, problems)
            if read_as == "gdelt":  # a feed brings an event again: its new sources join it, nothing else changes
                if combined is not None:
                    tables, said, restated = add_new_sources(tables, combined, name, "in an earlier file of this import")
                    combined, problems = without_events(combined, restated), problems + said
                tables, said, _ = add_new_sources(tables, known, name)
                problems += said
                for event_id in tables.events["event_id"]:
                    earlier.setdefault(event_id, (name, None))
            else:
                if read_as == "timelinejs":  # part of an event: a stored one is left as it is
                    tables, said = leave_stored(tables, known, label, "Headline", PARTIAL_WHY)
                    problems += said + check_partial_format(tables, known, label)
                problems += check_against_store(tables, known, label) + check_across_files(tables, label, earlier)
            combined = tables if combined is None else _concat(combined, tables)
            reference = with_events_of(merged_reference(reference, tables), tables)
        return combined or Tables(), problems, known

    def save(self, tables: Tables, known: Tables | None = None, *, user: str | None = None) -> ImportSummary:
        """Store `tables` in one transaction, the history naming `user` (default: the store's); `known` (the store
        before) tells new events from updated ones."""
        before = set((known if known is not None else self.store.load()).events["event_id"])
        new = int((~tables.events["event_id"].isin(before)).sum())
        saved = self.store.save(tables, user=user)
        changed = getattr(saved, "changed", None)  # events whose record changed (the others were given as stored)
        unchanged = 0 if changed is None else max(len(tables.events) - changed, 0)
        return ImportSummary(len(tables.events), new, len(tables.sources), unchanged=unchanged)

    def import_file(self, path: str | os.PathLike, format: str | None = None, options=None) -> ImportSummary:
        """Import one file (flat CSV/XLSX/JSON, TimelineJS, GDELT, ACLED; `format=None` recognises it) all or nothing.

        Raises InputError with every problem (file, row, column) and stores nothing when there is one.
        """
        from tracker.importing import import_files

        return import_files(self, [path], format or "auto", options)

    def load_shipped(self, folder: str | os.PathLike = SHIPPED_DATA) -> SaveSummary:
        """Load the shipped chronology (data/) into the store; raises InputError if it has problems."""
        return self.store.save(load_shipped(Path(folder)))


def open(location: str | os.PathLike | None = None) -> Tracker:  # noqa: A001 - tracker.open, as sqlite_utils.Database
    """Open the tracker at a SQLite path or postgresql:// URL (default: $TRACKER_DB or var/tracker.db)."""
    return Tracker.open(location)


def write_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a `.part` file, so a reader never sees half a file.

    A symlink is followed (the file it names is written; the link stays); a device, a pipe or a terminal
    that exists (`/dev/stdout`, a FIFO) is written as it is, never replaced by a regular file. OutputError
    names the path and the reason (a missing folder, a folder, no permission).
    """
    try:
        if path.is_dir():
            raise OutputError(f"cannot write {path}: it is a folder")
        if path.exists() and not path.is_file():  # what the path leads to, links followed, is no regular file
            with path.open("wb") as stream:
                stream.write(data)
            return path
        target = Path(os.path.realpath(path))
        if not target.parent.is_dir():
            raise OutputError(f"cannot write {path}: there is no folder {target.parent} (make it first)")
        temporary = target.with_name(target.name + ".part")
        try:
            temporary.write_bytes(data)
            temporary.replace(target)
        finally:
            temporary.unlink(missing_ok=True)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def _concat(a: Tables, b: Tables) -> Tables:
    return Tables(**{name: pd.concat([frame, getattr(b, name)], ignore_index=True) for name, frame in a.items()})
