"""Recording history in SQL: the part of `SQLStore` that reads records and writes `changes` rows.

Everything here runs inside the caller's transaction (nothing commits), reads and writes in
batches (IN lists of CHUNK ids, executemany), so a 100,000-event import stays a bulk write.
"""
from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import Any, Callable, Iterable

import numpy as np
import pandas as pd

from tracker.models import Tables
from tracker.store.history import (
    CHILDREN, EVENT_COLUMNS, Change, change_from_row, content, dumps, make_records, now_utc, stamp,
)

CHUNK = 500
CHANGE_SELECT = "SELECT id, event_id, version, action, user_name, changed_at, before, after FROM changes"
BASELINE_USER = "(before history)"


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class HistoryRecorder:
    """Mixed into SQLStore: needs `conn`, `placeholder` and `user`."""

    placeholder: str
    conn: Any
    user: str
    #: True where REAL columns keep 4 bytes (PostgreSQL): records made from written rows round to that.
    float32_reals = False
    #: The column that orders rows as a whole-table read returns them (SQLite's rowid, PostgreSQL's ctid).
    row_order = "rowid"

    def order_of(self, table: str) -> str:
        """What orders the rows of `table` as they were written (an event's sources, actors, ... in their order)."""
        return self.row_order

    def _marks(self, n: int) -> str:
        return ", ".join([self.placeholder] * n)

    def _existing_ids(self, cursor: Any, ids: list[str]) -> list[str]:
        """Which of `ids` are stored events."""
        found: list[str] = []
        for chunk in _chunks(ids):
            cursor.execute(f"SELECT event_id FROM events WHERE event_id IN ({self._marks(len(chunk))})", chunk)
            found += [str(r[0]) for r in cursor.fetchall()]
        return found

    def _read_records(self, cursor: Any, ids: Iterable[str]) -> dict[str, dict]:
        """The stored records of these events (missing ones left out), read in batches."""
        records: dict[str, dict] = {}
        for chunk in _chunks(list(ids)):
            marks = self._marks(len(chunk))
            cursor.execute(f"SELECT {', '.join(EVENT_COLUMNS)}, version FROM events WHERE event_id IN ({marks})", chunk)
            event_rows = cursor.fetchall()
            children = {}
            for key, (table, event_key, columns) in CHILDREN.items():
                cursor.execute(f"SELECT {event_key}, {', '.join(columns)} FROM {table} WHERE {event_key} IN ({marks}) "
                               f"ORDER BY {self.order_of(table)}", chunk)
                children[key] = cursor.fetchall()
            records.update(make_records(event_rows, children))
        return records

    def _last_versions(self, cursor: Any, ids: list[str]) -> dict[str, int]:
        """The version of the latest recorded change of each of these events that has one."""
        out: dict[str, int] = {}
        for chunk in _chunks(ids):
            cursor.execute(f"SELECT event_id, MAX(version) FROM changes WHERE event_id IN ({self._marks(len(chunk))}) "
                           "GROUP BY event_id", chunk)
            out.update({str(e): int(v) for e, v in cursor.fetchall()})
        return out

    def _insert_changes(self, cursor: Any, rows: list[tuple]) -> None:
        """Append (event_id, version, action, user, changed_at, before, after) rows."""
        if rows:
            cursor.executemany(f"INSERT INTO changes (event_id, version, action, user_name, changed_at, before, after) "
                               f"VALUES ({self._marks(7)})", rows)

    def _record_writes(self, cursor: Any, before: dict[str, dict], touched: list[str], action: str,
                       user: str | None, written: dict[str, list[tuple]] | None = None, when: str | None = None) -> list[str]:
        """After a write: compare each touched event's record with `before`, set the versions of the changed
        ones and append their changes; the ids recorded. `written`: the SQL rows the write stored by table,
        whose events' records are made from them rather than read back; `when`: the save's time stamp (one
        for all the chunks of a large save)."""
        after = records_from_rows(written, self.float32_reals) if written else {}
        after.update(self._read_records(cursor, [e for e in touched if e not in after]))
        created = [e for e in touched if e in after and e not in before]
        previous = self._last_versions(cursor, created) if created else {}
        when, who = when or stamp(now_utc()), user or self.user
        rows, bumped = [], []
        for event_id in touched:
            old, new = before.get(event_id), after.get(event_id)
            if new is None or (old is not None and content(old) == content(new)):
                continue
            version = old["version"] + 1 if old is not None else previous.get(event_id, 0) + 1
            new["version"] = version
            if version != 1:
                bumped.append((version, event_id))
            rows.append((event_id, version, action, who, when, dumps(old), dumps(new)))
        if bumped:
            cursor.executemany(f"UPDATE events SET version = {self.placeholder} WHERE event_id = {self.placeholder}", bumped)
        self._insert_changes(cursor, rows)
        return [r[0] for r in rows]

    def _record_deletes(self, cursor: Any, before: dict[str, dict], action: str, user: str | None) -> None:
        """Append a deletion (after = NULL) for each of these records."""
        when, who = stamp(now_utc()), user or self.user
        self._insert_changes(cursor, [(event_id, record["version"] + 1, action, who, when, dumps(record), None)
                                      for event_id, record in before.items()])

    def _lock_version(self, cursor: Any, event_id: str, expected: int) -> bool:
        """Take the event's row for this transaction if its version is `expected` (False: it is not)."""
        p = self.placeholder
        cursor.execute(f"UPDATE events SET version = version WHERE event_id = {p} AND version = {p}", (event_id, expected))
        return cursor.rowcount == 1

    def _last_change(self, cursor: Any, event_id: str) -> Change | None:
        cursor.execute(f"{CHANGE_SELECT} WHERE event_id = {self.placeholder} ORDER BY id DESC LIMIT 1", (event_id,))
        row = cursor.fetchone()
        return None if row is None else change_from_row(row)

    def record_baseline(self, cursor: Any) -> None:
        """One change per stored event (migration 0006): history and "as of" then work for events stored before.

        Its time is the event's created_at when that is earlier than now (what is known of when it came).
        """
        cursor.execute("SELECT event_id FROM events")
        ids = [str(r[0]) for r in cursor.fetchall()]
        now = now_utc()
        for chunk in _chunks(ids, 5000):
            records = self._read_records(cursor, chunk)
            rows = []
            for event_id, record in records.items():
                created = pd.Timestamp(record["event"].get("created_at") or now)
                created = created.tz_localize("UTC") if created.tzinfo is None else created.tz_convert("UTC")
                rows.append((event_id, record["version"], "baseline", BASELINE_USER,
                             stamp(min(created.to_pydatetime(), now)), None, dumps(record)))
            self._insert_changes(cursor, rows)


