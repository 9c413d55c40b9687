"""Selecting events from a store with a filter: the one path every command and view uses (`tracker.selection`)."""
from __future__ import annotations

import pandas as pd

from tracker.filters import EventFilter
from tracker.models import Tables
from tracker.selection import Selection, select
from tracker.store import Store


def selection(tables: Tables, f: EventFilter, store: Store | None = None) -> Selection:
    """The events of `tables` matching `f` with its notes; the text part comes from the store's index when there is one."""
    text_ids = store.search_text(f.text) if (store is not None and f.text) else None
    return select(tables, f, text_ids)


def select_events(tables: Tables, f: EventFilter, store: Store | None = None) -> pd.DataFrame:
    """The events of `tables` matching `f` (see `selection` for the notes on unknown names)."""
    return selection(tables, f, store).events
