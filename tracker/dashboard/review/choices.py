"""Which stored events a candidate could be: the merge suggestion, the target options, what an ingest matches against.

Each reads a few events around the candidate from the lean copy (positions by date, type
and process) and hands them to `tracker.extract.matching`, so a million stored events cost
a few array comparisons, not a full load.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from tracker.dashboard.data import DashboardData
from tracker.dashboard.views import day_date, day_number
from tracker.dates import format_span
from tracker.extract.assemble import Extraction
from tracker.extract.matching import StoredIndex, event_id_for, words
from tracker.models import Tables
from tracker.resolve import fold

#: days either side of a candidate in which stored events are offered as merge targets.
NEARBY_DAYS = 7
NEARBY_LIMIT = 20
SEARCH_LIMIT = 30
EVIDENCE_SCAN = 200
LABEL_CHARS = 90


def _codes_of(data: DashboardData, column: str, wanted: set[str]) -> np.ndarray:
    """Mask of the events whose (categorical) `column` is one of `wanted`, compared folded."""
    series = data.tables.events[column]
    codes = [i for i, c in enumerate(series.cat.categories) if fold(str(c)) in wanted]
    return np.isin(series.cat.codes.to_numpy(), codes)


def _open(data: DashboardData, exclude: str) -> np.ndarray:
    """Events a candidate can be merged into: not rejected, not the candidate itself."""
    mask = ~_codes_of(data, "review_state", {"rejected"})
    at = data.position_of(exclude)
    if at is not None:
        mask[at] = False
    return mask


def is_open(data: DashboardData, candidate: str, target: str) -> bool:
    """Whether `candidate` can still be merged into `target` (stored, not rejected, not itself)."""
    at = data.position_of(target)
    return at is not None and bool(_open(data, candidate)[at])


def _overlapping(data: DashboardData, first: int, last: int) -> np.ndarray:
    """Events whose days overlap first..last (the test `StoredIndex.match` makes)."""
    return (data.start_days <= last) & (data.end_days >= first)


def ingest_known(data: DashboardData, extractions: list[Extraction]) -> Tables:
    """The stored events an ingest of `extractions` can match or collide with, with everything that hangs off them.

    `plan_ingest` against these gives what it gives against the whole store: a candidate
    matches a talk round of the same process and number, an event of overlapping dates,
    or the event with its own stable id (an earlier ingest of the same article).
    """
    mask = np.zeros(len(data), dtype=bool)
    processes, own_ids = set(), []
    for extraction in extractions:
        for c in extraction.events:
            own_ids.append(event_id_for(extraction, c))
            name = extraction.process_name(c.process)
            if c.event_type == "talk_round" and name:
                processes.add(fold(name))
            if c.first is not None:
                mask |= _overlapping(data, day_number(c.first), day_number(c.last or c.first))
    if processes:
        mask |= _codes_of(data, "event_type", {"talk_round"}) & _codes_of(data, "process", processes)
    found = data.ids.get_indexer(own_ids)
    mask[found[found >= 0]] = True
    known = data.subset(data.ids.take(np.flatnonzero(mask)))
    links = known.event_links
    targets = set(links.loc[links["link_type"] == "duplicate_of", "to_event_id"]) - set(known.events["event_id"])
    if not targets:
        return known
    # the events that merged candidates went into: an article read again belongs there (matching.StoredIndex.resolve)
    found = data.ids.get_indexer(sorted(targets))
    mask[found[found >= 0]] = True
    return data.subset(data.ids.take(np.flatnonzero(mask)))


def suggest_target(data: DashboardData, event_id: str) -> str | None:
    """The stored event extraction's matching rules say the candidate is, or None."""
    tables = data.subset([event_id])
    if tables.events.empty:
        return None
    row = tables.events.iloc[0]
    first, last = row["start_date"].date(), (row["end_date"] if not pd.isna(row["end_date"]) else row["start_date"]).date()
    mask = _overlapping(data, day_number(first), day_number(last))
    process = None if pd.isna(row["process"]) else str(row["process"])
    if process:
        mask |= _codes_of(data, "event_type", {"talk_round"}) & _codes_of(data, "process", {fold(process)})
    mask &= _open(data, event_id)
    if not mask.any():
        return None
    index = StoredIndex(data.subset(data.ids.take(np.flatnonzero(mask))))
    quotes = [str(q) for q in tables.quotes["text"].dropna()]
    evidence = "" if pd.isna(row["evidence"]) else str(row["evidence"])
    return index.match(str(row["event_type"]), first, last, process,
                       None if pd.isna(row["round_number"]) else int(row["round_number"]),
                       set(tables.event_actors["actor_id"]), words(evidence + " " + " ".join(quotes)), quotes)


def _options(data: DashboardData, positions: np.ndarray, search: str = "") -> list[dict]:
    """Dropdown options for the events at `positions`: '20-21 Jun 2023 · title (id)' (its whole span, as the table
    writes it: a candidate of 10-13 July showed only "10 Jul 2023"), ending '· candidate' for an event still in the
    queue, since merging into another candidate is not merging into the chronology (QA12 LOW-4)."""
    titles = data.titles_at(positions)
    precisions = data.values_at("date_precision", positions) if len(positions) else []
    states = data.values_at("review_state", positions) if len(positions) else []
    options = []
    for position, title, precision, state in zip(positions.tolist(), titles, precisions, states):
        event_id = data.ids.take([position])[0]
        title = title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1] + "…"
        start, end = day_date(data.start_days[position]), day_date(data.end_days[position])
        label = f"{format_span(start, end if end != start else None, str(precision))} · {title} ({event_id})"
        if state == "candidate":
            label += " · candidate"
        options.append({"label": label, "value": event_id, "search": f"{label} {search}"})
    return options


