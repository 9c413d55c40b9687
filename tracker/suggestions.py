"""Suggested sources: an article that matches a confirmed event, waiting for a person to accept or reject it.

An ingest never changes a confirmed event. A new article about one becomes a suggestion
("add this source to round 20 of the Astana format"): the source row and its quotes it would
add, the sentence that matched and how sure the rules were. Accepting writes exactly those
rows (`attach`); rejecting keeps the suggestion as rejected, so the same article is not
suggested again. Pure functions over DataFrames; the stores keep the rows.
"""
from __future__ import annotations

import json

import pandas as pd

from tracker.dates import format_day
from tracker.frames import coerce
from tracker.models import Tables

#: Column -> dtype of a suggestion. `suggestion_id` is the id the source gets once accepted.
SUGGESTION_COLUMNS: dict[str, str] = {
    "suggestion_id": "string",
    "event_id": "string",
    "publisher": "string",
    "title": "string",
    "url": "string",
    "published_at": "datetime64[s]",
    "quotes": "string",  # JSON: [{"quote_id", "speaker", "text"}, ...]
    "evidence": "string",
    "confidence": "Float64",
    "state": "string",  # pending or rejected
    "created_at": "datetime64[s]",
}
STATES = ("pending", "rejected")


def suggestion_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Suggestion rows as a frame with the schema's columns and dtypes (missing columns empty)."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    out = {}
    for column, dtype in SUGGESTION_COLUMNS.items():
        values = frame[column] if column in frame else pd.Series([None] * len(frame), dtype=object)
        values = values.astype(object).where(values.notna(), None)
        if dtype.startswith("datetime64"):
            out[column] = pd.to_datetime(values, format="ISO8601").astype(dtype)
        else:
            out[column] = pd.Series(values.tolist(), dtype=dtype)
    return pd.DataFrame(out).reset_index(drop=True)


def by_confidence(suggestions: pd.DataFrame) -> pd.DataFrame:
    """Suggestions with the surest first, then the oldest, then by id (the order every list shows)."""
    order = suggestions.assign(_sure=suggestions["confidence"].fillna(-1.0))
    order = order.sort_values(["_sure", "created_at", "suggestion_id"], ascending=[False, True, True], kind="stable")
    return order.drop(columns="_sure").reset_index(drop=True)


def quotes_json(quotes: list[dict]) -> str | None:
    """The quotes of a suggestion as the JSON text its row keeps."""
    return json.dumps(quotes, ensure_ascii=False) if quotes else None


def quotes_of(row: pd.Series | dict) -> list[dict]:
    """The quotes a suggestion would add: [{"quote_id", "speaker", "text"}, ...]."""
    value = row["quotes"]
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) or not str(value).strip():
        return []
    return list(json.loads(str(value)))


def attach(row: pd.Series | dict) -> Tables:
    """The rows accepting a suggestion writes: its source on the event, and the source's quotes."""
    event_id = str(row["event_id"])
    source = {"source_id": str(row["suggestion_id"]), "event_id": event_id, "publisher": _value(row["publisher"]),
              "title": _value(row["title"]), "url": _value(row["url"]), "published_at": _value(row["published_at"])}
    quotes = [{"quote_id": q["quote_id"], "event_id": event_id, "source_id": source["source_id"],
               "speaker": q.get("speaker"), "text": q["text"]} for q in quotes_of(row)]
    return Tables(sources=coerce("sources", pd.DataFrame([source])),
                  quotes=coerce("quotes", pd.DataFrame(quotes, columns=["quote_id", "event_id", "source_id", "speaker",
                                                                        "text"])))


def describe(row: pd.Series | dict, event_title: str | None = None) -> str:
    """'Add “TASS, 21 Jun 2023” to Round 20 of the Astana format (astana-20)': what accepting does."""
    published = _value(row["published_at"])
    day = format_day(pd.Timestamp(published).date()) if published is not None else ""
    what = ", ".join(x for x in (_value(row["publisher"]) or "an article", day) if x)
    target = f"{event_title} ({row['event_id']})" if event_title else str(row["event_id"])
    return f"add the source “{what}” to {target}"


def _value(value: object) -> object:
    return None if value is None or value is pd.NA or (pd.api.types.is_scalar(value) and pd.isna(value)) else value


__all__ = ["STATES", "SUGGESTION_COLUMNS", "attach", "by_confidence", "describe", "quotes_json", "quotes_of",
           "suggestion_frame"]
