"""Reviewing candidates: accept, reject, edit, or merge one into an existing event.

Every function is pure over Tables and returns the *changes* to save (an event row with all its
children, since Store.save replaces an event's children); `apply` saves them. Nothing is ever
deleted: a rejected or merged candidate stays, with review_state `rejected`.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from tracker.dates import DateParseError, parse_iso_day
from tracker.frames import coerce
from tracker.models import DATE_PRECISIONS, EVENT_TYPES, STATUSES, Tables
from tracker.store.base import SaveSummary, Store

EDITABLE = ("title", "event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
            "venue", "venue_country", "summary", "tags")


class ReviewError(ValueError):
    """A review action that cannot be done (unknown id, bad value)."""


def candidates(tables: Tables) -> pd.DataFrame:
    """Candidate events, oldest first, with the sentence they came from (their `evidence`)."""
    events = tables.events[tables.events["review_state"] == "candidate"]
    return events.sort_values(["start_date", "event_id"]).reset_index(drop=True)


def _event(tables: Tables, event_id: str) -> pd.DataFrame:
    found = tables.events[tables.events["event_id"] == event_id]
    if found.empty:
        raise ReviewError(f"no event with id {event_id!r}")
    return found.copy()


def _with_children(tables: Tables, events: pd.DataFrame) -> Tables:
    ids = set(events["event_id"])
    return Tables(events=coerce("events", events),
                  event_actors=tables.event_actors[tables.event_actors["event_id"].isin(ids)].copy(),
                  sources=tables.sources[tables.sources["event_id"].isin(ids)].copy(),
                  quotes=tables.quotes[tables.quotes["event_id"].isin(ids)].copy(),
                  event_links=tables.event_links[tables.event_links["from_event_id"].isin(ids)].copy())


def _now(now: dt.datetime | None) -> pd.Timestamp:
    return pd.Timestamp((now or dt.datetime.now()).replace(microsecond=0))


def _set_state(tables: Tables, event_id: str, state: str, now: dt.datetime | None) -> Tables:
    event = _event(tables, event_id)
    event["review_state"] = pd.Categorical([state], categories=event["review_state"].cat.categories)
    event["updated_at"] = _now(now)
    return _with_children(tables, event)


def accept(tables: Tables, event_id: str, now: dt.datetime | None = None) -> Tables:
    """Confirm a candidate, and the candidate actors it names."""
    changes = _set_state(tables, event_id, "confirmed", now)
    ids = set(changes.event_actors["actor_id"])
    actors = tables.actors[tables.actors["actor_id"].isin(ids) & (tables.actors["review_state"] == "candidate")].copy()
    if not actors.empty:
        actors["review_state"] = "confirmed"
        changes = changes.replace(actors=coerce("actors", actors))
    return changes


def reject(tables: Tables, event_id: str, now: dt.datetime | None = None) -> Tables:
    """Mark a candidate rejected (it is kept, never deleted)."""
    return _set_state(tables, event_id, "rejected", now)


def edit(tables: Tables, event_id: str, changes: dict[str, object], now: dt.datetime | None = None) -> Tables:
    """Change fields of an event; values are checked against the vocabularies."""
    event = _event(tables, event_id)
    row = event.iloc[0].to_dict()
    for column, value in changes.items():
        if column not in EDITABLE:
            raise ReviewError(f"{column!r} cannot be edited; editable fields: {', '.join(EDITABLE)}")
        value = None if value in ("", None) else value
        if column == "event_type" and value not in EVENT_TYPES:
            raise ReviewError(f"unknown event type {value!r}; use one of: {', '.join(EVENT_TYPES)}")
        if column == "status" and value not in STATUSES:
            raise ReviewError(f"unknown status {value!r}; use one of: {', '.join(STATUSES)}")
        if column == "date_precision" and value not in DATE_PRECISIONS:
            raise ReviewError(f"unknown precision {value!r}; use one of: {', '.join(DATE_PRECISIONS)}")
        if column in ("start_date", "end_date") and value is not None and not isinstance(value, (dt.date, pd.Timestamp)):
            try:
                value = parse_iso_day(str(value))
            except DateParseError as exc:
                raise ReviewError(str(exc)) from None
        if column == "start_date" and value is None:
            raise ReviewError("start_date cannot be empty")
        if column == "round_number" and value is not None:
            if not str(value).isdigit():
                raise ReviewError(f"round_number {value!r} is not a whole number")
            value = int(value)
        row[column] = value
    start, end = pd.Timestamp(row["start_date"]), row.get("end_date")
    if end is not None and not pd.isna(end) and pd.Timestamp(end) < start:
        raise ReviewError(f"end_date {pd.Timestamp(end).date()} is before start_date {start.date()}")
    row["updated_at"] = _now(now)
    return _with_children(tables, pd.DataFrame([row]))


def merge(tables: Tables, candidate_id: str, target_id: str, now: dt.datetime | None = None) -> Tables:
    """Move a candidate's sources, quotes and actors onto `target_id`; the candidate is rejected and linked `duplicate_of` it."""
    if candidate_id == target_id:
        raise ReviewError("an event cannot be merged into itself")
    _event(tables, target_id)
    changes = _set_state(tables, candidate_id, "rejected", now)
    moved_sources = changes.sources.assign(event_id=target_id)
    moved_quotes = changes.quotes.assign(event_id=target_id)
    existing = set(zip(tables.event_actors.loc[tables.event_actors["event_id"] == target_id, "actor_id"],
                       tables.event_actors.loc[tables.event_actors["event_id"] == target_id, "role"].astype(str)))
    actors = changes.event_actors
    added = actors[[(a, str(r)) not in existing for a, r in zip(actors["actor_id"], actors["role"])]].assign(event_id=target_id)
    link = pd.DataFrame([{"from_event_id": candidate_id, "to_event_id": target_id, "link_type": "duplicate_of"}])
    links = pd.concat([changes.event_links, link], ignore_index=True).drop_duplicates()
    return changes.replace(
        sources=coerce("sources", moved_sources), quotes=coerce("quotes", moved_quotes),
        event_actors=coerce("event_actors", pd.concat([actors, added], ignore_index=True)),
        event_links=coerce("event_links", links))


def apply(store: Store, changes: Tables) -> SaveSummary:
    """Save review changes in one transaction."""
    return store.save(changes)
