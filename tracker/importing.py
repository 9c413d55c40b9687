"""Importing files of events, and what an import would do before it is done: the one path `tracker import`,
`tracker validate`, `Tracker.import_file` and the review page's upload share.

`import_files` reads the files against the store (`Tracker.read_files`: every format, every check) and stores them
in one transaction, or nothing when there is an error; `check_files` says what it would do, as `tracker validate`
does, counted: new events, stored ones it changes (and which fields, at their rows), stored ones given exactly as
they are (left as they are), rows left out because the store holds them.
"""
from __future__ import annotations

import os
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterable

import pandas as pd

from tracker.filters import DEFAULT_STATES, EventFilter
from tracker.models import REVIEW_STATES, Tables
from tracker.problems import InputError, Problem

#: What `t` is below: a `tracker.api.Tracker` (the front door imports this module, never the reverse).
Tracker = Any


@dataclass(frozen=True)
class ImportSummary:
    """What an import stored: events (new and updated), sources, and the warnings."""

    events: int
    new: int
    sources: int
    warnings: tuple[Problem, ...] = ()
    unchanged: int = 0  # stored events the file gives exactly as they are (not written, nothing recorded)
    event_ids: tuple[str, ...] = ()  # the events given to the store (`import_files` says)
    view: EventFilter | None = None  # the timeline's filter that shows them (`imported_view`; `import_files` says)

    @property
    def updated(self) -> int:
        """Events that replaced stored ones with something different."""
        return self.events - self.new - self.unchanged


@dataclass(frozen=True)
class ImportCheck:
    """What importing files would do: what each was read as, the events by kind, the sources and every problem."""

    read_as: tuple[str, ...]  # why each file was read as its format ("ACLED export header (current layout, ...)")
    events: int  # events the import gives the store
    new: int  # ... of them new to the store
    stored: int  # ... already in it: updated, or left as they are when given exactly as stored (`unchanged`)
    left_out: int  # rows of the files not imported because the store holds their event (TimelineJS, GDELT repeats)
    sources: int
    problems: tuple[Problem, ...]
    unchanged: int = 0  # stored events given exactly as they are: the import leaves them as they are

    @property
    def updated(self) -> int:
        """Stored events the import would change (the fields are in their rows' warnings)."""
        return self.stored - self.unchanged

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that stop the import (each names its file, row and column)."""
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that do not stop it."""
        return tuple(p for p in self.problems if p.severity != "error")

    def summary(self) -> str:
        """One line, as an analyst reads it: "3 events would come in (1 new; 1 changes a stored event; 1 already
        stored exactly as given: left as it is), with 3 sources; 2 warnings"."""
        if self.errors:
            return (f"{len(self.errors)} error(s): nothing can be imported until they are fixed"
                    + (f" ({len(self.warnings)} warning(s) too)" if self.warnings else ""))
        parts = [f"{self.new} new"]
        if self.updated:
            parts.append(f"{self.updated} change{'s a stored event' if self.updated == 1 else ' stored events'}")
        if self.unchanged:
            parts.append(f"{self.unchanged} already stored exactly as given: left as "
                         f"{'it is' if self.unchanged == 1 else 'they are'}")
        if self.left_out:
            parts.append(f"{self.left_out} left out: the store holds {'it' if self.left_out == 1 else 'them'} already")
        plural = "" if self.events == 1 else "s"
        warned = f"{len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}" if self.warnings else "no warnings"
        return (f"{self.events} event{plural} would come in ({'; '.join(parts)}), with {self.sources} "
                f"source{'' if self.sources == 1 else 's'}; {warned}")


def import_check(tables: Tables, problems: list[Problem], known: Tables, read_as: Iterable[str] = (),
                 changes: dict[str, tuple[str, ...]] | None = None) -> ImportCheck:
    """The counts of an import of `tables` (read with `problems`) into a store that held `known`; `changes`
    (`Store.stored_changes`) tells the stored events it changes from those it leaves as they are, and the warning
    at each stored event's row then says which (the fields that change)."""
    from tracker.importers.repeats import LEFT_AS_STORED, NO_NEW_SOURCE  # the importers load only to import

    ids = tables.events["event_id"].dropna()
    stored = int(ids.isin(set(known.events["event_id"].dropna())).sum())
    left_out = sum(1 for p in problems if p.severity != "error" and (LEFT_AS_STORED in p.reason or NO_NEW_SOURCE in p.reason))
    unchanged = sum(1 for fields in (changes or {}).values() if not fields)
    return ImportCheck(tuple(read_as), len(ids), len(ids) - stored, stored, left_out, len(tables.sources),
                       tuple(said_changes(problems, changes or {})), unchanged)


