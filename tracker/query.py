"""Selecting events from a store with a filter: the one path every command and view uses."""
from __future__ import annotations

import pandas as pd

from tracker.filters import EventFilter, apply_filter
from tracker.models import Tables
from tracker.store import Store


def select_events(tables: Tables, f: EventFilter, store: Store | None = None) -> pd.DataFrame:
    """The events of `tables` matching `f`; the text part comes from the store's index when there is one."""
    text_ids = store.search_text(f.text) if (store is not None and f.text) else None
    return apply_filter(tables, f, text_ids)
