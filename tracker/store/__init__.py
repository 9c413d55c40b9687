"""Stores: where a chronology lives. `open_store` picks one from a path or URL."""
from __future__ import annotations

import os
from pathlib import Path

from tracker.store.base import SaveSummary, Store

#: Where the working database lives unless --db or TRACKER_DB says otherwise (git-ignored).
DEFAULT_DB = Path(__file__).resolve().parents[2] / "var" / "tracker.db"


def default_location() -> str:
    """TRACKER_DB if set, else the git-ignored var/tracker.db of the checkout."""
    return os.environ.get("TRACKER_DB") or str(DEFAULT_DB)


def open_store(location: str | os.PathLike | None = None) -> Store:
    """Open (creating and migrating if needed) the store at a SQLite path or a postgresql:// URL."""
    location = str(location or default_location())
    if location.startswith(("postgresql://", "postgres://")):
        from tracker.store.postgres import PostgresStore

        return PostgresStore(location)
    from tracker.store.sqlite import SQLiteStore

    return SQLiteStore(location)


__all__ = ["DEFAULT_DB", "SaveSummary", "Store", "default_location", "open_store"]
