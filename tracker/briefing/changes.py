"""What changed since a date, for a brief: one line per event created, edited or deleted (net over the period)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from tracker.instants import format_instant

#: the net kinds, in the order a brief lists them
KINDS = ("created", "edited", "deleted")


@dataclass(frozen=True)
class ChangeLine:
    """One event's net change over the period: created, edited or deleted, its title, the last time and who."""

    kind: str
    event_id: str
    title: str
    when: dt.datetime
    users: str  # who changed it, comma-separated
    fields: str  # what was edited, comma-separated ('' for created and deleted)

    @property
    def text(self) -> str:
        """'Edited: Round 20 (astana-20): title, round_number (4 Dec 2026 14:05 UTC, alice)'."""
        fields = f": {self.fields}" if self.kind == "edited" and self.fields else ""
        return f"{self.kind.capitalize()}: {self.title} ({self.event_id}){fields} ({format_instant(self.when)}, {self.users})"


def change_lines(changes: pd.DataFrame, event_ids: set[str] | None = None,
                 net: dict[str, list[str]] | None = None) -> tuple[ChangeLine, ...]:
    """Net changes per event from a `changes_since` frame (oldest first), created first, then edited, then
    deleted; `event_ids` limits them to these events. An event created and deleted in the period is left out;
    with `net` (event id -> the fields that differ between its record before the period and after it), so is one
    whose changes cancel out (an edit undone, a deletion undone), and an edited event lists the net fields."""
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
            if not fields:
                continue
        users = ", ".join(dict.fromkeys(str(u) for u in rows["user"]))
        lines.append(ChangeLine(kind, str(event_id), str(last["title"]), pd.Timestamp(last["changed_at"]).to_pydatetime(),
                                users, ", ".join(fields)))
    return tuple(sorted(lines, key=lambda line: (KINDS.index(line.kind), line.when, line.event_id)))


__all__ = ["ChangeLine", "change_lines"]
