"""Why a store cannot be opened, and the check that a database holds a whole tracker store."""
from __future__ import annotations

from typing import Iterable

from tracker.models import SCHEMAS
from tracker.store.migrations import MIGRATIONS

#: Tables every tracker store holds besides the chronology's own (see tracker.store.migrations).
OTHER_TABLES = ("migrations", "saved_views", "suggestions", "article_texts")


class StoreError(Exception):
    """A store that cannot be opened or written; the message is the reason, for "cannot open store X: reason"."""


class EmptyStore(StoreError):
    """A database that holds nothing yet (opened read-only, so no store was made in it)."""


def required_tables() -> tuple[str, ...]:
    """The tables a migrated store must hold."""
    return (*SCHEMAS, *OTHER_TABLES)


def check_tables(present: Iterable[str], applied: Iterable[str] | None) -> None:
    """Raise StoreError when a store lacks a table or (read-only) a migration; `applied` None: not checked."""
    present = set(present)
    if not present & set(required_tables()):
        raise EmptyStore("an empty database, not a tracker store (create one with `tracker init --db PATH`)")
    missing = [t for t in required_tables() if t not in present]
    if missing:
        raise StoreError(f"table {', '.join(missing)} missing: the store is damaged or was made by another program "
                         "(restore it from a backup, or start a new store with `tracker init --db NEW`)")
    if applied is not None:
        pending = [name for name, _ in MIGRATIONS if name not in set(applied)]
        if pending:
            raise StoreError(f"the store needs upgrading ({', '.join(pending)}) but is read-only: "
                             "open it once where it can be written")


def check_foreign(present: Iterable[str]) -> None:
    """Raise StoreError for a database that holds tables but none of the tracker's: another program's data."""
    present = sorted(set(present))
    if present and "migrations" not in present:
        shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
        raise StoreError(f"not a tracker store: it holds another program's tables ({shown}); "
                         "nothing was changed: use a new file for the tracker")
