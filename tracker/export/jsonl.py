"""JSON Lines export: one event a line, nested as in the JSON export (for jq, pandas.read_json(lines=True), streaming)."""
from __future__ import annotations

import json

import pandas as pd

from tracker.export.json_format import events_as_records
from tracker.models import Tables


def to_jsonl_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """Each event with its actors, sources (with quotes) and links as one compact JSON object per line, UTF-8."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in events_as_records(tables, events)).encode("utf-8")