def touched_ids(tables: Tables) -> list[str]:
    """Every event a save of `tables` writes: its events and the events of its child rows, in order."""
    columns = [frame[key].dropna().astype(str).to_numpy(dtype=object)
               for frame, key in ((tables.events, "event_id"), (tables.event_actors, "event_id"),
                                  (tables.sources, "event_id"), (tables.quotes, "event_id"),
                                  (tables.event_links, "from_event_id")) if not frame.empty]
    return list(pd.unique(np.concatenate(columns))) if columns else []


def without_events(tables: Tables, ids: set[str]) -> Tables:
    """`tables` without these events and their child rows (a re-imported event that has not changed)."""
    if not ids:
        return tables
    keep = {"events": ~tables.events["event_id"].isin(ids)}
    for key, (table, event_key, _) in CHILDREN.items():
        keep[table] = ~getattr(tables, table)[event_key].isin(ids)
    return tables.replace(**{table: getattr(tables, table)[mask] for table, mask in keep.items()})


def as_of_sql(placeholder: str) -> str:
    """The latest change of each event up to an instant, whose `after` is the event as known then."""
    return (f"SELECT c.after FROM changes c JOIN (SELECT event_id, MAX(id) AS id FROM changes "
            f"WHERE changed_at <= {placeholder} GROUP BY event_id) m ON c.id = m.id WHERE c.after IS NOT NULL")


def since_sql(placeholder: str) -> str:
    """The changes after an instant, oldest first."""
    return f"{CHANGE_SELECT} WHERE changed_at > {placeholder} ORDER BY id"


def instant(value: dt.datetime) -> str:
    """The text an instant is compared as in SQL."""
    return stamp(value)


def records_from_rows(rows: dict[str, list[tuple]], float32_reals: bool = False) -> dict[str, dict]:
    """Records from the SQL rows a save writes (tuples in schema column order, by table): what the save
    stores for the events of `rows["events"]`. `float32_reals`: the engine keeps REAL as 4 bytes (PostgreSQL),
    so a record holds the value it reads back."""
    from tracker.models import SCHEMAS

    def picked(table: str, key: str, columns: tuple[str, ...]) -> list[tuple]:
        order = list(SCHEMAS[table])
        pick = itemgetter(*[order.index(c) for c in (key, *columns)])
        return [pick(row) for row in rows.get(table, ())]

    events = picked("events", "event_id", EVENT_COLUMNS)
    if float32_reals:
        at = EVENT_COLUMNS.index("confidence") + 1
        # what PostgreSQL sends back for a REAL is its shortest text (0.9 for 0.9f), which is what psycopg reads:
        # the 4-byte value's exact double (0.8999999761581421) made every edit show "confidence: 0.9 -> 0.89999..."
        events = [row[:at] + (None if row[at] is None else float(str(np.float32(row[at]))),) + row[at + 1:]
                  for row in events]
    return make_records([(*row[1:], 0) for row in events],
                        {key: picked(table, event_key, columns) for key, (table, event_key, columns) in CHILDREN.items()})


def record_tables(tables: Tables) -> Tables:
    """The tables `candidate_records` reads, coerced once for all its chunks."""
    from tracker.frames import coerce

    return Tables(**{table: coerce(table, getattr(tables, table))
                     for table in ("events", *(t for t, _, _ in CHILDREN.values()))})


def candidate_records(tables: Tables, ids: set[str], frame_row_batches: Callable, float32_reals: bool = False) -> dict[str, dict]:
    """The records a save of `tables` (`record_tables`: coerced) would store for these events (their rows in
    `tables`, as SQL values by `frame_row_batches`), to tell an unchanged re-imported event before writing it.
    The rows are taken from the coerced frames as they are: coercing each chunk's part again made its categories
    anew (a part uses only some), most of the time of re-importing an unchanged file."""
    rows = {}
    for table, key in (("events", "event_id"), *((t, k) for t, k, _ in CHILDREN.values())):
        frame = getattr(tables, table)
        rows[table] = [row for batch in frame_row_batches(table, frame[frame[key].isin(ids)]) for row in batch]
    return records_from_rows(rows, float32_reals)
