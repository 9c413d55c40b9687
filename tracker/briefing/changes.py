"""What changed since a date, for a brief: one line per event created, edited or deleted (net over the period), and
per event changed and changed back (a deletion or an edit undone), which the brief leaves unmarked."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from tracker.dates import DateParseError, parse_date_span
from tracker.instants import as_instant, format_instant

#: the net kinds, in the order a brief lists them; "changed back": changes that cancel out (deleted and restored,
#: edited and undone), listed so that every event the brief marks CHANGED is in the section, saying what was done
KINDS = ("created", "edited", "deleted", "changed back")
#: a recorded action as the "changed back" line says it (others as they are recorded: "review accept", ...)
_DONE = {"create": "created", "edit": "edited", "delete": "deleted", "import": "imported", "ingest": "ingested"}


@dataclass(frozen=True)
class ChangeLine:
    """One event's net change over the period: created, edited or deleted, its title, when and who (a creation: its
    own time and author; else the last change's time and everyone who changed it)."""

    kind: str
    event_id: str
    title: str
    when: dt.datetime
    users: str  # who changed it, comma-separated
    fields: str  # what was edited, comma-separated ('' for created and deleted); for changed back, what was done

    @property
    def text(self) -> str:
        """'Edited: Round 20 (astana-20): title, round_number (4 Dec 2026 14:05 UTC, alice)'; 'Changed back: Round 20
        (astana-20): deleted, restored; no net change (4 Dec 2026 14:05 UTC, alice)'."""
        fields = f": {self.fields}" if self.kind == "edited" and self.fields else ""
        if self.kind == "changed back":
            fields = f": {self.fields}; no net change"
        return f"{self.kind.capitalize()}: {self.title} ({self.event_id}){fields} ({format_instant(self.when)}, {self.users})"


def _done(rows: pd.DataFrame) -> str:
    """What was done to an event, in order: 'deleted, restored, edited, undone'."""
    words = ["restored" if action == "undo" and kind == "created" else "undone" if action == "undo"
             # deleting an event rewrites the events that link to it (their links to it go)
             else "a linked event deleted" if action == "delete" and kind == "edited"
             else _DONE.get(str(action), str(action)) for action, kind in zip(rows["action"], rows["kind"])]
    return ", ".join(words)


def since_instant(text: str) -> dt.datetime:
    """A brief's `since` (NEW/CHANGED marks): a day, month or year from its start, or a date and time (UTC unless it
    says otherwise), as `tracker brief --since` and the page's `since=` read it; ValueError says why not."""
    try:
        return as_instant(text, day_end=False) if "T" in text or ":" in text else \
            as_instant(parse_date_span(text).start, day_end=False)
    except DateParseError as exc:
        raise ValueError(str(exc)) from None


def changes_instant(text: str) -> dt.datetime:
    """A brief's `changes_since` (its "What changed since" section), as `--changes-since` and `changes_since=` read
    it: a day (from its start) or a date and time; ValueError says why not."""
    return as_instant(text, day_end=False)


def changes_note(as_of: dt.datetime | None, since: dt.datetime) -> str | None:
    """The note of a brief whose changes start at or after its as-of instant ("Nothing changed." alone read as a
    finding), or None."""
    if as_of is None or since < as_of:
        return None
    return (f"the changes are counted from {since:%Y-%m-%d %H:%M} UTC, which is not before the brief's as-of instant "
            f"({as_of:%Y-%m-%d %H:%M} UTC), so none can be listed")


def change_lines(changes: pd.DataFrame, event_ids: set[str] | None = None,
                 net: dict[str, list[str]] | None = None) -> tuple[ChangeLine, ...]:
    """Net changes per event from a `changes_since` frame (oldest first), created first, then edited, then
    deleted, then changed back; `event_ids` limits them to these events. An event created and deleted in the period
    is left out; with `net` (event id -> the fields that differ between its record before the period and after it),
    one whose changes cancel out (an edit undone, a deletion undone) is "changed back", saying what was done, and
    an edited event lists the net fields."""
    lines = []
    if event_ids is not None:
        changes = changes[changes["event_id"].isin(event_ids)]
    for event_id, rows in changes.groupby("event_id", sort=False):
        first, last = rows.iloc[0], rows.iloc[-1]
        created, deleted = first["kind"] == "created", last["kind"] == "deleted"
        if created and deleted:
            continue
        kind = "created" if created else "deleted" if deleted else "edited"
        fields = sorted({f for cell in rows["fields"] for f in str(cell).split(", ") if f}) if kind == "edited" else []
        if kind == "edited" and net is not None:
            fields = list(net.get(str(event_id), fields))
            if not fields:  # its changes net to nothing (the brief marks it not): say what was done
                kind, fields = "changed back", [_done(rows)]
        # a creation is said with its own time and author, not its last edit's; the other kinds with the last change
        done = rows.iloc[:1] if kind == "created" else rows
        users = ", ".join(dict.fromkeys(str(u) for u in done["user"]))
        when = pd.Timestamp(done["changed_at"].iloc[-1]).to_pydatetime()
        lines.append(ChangeLine(kind, str(event_id), str(last["title"]), when, users, ", ".join(fields)))
    return tuple(sorted(lines, key=lambda line: (KINDS.index(line.kind), line.when, line.event_id)))


__all__ = ["ChangeLine", "change_lines", "changes_note", "changes_instant", "since_instant"]
