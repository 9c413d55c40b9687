"""The edit and history API of the SQL stores: records, edits with optimistic concurrency, undo, "as of".

Names used by the dashboard's editor (keep them stable): `event_record`, `edit_event`, `create_event`, `check_event`,
`delete_event`, `undo`, `history`, `changes_since`, `load(as_of=...)` (`load_as_of`). Values are the flat
format's cells, as `tracker import` reads them (see `tracker.edits`); every write is one transaction
that records its change (`tracker.store.history.Change`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Iterable, Mapping

import pandas as pd

from tracker.edits import edited, edited_row_values, new_event_id
from tracker.event_ids import case_clash
from tracker.models import Tables
from tracker.problems import Problem
from tracker.store.history import (
    Change, EditConflict, EditRefused, UndoConflict, as_instant, change_from_row, changes_frame, loads, now_utc,
    records_to_tables, stamp,
)
from tracker.store.recording import CHANGE_SELECT, HistoryRecorder, as_of_sql, since_sql


class VersionedStore(HistoryRecorder):
    """Mixed into SQLStore (which supplies `_write`, `_delete`, `_read`)."""

    # --- reading history ------------------------------------------------------------------
    def event_record(self, event_id: str) -> dict | None:
        """The stored record of an event (row, actors with roles, sources, quotes, links, "version"); None if absent."""
        cursor = self.conn.cursor()
        record = self._read_records(cursor, [event_id]).get(event_id)
        self.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other writers
        return record

    def history(self, event_id: str) -> list[Change]:
        """Every recorded change of an event, oldest first (empty when it has none)."""
        cursor = self.conn.cursor()
        cursor.execute(f"{CHANGE_SELECT} WHERE event_id = {self.placeholder} ORDER BY id", (event_id,))
        rows = cursor.fetchall()
        self.conn.commit()
        return [change_from_row(row) for row in rows]

    def changes_since(self, since: dt.datetime | dt.date | str) -> pd.DataFrame:
        """The changes recorded after `since` (a naive value is UTC; a day means its start), oldest first:
        change_id, event_id, version, action, user, changed_at, kind (created/edited/deleted), title, fields."""
        return changes_frame(self.changes_after(since))

    def changes_after(self, since: dt.datetime | dt.date | str) -> list[Change]:
        """`changes_since` as Change objects (with their before and after records)."""
        cursor = self.conn.cursor()
        cursor.execute(since_sql(self.placeholder), (stamp(as_instant(since, day_end=False)),))
        rows = cursor.fetchall()
        self.conn.commit()
        return [change_from_row(row) for row in rows]

    def load_as_of(self, as_of: dt.datetime | dt.date | str) -> Tables:
        """The chronology exactly as known at `as_of`: each event as its last change up to then left it
        (deleted ones left out). Actors, processes and venues are today's (they keep no history)."""
        cursor = self.conn.cursor()
        cursor.execute(as_of_sql(self.placeholder), (stamp(as_instant(as_of)),))
        records = [loads(row[0]) for row in cursor.fetchall()]
        self.conn.commit()
        events = records_to_tables(records)
        return events.replace(**{table: self._read(table) for table in ("actors", "processes", "venues")})

    # --- writing -----------------------------------------------------------------------------
    def edit_event(self, event_id: str, values: dict[str, str], *, expected_version: int | None,
                   user: str | None = None, action: str = "edit") -> Change:
        """Change fields of an event: `values` are flat-format cells by column (title, event_type, start_date,
        end_date, date_precision, status, process, round_number, venue, venue_country, summary, tags,
        review_state, actors, sources, quotes, links, evidence, confidence), checked as an import checks them.

        Raises EditRefused (naming each bad field), KeyError (no such event) or EditConflict when the
        stored version is not `expected_version` (None: whatever is stored now); a refused edit writes
        nothing. Returns the recorded change (when nothing changed: the change that made the stored version).
        """
        current = self._expected(event_id, expected_version)
        changes, warnings = edited(self._reference(), records_to_tables([current]), values, exists=self.existing)
        return self._commit(event_id, current["version"], lambda cursor: self._write(cursor, changes, user, action),
                            warnings)

    def edit_fields(self, event_id: str, values: dict[str, str], *, expected_version: int | None,
                    user: str | None = None, action: str = "edit") -> Change | None:
        """Change the event's own cells alone (`tracker.edits.OWN_CELLS`: no actors, sources, quotes, links or
        process), as the review form's Save does: the edited cells checked as an import checks them, problems of
        the cells not edited let through (`edited_row_values`), and only the event's row written, in one transaction
        that records the change. A Save that rewrote the whole event (its rows in four tables, through frames)
        cost some 50 ms of CPU, the most of any request at 50 analysts; this is a few SQL statements.

        Returns the recorded change, or None when the values change nothing (nothing is written). Raises
        EditRefused (naming each bad field), KeyError (no such event) or EditConflict (not at `expected_version`;
        None: whatever is stored now), as `edit_event` does.
        """
        cursor, p = self.conn.cursor(), self.placeholder
        try:
            self._begin_write(cursor, stored_events=[event_id])
            self._check_versions(cursor, {} if expected_version is None else {event_id: expected_version})
            before = self._read_records(cursor, [event_id]).get(event_id)
            if before is None:
                raise KeyError(f"no event with id {event_id!r}")
            changed = edited_row_values(before["event"], values, event_id)
            if not changed:
                self.conn.rollback()
                return None
            cursor.execute(f"UPDATE events SET {', '.join(f'{column} = {p}' for column in changed)} WHERE event_id = {p}",
                           [*changed.values(), event_id])
            self._record_writes(cursor, {event_id: before}, [event_id], action, user)
            self._index_text(cursor, [event_id])
            change = self._last_change(cursor, event_id)
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        return change

    def create_event(self, values: dict[str, str], *, user: str | None = None,
                     texts: Mapping[int, str] | None = None) -> Change:
        """Add an event from flat-format cells (`event_id` optional: made from the title and start date);
        EditRefused names each bad field, or a taken id. `texts`: {number of a source in the sources cell (1-based):
        the text of the article it cites}, kept with that source in the same transaction, as an ingest keeps a
        candidate's article (an event added from an article on the review page, `tracker review add`)."""
        values = dict(values)
        event_id = str(values.pop("event_id", "") or "").strip() or new_event_id(values, self.existing)
        if self.existing([event_id]):
            raise EditRefused([Problem("new event", None, "event_id", f"{event_id!r} is taken by a stored event")])
        if (twin := self._case_twin(event_id)) is not None:  # ids are compared without case (`tracker.event_ids`)
            raise EditRefused([Problem("new event", None, "event_id", case_clash(event_id, twin, "stored event"))])
        changes, warnings = edited(self._reference(), Tables(), values, exists=self.existing, event_id=event_id)
        ids = list(changes.sources["source_id"].astype(str))
        kept = {ids[n - 1]: text for n, text in (texts or {}).items() if 1 <= n <= len(ids) and text}

        def write(cursor) -> None:
            self._write(cursor, changes, user, "create")
            self._write_texts(cursor, kept)

        return self._commit(event_id, None, write, warnings)

    def check_event(self, values: dict[str, str], event_id: str | None = None, *,
                    only_edited: bool = False) -> list[Problem]:
        """The problems `create_event` (no `event_id`) or `edit_event` would refuse `values` for, found by the same
        row check and written nowhere: how a form that has problems of its own names the store's too in one answer.
        `only_edited`: problems of cells `values` does not set are let through (`edited`). A stored event that is
        gone is no problem here (the write says so)."""
        values = {name: value for name, value in values.items() if name != "event_id"}
        if event_id is None:
            current, event_id = Tables(), "new-event"
        else:
            record = self.event_record(event_id)
            if record is None:
                return []
            current = records_to_tables([record])
        try:
            edited(self._reference(), current, values, exists=self.existing, event_id=event_id, only_edited=only_edited)
        except EditRefused as exc:
            return list(exc.problems)
        return []

    def _expected(self, event_id: str, expected_version: int | None) -> dict:
        """The stored record of an event; KeyError when there is none, EditConflict when its version is not
        `expected_version` (None: any)."""
        current = self.event_record(event_id)
        if current is None:
            if expected_version is not None:
                raise self._conflict(event_id, expected_version)
            raise KeyError(f"no event with id {event_id!r}")
        if expected_version is not None and current["version"] != expected_version:
            raise self._conflict(event_id, expected_version)
        return current

    def delete_event(self, event_id: str, *, expected_version: int | None, user: str | None = None) -> Change:
        """Delete an event (recorded; `undo` brings it back). KeyError if absent, EditConflict if its version moved on."""
        current = self._expected(event_id, expected_version)
        return self._commit(event_id, current["version"], lambda cursor: self._delete(cursor, [event_id], user, "delete"))

    def undo(self, event_id: str, *, user: str | None = None, expected_version: int | None = None) -> Change:
        """Revert the event's last change, itself recorded as "undo": a deletion is undone (the event comes
        back, and the links other events had to it), an edit gives the version before it, a creation is deleted. Undoing twice redoes.

        `expected_version` is the version the change to undo made (`tracker history`'s vN, what the page showed as
        last): if another change came since (two people pressing Undo, the second would undo the first's undo),
        UndoConflict and nothing is written."""
        cursor = self.conn.cursor()
        last = self._last_change(cursor, event_id)
        self.conn.commit()
        if last is None:
            raise KeyError(f"event {event_id!r} has no recorded change to undo")
        current = self.event_record(event_id)
        version = None if current is None else current["version"]

        def still_last(cursor) -> None:  # under the write lock: the check and the write are one
            now = self._last_change(cursor, event_id)
            wanted = last.version if expected_version is None else expected_version  # else: moved on since the read
            if now is None or now.version != wanted:
                raise UndoConflict(event_id, wanted, self._read_records(cursor, [event_id]).get(event_id), now)

        if last.before is None:
            return self._commit(event_id, version, lambda c: (still_last(c), self._delete(c, [event_id], user, "undo")))
        records = [last.before]
        if last.after is None:  # a deletion: the links other events had to it come back with it
            records += self._links_cut_by(last)
        restored = records_to_tables(records)
        # the values come back, the time of the change does not: an undo is a change now, which `brief --since`
        # and the calendar's DTSTAMP must see (the old updated_at hid it from them)
        events = restored.events.copy()
        events["updated_at"] = pd.Timestamp(now_utc()).tz_convert(None).floor("s")
        restored = restored.replace(events=events)
        return self._commit(event_id, version, lambda c: (still_last(c), self._write(c, restored, user, "undo")))

    def existing(self, ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored events."""
        cursor = self.conn.cursor()
        found = set(self._existing_ids(cursor, list(dict.fromkeys(ids))))
        self.conn.commit()
        return found

    # --- helpers ---------------------------------------------------------------------------------
    def _links_cut_by(self, deletion: Change) -> list[dict]:
        """The records of the events that lost their links to a deleted event with its deletion, as they are now
        with those links put back; events deleted since, or that have such a link again, are left out.

        The deletion recorded their changes in its own transaction, right after its own: same action and user,
        later ids, within the minute."""
        deleted, p = deletion.event_id, self.placeholder
        until = stamp(deletion.changed_at + dt.timedelta(minutes=1))
        cursor = self.conn.cursor()
        cursor.execute(f"{CHANGE_SELECT} WHERE id > {p} AND action = {p} AND user_name = {p} AND event_id <> {p} "
                       f"AND changed_at <= {p} AND after IS NOT NULL ORDER BY id",
                       (deletion.change_id, deletion.action, deletion.user, deleted, until))
        cut: dict[str, list] = {}
        for change in map(change_from_row, cursor.fetchall()):
            lost = [link for link in change.before.get("links", []) if link[0] == deleted]
            if lost and not any(link[0] == deleted for link in change.after.get("links", [])):
                cut.setdefault(change.event_id, lost)
        self.conn.commit()
        records = []
        for event_id, lost in cut.items():
            current = self.event_record(event_id)
            if current is None or any(link[0] == deleted for link in current["links"]):
                continue
            records.append({**current, "links": sorted(current["links"] + lost, key=lambda link: ["" if v is None else str(v) for v in link])})
        return records

    def _case_twin(self, event_id: str) -> str | None:
        """The stored event whose id differs from `event_id` only in case, if any (ids are ASCII: LOWER is casefold)."""
        cursor = self.conn.cursor()
        cursor.execute(f"SELECT event_id FROM events WHERE LOWER(event_id) = {self.placeholder} AND event_id <> "
                       f"{self.placeholder} LIMIT 1", (event_id.lower(), event_id))
        row = cursor.fetchone()
        self.conn.commit()
        return None if row is None else str(row[0])

    def reference(self) -> Tables:
        """The stored actors, processes and venues: what names in an edit, or in an article, are read against."""
        return self._reference()

    def _reference(self) -> Tables:
        return Tables(actors=self._read("actors"), processes=self._read("processes"), venues=self._read("venues"))

    def _conflict(self, event_id: str, expected: int | None) -> EditConflict:
        cursor = self.conn.cursor()
        change = self._last_change(cursor, event_id)
        self.conn.commit()
        return EditConflict(event_id, expected, self.event_record(event_id), change)

    def _check_versions(self, cursor: Any, expected: Mapping[str, int]) -> None:
        """Inside a write, after its lock: EditConflict (and the transaction rolled back) unless each event is still
        at its expected version; the rows stay locked until the commit, so the check and the write are one."""
        for event_id, version in sorted(expected.items()):
            if not self._lock_version(cursor, event_id, int(version)):
                self.conn.rollback()
                raise self._conflict(event_id, int(version))

    def _commit(self, event_id: str, version: int | None, write: Any, warnings: list[Problem] = ()) -> Change:
        """Run `write` in one transaction if the event is still at `version` (None: absent); its change."""
        cursor = self.conn.cursor()
        try:
            self._begin_write(cursor)
            self._check_versions(cursor, {} if version is None else {event_id: version})
            write(cursor)
            change = self._last_change(cursor, event_id)
            self.conn.commit()
        except Exception:
            self.conn.rollback()
            raise
        if change is None:
            raise KeyError(f"event {event_id!r} has no recorded change")
        return dataclasses.replace(change, warnings=tuple(str(w) for w in warnings),
                                   recorded=version is None or change.version != version)


__all__ = ["VersionedStore"]
