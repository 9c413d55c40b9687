"""Stores: where a chronology lives. `open_store` picks one from a path or URL."""
from __future__ import annotations

import os
import re
from pathlib import Path

from tracker.store.base import SaveSummary, Store
from tracker.store.errors import StoreError

#: Where the working database lives unless --db or TRACKER_DB says otherwise (git-ignored).
DEFAULT_DB = Path(__file__).resolve().parents[2] / "var" / "tracker.db"


def default_location() -> str:
    """TRACKER_DB if set, else the git-ignored var/tracker.db of the checkout."""
    return os.environ.get("TRACKER_DB") or str(DEFAULT_DB)


def redact(location: str) -> str:
    """A store location fit to print: a URL's password as ***."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", str(location))


def store_failure(exc: BaseException) -> str | None:
    """The reason to print for a database driver's error (a damaged or locked store), else None."""
    import sqlite3

    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        from tracker.store.sqlite import _reason

        return _reason(exc)
    if type(exc).__module__.startswith("psycopg"):
        return redact(str(exc)).strip()
    return None


def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at a SQLite path or a postgresql:// URL.

    `read_only`: never create, migrate or write anything (a SQLite file that cannot be
    written is opened so anyway). Raises StoreError with the reason when it cannot be opened:
    a damaged or locked file, a missing table, another program's database.
    """
    location = str(location or default_location())
    if location.startswith(("postgresql://", "postgres://")):
        from tracker.store.postgres import PostgresStore

        return PostgresStore(location, read_only=read_only)
    from tracker.store.sqlite import SQLiteStore

    return SQLiteStore(location, read_only=read_only)


__all__ = ["DEFAULT_DB", "SaveSummary", "Store", "StoreError", "default_location", "open_store", "redact", "store_failure"]