def said_changes(problems: list[Problem], changes: dict[str, tuple[str, ...]]) -> list[Problem]:
    """`problems` whose warning "'x' is already in the store; it will be updated" says what changes: "...; it will be
    updated: its title and sources change", or "... exactly as the file gives it: it is left as it is"."""
    from tracker.importer import STORED_UPDATED

    said = {f"{event_id!r} {STORED_UPDATED}": (event_id, fields) for event_id, fields in changes.items()}
    out = []
    for problem in problems:
        event_id, fields = said.get(problem.reason, (None, None))
        if event_id is None:
            out.append(problem)
            continue
        verb = "changes" if fields and len(fields) == 1 else "change"
        reason = (f"{event_id!r} {STORED_UPDATED}: its {_and(fields)} {verb}" if fields else
                  f"{event_id!r} is already in the store exactly as the file gives it: it is left as it is")
        out.append(replace(problem, reason=reason))
    return out


def _and(words: tuple[str, ...]) -> str:
    """"title", "title and sources", "title, start_date and sources"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def check_files(t: Tracker, paths: Iterable[str | os.PathLike], fmt: str = "auto", options=None, *,
                labels: list[str] | None = None, progress: Callable[[Path], Callable] | None = None,
                on_read: Callable[[Path, str], None] | None = None) -> ImportCheck:
    """What `import_files` would do with these files now, stored nowhere (`tracker validate`'s answer, counted):
    the stored events it would change are compared with the store as a save compares them."""
    read_as: list[str] = []

    def heard(path: Path, why: str) -> None:
        read_as.append(why)
        if on_read is not None:
            on_read(path, why)

    tables, problems, known = t.read_files(paths, fmt, options, labels=labels, progress=progress, on_read=heard)
    compare = not any(p.severity == "error" for p in problems) and not tables.events.empty
    changes = t.store.stored_changes(tables) if compare else None
    return import_check(tables, problems, known, read_as, changes)


def import_files(t: Tracker, paths: Iterable[str | os.PathLike], fmt: str = "auto", options=None, *,
                 labels: list[str] | None = None, user: str | None = None,
                 progress: Callable[[Path], Callable] | None = None, on_read: Callable[[Path, str], None] | None = None,
                 writing: Callable[[int], ContextManager] | None = None) -> ImportSummary:
    """Import files of events (flat CSV/XLSX/JSON, TimelineJS, GDELT, ACLED) in one transaction, the history naming
    `user`; InputError with every problem (file, row, column), and nothing stored, when one is an error.

    `writing(n)` is entered while the n events are written (the command line's spinner)."""
    tables, problems, known = t.read_files(paths, fmt, options, progress=progress, on_read=on_read, labels=labels)
    if any(p.severity == "error" for p in problems):
        raise InputError(problems)
    with (writing(len(tables.events)) if writing else nullcontext()):
        summary = t.save(tables, known, user=user)
    return ImportSummary(summary.events, summary.new, summary.sources, tuple(problems), summary.unchanged,
                         tuple(str(e) for e in tables.events["event_id"].dropna()), imported_view(tables.events))


def imported_view(events: pd.DataFrame) -> EventFilter:
    """The timeline's filter that shows `events`, those an import gives the store (their review states as stored,
    an option's state applied): their review states and the days they span. A shareable URL (`to_query_string`), read by the timeline, the downloads and the briefs
    alike; the default view hides candidates."""
    if events.empty:
        return EventFilter()
    held = set(events["review_state"].dropna().astype(str))
    starts = pd.to_datetime(events["start_date"])
    ends = pd.to_datetime(events["end_date"]).fillna(starts)
    return EventFilter(states=tuple(s for s in REVIEW_STATES if s in held) or DEFAULT_STATES,
                       date_from=starts.min().date(), date_to=max(ends.max(), starts.max()).date())


__all__ = ["ImportCheck", "ImportSummary", "check_files", "import_check", "import_files", "imported_view",
           "said_changes"]
