"""Our own flat format (CSV, XLSX) and JSON export: `tracker.importer.parse_events_file` in the registry."""
from __future__ import annotations

from pathlib import Path

from tracker.flat import FLAT_COLUMNS, REQUIRED_COLUMNS
from tracker.importer import parse_events_file
from tracker.importers.base import Head, ImportOptions, Progress
from tracker.models import Tables
from tracker.problems import Problem


class Flat:
    """The flat-format importer."""

    name = "flat"
    label = "the tracker's flat format"

    def recognise(self, head: Head) -> str | None:
        """Why `head` is our flat format or JSON export (or None)."""
        if head.json:
            return "the tracker's JSON export" if '"event_id"' in head.first_line else None
        names = set(head.header)
        if set(REQUIRED_COLUMNS) <= names:
            return f"the tracker's flat header ({len(names & set(FLAT_COLUMNS))} of its {len(FLAT_COLUMNS)} columns)"
        return None

    def read(self, path: Path, known: Tables, label: str, options: ImportOptions,
             progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
        """Parse as `tracker import` always has; `--state` overrides the file's review states, except that it never
        takes a stored event's confirmation away (a review decision is not undone by an import option)."""
        tables, problems = parse_events_file(path, known, label, progress, options.sheet)
        if options.state is not None and not tables.events.empty:
            events = tables.events.copy()
            stored = dict(zip(known.events["event_id"], known.events["review_state"].astype(str)))
            confirmed = events["event_id"].map(stored).eq("confirmed").to_numpy() if options.state != "confirmed" \
                else None
            if confirmed is not None and confirmed.any():
                kept = events.loc[confirmed, "event_id"].tolist()
                problems.append(Problem(label, None, "review_state", f"{len(kept)} event(s) confirmed in the store keep "
                                        f"their state (--state {options.state} sets the others): {', '.join(kept[:5])}"
                                        + (f" and {len(kept) - 5} more" if len(kept) > 5 else ""), "warning"))
                events.loc[~confirmed, "review_state"] = options.state
            else:
                events.loc[:, "review_state"] = options.state
            tables = tables.replace(events=events)
        return tables, problems
