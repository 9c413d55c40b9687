"""One validation for every write of an event: an edit is checked as an import of its flat row would be.

`edited(reference, current, values)` flattens the event (`tracker.flat.tables_to_rows`), puts the
new cells in (the flat format's column names and cell syntax, as `tracker import` reads them) and
parses the row with the importer's own parser (`tracker.flat.rows_to_tables`), against the store's
actors and processes. So an edited event obeys the import's vocabularies and rules, and always
exports and imports back. What was not edited is kept as stored (source and quote ids, actor ids).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Iterable

import pandas as pd

from tracker.flat import FLAT_COLUMNS, ParseContext, rows_to_tables, tables_to_rows
from tracker.flat_cells import event_fields
from tracker.frames import coerce
from tracker.models import Tables, split_list
from tracker.problems import Problem
from tracker.resolve import ActorIndex, ProcessIndex, kept_index
from tracker.venue_names import venue_name_problems

class EditRefused(ValueError):
    """Values an import would refuse; `problems` name the field of each (file, row, field style).

    Raised by the store's edit API (and exported by `tracker.store.history`) and by review actions.
    """

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if p.severity == "error"]
        super().__init__("; ".join(str(p) for p in self.problems) or "the edit was refused")


#: The cells an edit may set (event_id, created_at and updated_at are the store's).
EDITABLE = tuple(c for c in FLAT_COLUMNS if c not in ("event_id", "created_at", "updated_at"))
CHILD_CELLS = {"actors": ("event_actors",), "sources": ("sources", "quotes"), "quotes": ("sources", "quotes"),
               "links": ("event_links",)}
_SLUG = re.compile(r"[^a-z0-9]+")


def label(event_id: str) -> str:
    """What an edit's problems name as their file."""
    return f"edit of {event_id}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


#: The longest evidence an edit or a new event may give: the sentence or paragraph that reports the event, not an
#: article (ingest keeps 2,000 characters of it; docs/security.md, "Size").
MAX_EVIDENCE = 5_000


def check_fields(values: dict[str, object], event_id: str) -> dict[str, str]:
    """The values as cells; an EditRefused names an unknown field, a cell that is not text or an evidence over
    MAX_EVIDENCE characters."""
    problems = []
    cells: dict[str, str] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            problems.append(Problem(label(event_id), None, name, f"cannot be edited; editable fields: {', '.join(EDITABLE)}"))
            continue
        if isinstance(value, (list, tuple)):
            value = "\n".join(str(v) for v in value) if name in ("sources", "quotes") else "; ".join(str(v) for v in value)
        elif isinstance(value, (dt.date, pd.Timestamp)):
            value = pd.Timestamp(value).date().isoformat()
        cells[name] = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        if name == "evidence" and len(cells[name]) > MAX_EVIDENCE:
            problems.append(Problem(label(event_id), None, name, f"is {len(cells[name]):,} characters long; keep it to "
                                    f"the sentence or paragraph that reports the event (up to {MAX_EVIDENCE:,})"))
    if problems:
        raise EditRefused(problems)
    return cells


def link_targets(cell: str) -> list[str]:
    """The event ids a links cell names (`follows astana-19; ...`)."""
    return [part.split()[-1] for part in split_list(cell) if part.split()]


