"""A whole store copied into an empty one: a desk's SQLite file moved to the PostgreSQL server a team shares (or
back, or to a new file), with everything the tracker keeps.

An export carries events, but not the actors, processes and venues with their aliases, the history, the review
queue, the users or the saved views: a store rebuilt from one filters differently ("Turkey" and "Astana talks" are no
longer known). The copy moves every table row for row, in one transaction of the target, keeps the history's
numbering, and builds the target's own text index.
"""
from __future__ import annotations

from typing import Any, Callable

#: The tables copied, parents before children (the foreign keys hold at every insert).
COPIED = ("processes", "actors", "venues", "events", "event_actors", "sources", "quotes", "event_links",
          "saved_views", "suggestions", "article_texts", "changes", "users", "auth_settings")
#: Made by the store itself when it is opened (the session-signing secret): the source's replaces it.
REPLACED = ("auth_settings",)
BATCH = 10_000


class CopyRefused(ValueError):
    """The target holds data already (a copy never merges), or is the source itself."""


def copy_store(source: Any, target: Any, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every table of `source` into `target`, which must hold none of their rows; rows copied per table.

    All or nothing: the target's transaction is rolled back on any error. `progress(table, rows)` hears each table.
    """
    if source.location == target.location:
        raise CopyRefused(f"{target.location} is the store being copied")
    held = _non_empty(target)
    if held:
        raise CopyRefused(f"{target.location} is not empty ({', '.join(f'{n:,} {t}' for t, n in held.items())}): "
                          "a copy goes into a new store only")
    counts: dict[str, int] = {}
    write = target.conn.cursor()
    try:
        # Every table from one state of the source, while a server beside the copy goes on writing (a backup of a
        # store in use): each table read on its own took the events of one moment and the sources of the next.
        source.begin_consistent_read()
        target._begin_write(write)
        for table in REPLACED:
            write.execute(f"DELETE FROM {table}")
        for table in COPIED:
            counts[table] = _copy_table(source, target, write, table)
            if progress is not None:
                progress(table, counts[table])
        source.conn.commit()  # ends the source's read transaction (PostgreSQL)
        write.execute("SELECT event_id FROM events")
        event_ids = [str(row[0]) for row in write.fetchall()]
        if event_ids:
            target._index_text(write, event_ids)
        target._continue_numbering(write)  # the next recorded change follows the copied ones
        target.conn.commit()
    except Exception:
        target.conn.rollback()
        raise
    return counts


def _copy_table(source: Any, target: Any, write: Any, table: str) -> int:
    read = source.conn.cursor()
    read.execute(f"SELECT * FROM {table} ORDER BY {source.order_of(table)}")
    columns = [d[0] for d in read.description]
    kept = [i for i, column in enumerate(columns) if column != "seq"]  # the target numbers rows as it writes them
    columns = [columns[i] for i in kept]
    marks = ", ".join([target.placeholder] * len(columns))
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    copied = 0
    while rows := read.fetchmany(BATCH):
        if len(kept) < len(read.description):
            rows = [tuple(row[i] for i in kept) for row in rows]
        write.executemany(insert, rows)
        copied += len(rows)
    return copied


def _non_empty(store: Any) -> dict[str, int]:
    cursor = store.conn.cursor()
    held = {}
    for table in COPIED:
        if table in REPLACED:
            continue
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        count = int(cursor.fetchone()[0])
        if count:
            held[table] = count
    store.conn.commit()
    return held