def _closest_first(data: DashboardData, positions: np.ndarray, at: int) -> np.ndarray:
    """`positions` ordered by how far their days lie from the candidate's: an event spanning its day first (0 days),
    then by the gap between the spans; the given order breaks ties."""
    first, last = int(data.start_days[at]), int(data.end_days[at])
    gap = np.maximum(0, np.maximum(data.start_days[positions] - last, first - data.end_days[positions]))
    return positions[np.argsort(gap, kind="stable")]


def nearby_options(data: DashboardData, event_id: str, suggested: str | None) -> list[dict]:
    """The suggestion first, then the open events closest in date to the candidate."""
    at = data.position_of(event_id)
    if at is None:
        return []
    day = int(data.start_days[at])
    mask = _open(data, event_id) & _overlapping(data, day - NEARBY_DAYS, day + NEARBY_DAYS)
    positions = _closest_first(data, np.flatnonzero(mask), at)[:NEARBY_LIMIT]
    first = data.position_of(suggested) if suggested else None
    if first is not None:
        positions = np.concatenate([[first], positions[positions != first]])
    options = _options(data, positions.astype(np.int64))
    if first is not None:
        options[0] = {**options[0], "label": "Suggested: " + options[0]["label"]}
    return options


def search_options(data: DashboardData, event_id: str, search: str, current: str | None) -> list[dict]:
    """Open events whose title, summary or quotes hold the typed words (or whose id it is, or whose process or venue is
    named by them, or a candidate's evidence sentence holds them: `_named_in_process_or_evidence`), those closest in date
    to the candidate first (newest first among equals): Enter takes the first, and a search for the process's name
    listed a visit five days off before the same-day statement (QA12 LOW-4). An event whose id is typed whole comes
    first of all (review30: "astana-20" and Enter merged into a same-day proposal listed above it)."""
    found = data.search(search)
    positions = getattr(found, "positions", None)
    if positions is None:
        positions = data.ids.get_indexer(list(found))
    exact = data.position_of(search.strip())
    mask = np.zeros(len(data), dtype=bool)
    mask[np.asarray(positions, dtype=np.int64)[np.asarray(positions) >= 0]] = True
    if exact is not None:
        mask[exact] = True
    mask |= _named_in_process_or_evidence(data, search)
    positions = np.flatnonzero(mask & _open(data, event_id))[::-1]
    at = data.position_of(event_id)
    if at is not None:
        positions = _closest_first(data, positions, at)
    if exact is not None and exact in positions:  # the id typed, first: Enter took an event closer in date (review30)
        positions = np.concatenate([[exact], positions[positions != exact]])
    options = _options(data, positions[:SEARCH_LIMIT], search)
    kept = data.position_of(current) if current else None
    if kept is not None and current not in {o["value"] for o in options}:
        options = _options(data, np.array([kept])) + options
    return options


def _named_in_process_or_evidence(data: DashboardData, search: str) -> np.ndarray:
    """Events whose process or venue name holds every typed word (as a word's start, as the text search reads), and
    candidates whose evidence sentence does: a card shows its process and that sentence as its quote, and a search for
    either missed same-process candidates close in date (QA13 LOW-4). The evidence of the first `EVIDENCE_SCAN` candidates
    only: it is not in the lean copy, and this runs on every search typed."""
    typed = [word for word in _words(search) if len(word) >= 2]
    mask = np.zeros(len(data), dtype=bool)
    if not typed:
        return mask
    for column in ("process", "venue"):  # "Istanbul" missed a round there titled "Round: Russia, Ukraine" (ux26b)
        names = data.tables.events[column]
        named = [i for i, name in enumerate(names.cat.categories) if _holds(str(name), typed)]
        mask |= np.isin(names.cat.codes.to_numpy(), named)
    candidates = np.flatnonzero(_codes_of(data, "review_state", {"candidate"}))[:EVIDENCE_SCAN]
    if len(candidates):
        events = data.subset(data.ids.take(candidates)).events
        held = [str(e) for e, text in zip(events["event_id"], events["evidence"]) if isinstance(text, str) and _holds(text, typed)]
        found = data.ids.get_indexer(held) if held else np.array([], dtype=np.int64)
        mask[found[found >= 0]] = True
    return mask


def _words(text: str) -> list[str]:
    """The folded words of `text`, as the text search reads them (`filters.text_match_ids`)."""
    return [fold(word) for word in re.findall(r"\w+", text)]


def _holds(text: str, typed: list[str]) -> bool:
    """Whether every typed word starts a word of `text`, as the stores' full-text index matches word prefixes."""
    words = _words(text)
    return all(any(word.startswith(t) for word in words) for t in typed)


def suggestion_text(data: DashboardData, suggested: str | None) -> str:
    """The line above the target picker."""
    if not suggested:
        return "No stored event matches this candidate; search for one to merge it into, or accept it as new."
    at = data.position_of(suggested)
    title = data.titles_at([at])[0] if at is not None else suggested
    return f"Extraction's matching rules suggest “{title}” ({suggested}); it is chosen below."