def edited(reference: Tables, current: Tables, values: dict[str, object], *, exists: Callable[[Iterable[str]], set[str]],
           event_id: str | None = None, now: dt.datetime | None = None,
           only_edited: bool = False) -> tuple[Tables, list[Problem]]:
    """(the rows to save for the edited or new event, warnings); EditRefused names every bad field.

    `reference` holds the store's actors and processes, `current` the event's rows (empty Tables for
    a new event `event_id`), `exists(ids)` which of these ids are stored events. `only_edited`: problems
    of cells the edit does not set are let through (the review form, which cannot set every cell).
    """
    new = current.events.empty
    event_id = event_id or (None if new else str(current.events["event_id"].iloc[0]))
    if not event_id:
        raise EditRefused([Problem("new event", None, "event_id", "empty; every event needs a stable id")])
    cells = check_fields(values, event_id)
    stamp = (now or _now()).isoformat(timespec="seconds")
    if new:
        row = {c: "" for c in FLAT_COLUMNS}
        row.update(date_precision="day", review_state="confirmed", created_at=stamp)
    else:
        both = reference.replace(events=current.events, event_actors=current.event_actors, sources=current.sources,
                                 quotes=current.quotes, event_links=current.event_links)
        row = {c: ("" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))
               for c, v in tables_to_rows(both).iloc[0].items()}
    row.update(cells, event_id=event_id, updated_at=stamp, __row__="0")
    targets = link_targets(row.get("links", ""))
    context = ParseContext(actors=kept_index(ActorIndex, reference.actors),
                           processes=kept_index(ProcessIndex, reference.processes),
                           known_event_ids=set(exists(targets)) if targets else set())
    # the cells are the text itself (a stored one and a typed one alike): a leading apostrophe is not an export's guard
    parsed, problems = rows_to_tables([row], list(FLAT_COLUMNS), label(event_id), context, guarded=False)
    problems = [Problem(p.file, None, p.column, p.reason, p.severity) for p in problems]
    typed = str(cells.get("process") or "").strip()
    if typed and context.processes.resolve(typed) is None and (near := context.processes.close_to(typed)):
        # a typo would add a second process beside the stored one; a new process's name is not so near a stored one's
        problems.append(Problem(label(event_id), None, "process", f"no process named {typed!r}; did you mean {near!r}?"))
    if only_edited:
        related = set(cells) | ({"start_date", "end_date"} if {"start_date", "end_date"} & set(cells) else set())
        problems = [p for p in problems if p.severity != "error" or p.column in related]
    if any(p.severity == "error" for p in problems):
        raise EditRefused(problems)
    if new or {"venue", "start_date"} & set(cells):
        problems += venue_name_problems(parsed.events, reference.venues, label(event_id))
    return (parsed if new else _keep_unedited(current, parsed, set(cells))), [p for p in problems if p.severity != "error"]


#: The event's own cells that an edit can change without its other rows (actors, sources, quotes, links) or a new
#: process: the review form's fields but its process (`edited_row_values`).
OWN_CELLS = ("title", "event_type", "status", "start_date", "end_date", "date_precision", "round_number", "venue",
             "venue_country", "summary", "tags", "evidence")
#: The stored cells `edited_row_values` parses with the edited ones (their rules tie them to each other).
_PARSED_WITH = ("title", "event_type", "status", "start_date", "end_date", "date_precision", "round_number", "venue",
                "venue_country", "summary", "tags", "evidence", "review_state", "created_at")


def edited_row_values(stored: dict[str, object], values: dict[str, object], event_id: str,
                  now: dt.datetime | None = None) -> dict[str, object]:
    """The SQL values of the event's own columns an edit of `OWN_CELLS` changes, with its `updated_at` ({} when
    it changes none); `stored` is the event's stored row (column -> SQL value, as a history record holds it).

    The cells are parsed as `edited(..., only_edited=True)` parses them (`flat_cells.event_fields`, the importer's
    own rules, with the stored cells for the others), without making the event's frames: a review form's Save.
    EditRefused names every bad edited field; a field this function cannot set is a ValueError.
    """
    cells = check_fields(values, event_id)
    if not set(cells) <= set(OWN_CELLS):
        raise ValueError(f"edited_row_values sets only {', '.join(OWN_CELLS)}; not {', '.join(sorted(set(cells) - set(OWN_CELLS)))}")
    row = {column: "" if stored.get(column) is None else str(stored[column]) for column in _PARSED_WITH}
    stamp = (now or _now()).isoformat(timespec="seconds")
    row.update(cells, updated_at=stamp[:10] if stamp.endswith("T00:00:00") else stamp)  # as a save writes a stamp
    problems: list[Problem] = []

    def bad(column: str, reason: str, severity: str = "error") -> None:
        problems.append(Problem(label(event_id), None, column, reason, severity))

    # no process cell: its rules (a new name adds a process) are the full edit's (`edited`)
    parsed = event_fields(row, False, bad, ParseContext(actors=None, processes=None), None)
    related = set(cells) | ({"start_date", "end_date"} if {"start_date", "end_date"} & set(cells) else set())
    errors = [p for p in problems if p.severity == "error" and p.column in related]
    if errors:
        raise EditRefused(errors)
    changed = {}
    for column in cells:
        value = parsed[column]
        value = value.isoformat() if isinstance(value, dt.date) else value
        if value != stored.get(column):
            changed[column] = value
    if changed:
        changed["updated_at"] = row["updated_at"]
    return changed


