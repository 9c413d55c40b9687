"""Shared by the format tests: the fixture folder and a fingerprint of a whole store."""
from __future__ import annotations

import hashlib
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
TIMELINEJS_CSV = FIXTURES / "timelinejs.csv"
GDELT_V1 = FIXTURES / "20230621.export.CSV"
GDELT_V2 = FIXTURES / "20230621120000.export.CSV"
ACLED_2020 = FIXTURES / "acled_2020.csv"
ACLED_NOW = FIXTURES / "acled_current.csv"


def store_fingerprint(store) -> str:
    """A hash of everything in the store, so 'unchanged' means unchanged."""
    tables = store.load()
    digest = hashlib.sha256()
    for name, frame in tables.items():
        digest.update(name.encode())
        digest.update(frame.sort_values(list(frame.columns)).to_csv(index=False).encode())
    return digest.hexdigest()


def event(tables, event_id: str) -> dict:
    """One event of `tables` as a dict."""
    rows = tables.events[tables.events["event_id"] == event_id].to_dict("records")
    assert len(rows) == 1, (event_id, list(tables.events["event_id"]))
    return rows[0]
