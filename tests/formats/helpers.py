"""Shared by the format tests: the fixture folder and a fingerprint of a whole store."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"
TIMELINEJS_CSV = FIXTURES / "timelinejs.csv"
GDELT_V1 = FIXTURES / "20230621.export.CSV"
GDELT_V2 = FIXTURES / "20230621120000.export.CSV"
ACLED_2020 = FIXTURES / "acled_2020.csv"
ACLED_NOW = FIXTURES / "acled_current.csv"


def event(tables, event_id: str) -> dict:
    """One event of `tables` as a dict."""
    rows = tables.events[tables.events["event_id"] == event_id].to_dict("records")
    assert len(rows) == 1, (event_id, list(tables.events["event_id"]))
    return rows[0]