def _keep_unedited(current: Tables, parsed: Tables, edited_cells: set[str]) -> Tables:
    """The parsed rows, with what the edit did not touch taken as stored (ids, exact numbers, stamps)."""
    event = current.events.copy()
    for column in edited_cells & set(event.columns):
        event[column] = parsed.events[column].to_numpy()
    event["updated_at"] = parsed.events["updated_at"].to_numpy()
    out = parsed.replace(events=coerce("events", event))
    if "process" not in edited_cells:
        out = out.replace(processes=parsed.processes.iloc[0:0])
    kept = {table for cell, tables in CHILD_CELLS.items() if cell not in edited_cells for table in tables}
    if "sources" in edited_cells or "quotes" in edited_cells:
        kept -= {"sources", "quotes"}
        out = out.replace(**_same_ids(current, parsed))
    if "actors" not in edited_cells:
        out = out.replace(actors=parsed.actors.iloc[0:0])
    return out.replace(**{table: getattr(current, table) for table in kept})


def _same_ids(current: Tables, parsed: Tables) -> dict[str, pd.DataFrame]:
    """Parsed sources and quotes under their stored ids where they are the stored ones (article texts hang off them)."""
    def key(row, columns):
        return tuple("" if pd.isna(row[c]) else str(row[c]) for c in columns)

    source_columns = ("publisher", "title", "url", "published_at")
    stored = {}
    for _, row in current.sources.iterrows():
        stored.setdefault(key(row, source_columns), str(row["source_id"]))
    mapping, used = {}, set()
    for _, row in parsed.sources.iterrows():
        found = stored.get(key(row, source_columns))
        if found is not None and found not in used:
            mapping[str(row["source_id"])] = found
            used.add(found)
    taken = set(mapping.values())
    for old in list(parsed.sources["source_id"]):
        if str(old) not in mapping:
            mapping[str(old)] = _free(str(old), taken)
            taken.add(mapping[str(old)])
    sources = parsed.sources.assign(source_id=[mapping[str(s)] for s in parsed.sources["source_id"]])
    quotes = parsed.quotes.assign(source_id=[mapping.get(str(s), s) for s in parsed.quotes["source_id"]])
    stored_quotes = {key(row, ("source_id", "speaker", "text")): str(row["quote_id"]) for _, row in current.quotes.iterrows()}
    ids, taken = [], set()
    for _, row in quotes.iterrows():
        found = stored_quotes.get(key(row, ("source_id", "speaker", "text")))
        ids.append(found if found is not None and found not in taken else _free(str(row["quote_id"]), taken | set(stored_quotes.values())))
        taken.add(ids[-1])
    return {"sources": coerce("sources", sources), "quotes": coerce("quotes", quotes.assign(quote_id=ids))}


def _free(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def new_event_id(values: dict[str, object], exists: Callable[[Iterable[str]], set[str]]) -> str:
    """An id for a new event: its title's words and start date (`kazakhstan-hosts-talks-2023-06-21`), made unique."""
    title = _SLUG.sub("-", str(values.get("title") or "event").lower()).strip("-")[:60].strip("-") or "event"
    base = f"{title}-{values.get('start_date')}" if values.get("start_date") else title
    base = re.sub(r"[^A-Za-z0-9._:-]", "-", base)[:120]
    candidates = [base, *(f"{base}-{n}" for n in range(2, 50))]
    taken = set(exists(candidates))
    return next((c for c in candidates if c not in taken), f"{base}-{dt.datetime.now():%H%M%S%f}")


def check_events(reference: Tables, changes: Tables, exists: Callable[[Iterable[str]], set[str]]) -> None:
    """Raise EditRefused when an event of `changes` (with its rows there) would not import back."""
    for event_id in changes.events["event_id"]:
        one = Tables(events=changes.events[changes.events["event_id"] == event_id],
                     event_actors=changes.event_actors[changes.event_actors["event_id"] == event_id],
                     sources=changes.sources[changes.sources["event_id"] == event_id],
                     quotes=changes.quotes[changes.quotes["event_id"] == event_id],
                     event_links=changes.event_links[changes.event_links["from_event_id"] == event_id])
        edited(reference, one, {}, exists=exists)


__all__ = ["EDITABLE", "OWN_CELLS", "EditRefused", "check_events", "check_fields", "edited", "edited_row_values", "label",
           "link_targets", "new_event_id"]
