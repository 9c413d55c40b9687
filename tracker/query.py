"""Selecting events with a filter, the text part from a store's index: the path of `tracker.selection` for callers holding Tables.

The store is taken, not imported (any object with `search_text`), so this core module needs no store.
"""
from __future__ import annotations

from typing import Protocol

import pandas as pd

from tracker.filters import EventFilter
from tracker.models import Tables
from tracker.selection import Selection, select


class TextIndex(Protocol):
    """What a selection needs of a store: its full-text index."""

    def search_text(self, text: str) -> set[str]:
        """Event ids whose title, summary or quotes contain every word of `text`."""


def selection(tables: Tables, f: EventFilter, store: TextIndex | None = None) -> Selection:
    """The events of `tables` matching `f` with its notes; the text part comes from the store's index when there is one."""
    text_ids = store.search_text(f.text) if (store is not None and f.text) else None
    return select(tables, f, text_ids)


def select_events(tables: Tables, f: EventFilter, store: TextIndex | None = None) -> pd.DataFrame:
    """The events of `tables` matching `f` (see `selection` for the notes on unknown names)."""
    return selection(tables, f, store).events
