"""Why a store cannot be opened, and the check that a database holds a whole tracker store."""
from __future__ import annotations

import re
from typing import Iterable

from tracker.models import SCHEMAS
from tracker.store.migrations import MENDS_VALUES_ONLY, MIGRATIONS

_CREATE_TABLE = re.compile(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", re.I)


class StoreError(Exception):
    """A store that cannot be opened or written; the message is the reason, for "cannot open store X: reason"."""


class EmptyStore(StoreError):
    """A database that holds nothing yet (opened read-only, so no store was made in it)."""


def required_tables(applied: Iterable[str]) -> tuple[str, ...]:
    """The tables a store holds once these migrations are applied (the `migrations` table too)."""
    done = set(applied)
    created = [name for migration, statements in MIGRATIONS if migration in done
               for statement in statements if isinstance(statement, str)  # a step may be a function
               for name in _CREATE_TABLE.findall(statement)]
    return ("migrations", *created)


def check_tables(present: Iterable[str], applied: Iterable[str] | None, read_only: bool = False) -> None:
    """Raise StoreError when a store lacks a table its migrations made, or (read-only) needs a migration.

    `applied`: the names in its `migrations` table (None: it has none).
    """
    present = set(present)
    damaged = "the store is damaged or was made by another program " \
              "(restore it from a backup, or start a new store with `tracker init --db NEW`)"
    if applied is None:
        if not present & {"migrations", *SCHEMAS}:
            raise EmptyStore("an empty database, not a tracker store (create one with `tracker init --db PATH`)")
        raise StoreError(f"table migrations missing: {damaged}")
    applied = list(applied)
    missing = [t for t in required_tables(applied) if t not in present]
    if missing:
        raise StoreError(f"table {', '.join(missing)} missing: {damaged}")
    pending = [name for name, _ in MIGRATIONS if name not in set(applied) and name not in MENDS_VALUES_ONLY]
    if read_only and pending:
        raise StoreError(f"the store needs upgrading ({', '.join(pending)}) but is read-only: "
                         "open it once where it can be written")


def check_foreign(present: Iterable[str]) -> None:
    """Raise StoreError for a database that holds tables but none of the tracker's: another program's data."""
    present = sorted(set(present))
    if present and "migrations" not in present:
        shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
        raise StoreError(f"not a tracker store: it holds another program's tables ({shown}); "
                         "nothing was changed: use a new file for the tracker")
