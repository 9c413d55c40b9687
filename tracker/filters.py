"""One filter vocabulary for the command line, the dashboard and the briefings.

An `EventFilter` round-trips to a URL query string, is built from CLI options,
describes itself in plain words, and `apply_filter` selects the matching events.
Values of one field OR together; different fields AND.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass, replace
from typing import Iterable
from urllib.parse import parse_qsl, urlencode

import numpy as np
import pandas as pd

from tracker.dates import SUPPORTED_RANGE, DateParseError, DateRangeError, clamp_day, parse_date_span
from tracker.instants import as_instant, format_instant, query_text
from tracker.models import EVENT_TYPES, MAX_ROUND, REVIEW_STATES, STATUSES, Tables, split_list
from tracker.resolve import ActorIndex, ProcessIndex, VenueIndex, fold

DEFAULT_STATES = ("confirmed",)
#: The longest search text a filter takes: more words than any analyst types, and the text search's work grows with it.
MAX_TEXT_CHARS = 500
#: query-string key -> EventFilter field; the CLI options use the same words.
QUERY_KEYS = {
    "actor": "actors", "venue": "venues", "type": "types", "process": "processes", "round": "rounds",
    "status": "statuses", "from": "date_from", "to": "date_to", "q": "text", "state": "states", "tag": "tags",
    "as_of": "as_of",
}


class FilterError(ValueError):
    """A filter value that cannot be used; `argument` is the EventFilter field it was for.

    Shown as the command line writes it ("--round: x is not a whole number"); the URL and the Python API
    name the value in their own words from `argument` and `reason`."""

    def __init__(self, argument: str, reason: str):
        self.argument, self.reason = argument, reason
        option = {v: k for k, v in QUERY_KEYS.items()}[argument].replace("_", "-")
        super().__init__(f"--{option}: {reason}")


def _word(value: object) -> str:
    """An event type or status as stored: "Talk round" and "talk-round" are "talk_round"."""
    return re.sub(r"[\s-]+", "_", str(value).strip().lower())


@dataclass(frozen=True)
class EventFilter:
    """What an analyst asked to see. Empty fields do not filter."""

    actors: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    processes: tuple[str, ...] = ()
    rounds: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    states: tuple[str, ...] = DEFAULT_STATES
    tags: tuple[str, ...] = ()  # any of these tags (case-insensitive)
    as_of: dt.datetime | None = None  # the chronology as known at this instant (aware UTC); None: now

    # --- building ------------------------------------------------------------
    @classmethod
    def build(cls, *, actors=(), venues=(), types=(), processes=(), rounds=(), statuses=(),
              date_from: str | None = None, date_to: str | None = None, text: str | None = "",
              states=(), tags=(), as_of: str | dt.datetime | None = None, lenient: bool = False) -> "EventFilter":
        """Build a filter from user text (CLI options, URL values, API words); raises FilterError naming the argument.

        Types and statuses may be written as labels ("Talk round", "talk-round"). With `lenient`
        (a URL), an unknown type or status is kept instead: it matches no event, and
        `selection.resolve_filter` says so, as for an unknown actor.
        """
        types, statuses = tuple(_word(t) for t in types), tuple(_word(s) for s in statuses)
        bad_types = [t for t in types if t not in EVENT_TYPES]
        if bad_types and not lenient:
            raise FilterError("types", f"unknown event type(s) {', '.join(bad_types)}; use: {', '.join(EVENT_TYPES)}")
        bad_status = [s for s in statuses if s not in STATUSES]
        if bad_status and not lenient:
            raise FilterError("statuses", f"unknown status {', '.join(bad_status)}; use: {', '.join(STATUSES)}")
        states = tuple(states) or DEFAULT_STATES
        if "any" in states or "all" in states:
            states = REVIEW_STATES
        bad_states = [s for s in states if s not in REVIEW_STATES]
        if bad_states:
            raise FilterError("states", f"unknown review state {', '.join(bad_states)}; use: {', '.join(REVIEW_STATES)} or any")
        try:
            round_numbers = tuple(sorted({int(r) for r in rounds}))
        except ValueError:
            raise FilterError("rounds", f"{', '.join(map(str, rounds))} is not a whole number") from None
        outside = [r for r in round_numbers if not 0 <= r <= MAX_ROUND]
        if outside:  # SQLite cannot even compare a number past 64 bits: it was a traceback
            raise FilterError("rounds", f"{', '.join(map(str, outside))} is not a round number (0 to {MAX_ROUND})")
        start = end = None
        try:
            if date_from:
                start = parse_date_span(date_from).start
        except DateParseError as exc:
            raise FilterError("date_from", str(exc)) from None
        try:
            if date_to:
                end = parse_date_span(date_to).end
        except DateParseError as exc:
            raise FilterError("date_to", str(exc)) from None
        if start and end and end < start:
            raise FilterError("date_to", f"{date_to} is before the start date {date_from}")
        if text and len(text) > MAX_TEXT_CHARS:
            raise FilterError("text", f"the search text has {len(text):,} characters; at most {MAX_TEXT_CHARS} are searched")
        try:
            instant = as_instant(as_of) if as_of else None
        except ValueError as exc:
            raise FilterError("as_of", str(exc)) from None
        return cls(
            actors=_unique(actors), venues=_unique(venues), types=_unique(types), processes=_unique(processes),
            rounds=round_numbers, statuses=_unique(statuses), date_from=start, date_to=end,
            text=(text or "").strip(), states=tuple(s for s in REVIEW_STATES if s in states), tags=_unique(tags),
            as_of=instant,
        )

    @classmethod
    def from_query_string(cls, query: str) -> tuple["EventFilter", list[str]]:
        """Parse `?actor=...&from=...`; unknown or bad parameters are skipped with a notice."""
        values: dict[str, list[str]] = {}
        notices: list[str] = []
        for key, value in parse_qsl(query.lstrip("?"), keep_blank_values=False):
            if key in QUERY_KEYS:
                values.setdefault(key, []).append(value)
        current = cls()
        for key, items in values.items():
            try:
                if key in ("from", "to"):
                    day = _url_day(key, items[-1], notices)
                    current = replace(current, **{QUERY_KEYS[key]: day})
                elif key == "q":
                    current = replace(current, text=cls.build(text=items[-1]).text)
                elif key == "as_of":
                    current = replace(current, as_of=cls.build(as_of=items[-1]).as_of)
                else:
                    candidate = cls.build(**{QUERY_KEYS[key]: items}, lenient=key in ("type", "status"))
                    current = replace(current, **{QUERY_KEYS[key]: getattr(candidate, QUERY_KEYS[key])})
            except ValueError as exc:
                reason = exc.reason if isinstance(exc, FilterError) else str(exc)
                notices.append(f"ignored URL parameter {key}={','.join(items)}: {reason}")
        if current.date_from and current.date_to and current.date_to < current.date_from:
            notices.append("ignored URL parameter to: it is before from")
            current = replace(current, date_to=None)
        return current, notices

    # --- writing ---------------------------------------------------------------
    def to_pairs(self) -> list[tuple[str, str]]:
        """The filter as (key, value) pairs in QUERY_KEYS order; defaults are left out."""
        pairs: list[tuple[str, str]] = []
        for key, name in QUERY_KEYS.items():
            value = getattr(self, name)
            if name == "states" and tuple(value) == DEFAULT_STATES:
                continue
            if isinstance(value, tuple):
                pairs.extend((key, str(v)) for v in value)
            elif isinstance(value, dt.datetime):
                pairs.append((key, query_text(value)))
            elif isinstance(value, dt.date):
                pairs.append((key, value.isoformat()))
            elif value:
                pairs.append((key, str(value)))
        return pairs

    def to_query_string(self) -> str:
        """`actor=Kazakhstan&from=2023-06-01`; parsing it gives this filter back."""
        return urlencode(self.to_pairs())

    def is_empty(self) -> bool:
        """True when nothing but the default review state is asked for."""
        return self == EventFilter()

    def describe(self) -> str:
        """The filter in plain words: "Astana format; actors: Kazakhstan; 1 June to 30 June 2023"."""
        parts: list[str] = []
        if self.processes:
            parts.append(", ".join(self.processes))
        types = [t.replace("_", " ") for t in self.types]
        if len(set(self.types)) > len(EVENT_TYPES) / 2 and set(self.types) <= set(EVENT_TYPES):
            # a legend click that hides one type leaves ten: name the one left out
            left_out = [t.replace("_", " ") for t in EVENT_TYPES if t not in self.types]
            parts.append("all types but " + ", ".join(left_out) if left_out else "all types")
            types = []
        for label, values in (("actors", self.actors), ("venues", self.venues), ("types", types),
                              ("rounds", [str(r) for r in self.rounds]), ("status", self.statuses),
                              ("tags", self.tags)):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        if self.date_from or self.date_to:
            parts.append(_describe_range(self.date_from, self.date_to))
        if self.text:
            parts.append(f'text "{self.text}"')
        if tuple(self.states) != DEFAULT_STATES:
            parts.append(f"review: {', '.join(self.states)}")
        described = "; ".join(parts) if parts else "all confirmed events"
        return f"{described}; as of {format_instant(self.as_of)}" if self.as_of else described


def _url_day(key: str, text: str, notices: list[str]) -> dt.date:
    """The first (`from`) or last (`to`) day of a URL's date; a date outside the supported range is read as
    the range's nearest end, with a note (so `from=0001-01-01` still means "from the start", and `from=9999`
    selects nothing the store can hold); raises ValueError for a text that is not a date."""
    try:
        span = parse_date_span(text)
    except DateRangeError as exc:
        day = clamp_day(exc.day)
        notices.append(f"URL parameter {key}={text} is outside the supported dates ({SUPPORTED_RANGE}): "
                       f"read as {day.isoformat()}")
        return day
    except DateParseError:
        raise ValueError("not a date (write YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return span.start if key == "from" else span.end


def _unique(values) -> tuple:
    seen: list = []
    for value in values or ():
        value = value.strip() if isinstance(value, str) else value
        if value and value not in seen:
            seen.append(value)
    return tuple(seen)


def _long_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _describe_range(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        if start.year == end.year:
            return f"{start.day} {start:%B} to {_long_day(end)}"
        return f"{_long_day(start)} to {_long_day(end)}"
    return f"from {_long_day(start)}" if start else f"until {_long_day(end)}"


# --- applying ------------------------------------------------------------------

def matching_actor_ids(tables: Tables, names: tuple[str, ...], index: ActorIndex | None = None) -> set[str]:
    """Every actor id a filter on `names` matches: each actor and its descendants (`index`: `tables.actors`'
    look-up, when the caller keeps one)."""
    index = index if index is not None else ActorIndex(tables.actors)
    found: set[str] = set()
    for name in names:
        actor_id = index.resolve(name)
        if actor_id is not None:
            found |= index.with_descendants(actor_id)
    return found


def text_match_ids(tables: Tables, text: str) -> set[str]:
    """Event ids whose title, summary or quotes contain every word of `text` (case- and accent-insensitive).

    The stores answer the same question from a full-text index (word prefixes);
    this scan matches anywhere in a word, so it finds a superset.
    """
    words = [fold(w) for w in re.findall(r"\w+", text)]
    if not words:
        return set(tables.events["event_id"])
    events = tables.events
    haystack = (events["title"].fillna("") + " " + events["summary"].fillna("")).map(fold)
    quote_text = tables.quotes.groupby("event_id")["text"].agg(" ".join).map(fold)
    haystack = haystack + " " + events["event_id"].map(quote_text).fillna("")
    mask = np.ones(len(events), dtype=bool)
    for word in words:
        mask &= haystack.str.contains(word, regex=False).to_numpy()
    return set(events.loc[mask, "event_id"])


def _in_category(column: pd.Series, wanted: set[str], folded: bool = True) -> np.ndarray:
    """Mask of rows whose categorical value is in `wanted`, computed on the category codes."""
    categories = column.cat.categories
    keys = _folded(categories) if folded else list(categories)
    hits = np.zeros(len(categories) + 1, dtype=bool)  # the last slot is code -1 (no value): never a hit
    hits[[i for i, k in enumerate(keys) if k in wanted]] = True
    return hits[column.cat.codes.to_numpy()]


def _folded(categories: pd.Index) -> list[str]:
    """`fold` of each category, kept for the last few category sets (a copy's columns keep theirs: folding a
    venue column's names took a millisecond of every request that filtered on venues)."""
    kept = _FOLDED.get(id(categories))
    if kept is not None and kept[0] is categories:
        return kept[1]
    keys = [fold(c) for c in categories]
    with _FOLDED_LOCK:
        if len(_FOLDED) >= 64:
            _FOLDED.pop(next(iter(_FOLDED)))
        _FOLDED[id(categories)] = (categories, keys)  # the index itself is held, so its id is not reused meanwhile
    return keys


_FOLDED: dict[int, tuple[pd.Index, list[str]]] = {}
_FOLDED_LOCK = threading.Lock()


def tag_cells(column: pd.Series) -> tuple[np.ndarray, list[list[str]]]:
    """(code of each row's tags cell, -1 when empty; the tags of each distinct cell): a few cells serve many rows."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes, cells = column.cat.codes.to_numpy(), column.cat.categories
    else:
        codes, cells = pd.factorize(column.astype(object), use_na_sentinel=True)
    return np.asarray(codes), [split_list(cell) for cell in cells]


def tag_mask(column: pd.Series, tags: tuple[str, ...]) -> np.ndarray:
    """Mask of rows tagged with any of `tags` (a `;`-separated cell; case- and accent-insensitive)."""
    wanted = {fold(t) for t in tags}
    codes, cells = tag_cells(column)
    hit = np.array([i for i, found in enumerate(cells) if wanted & {fold(t) for t in found}], dtype=np.int64)
    return np.isin(codes, hit)


@dataclass(frozen=True, eq=False)
class FilterIndex:
    """Integer positions that let `filter_mask` answer the actor and text parts without comparing strings.

    Build it once for Tables that are filtered many times (the dashboard); a command
    that filters once does not need it. The results are the same with or without it.
    """

    positions: pd.Index  # event_id -> row position in tables.events (anything with get_indexer and len)
    link_event: np.ndarray  # row position of the event of each event-actor link
    link_actor: np.ndarray  # code of the actor of each link, into `actor_ids`
    actor_ids: pd.Index  # the actor id of each code

    @classmethod
    def build(cls, tables: Tables) -> "FilterIndex":
        """Index `tables.events` and `tables.event_actors`."""
        positions = pd.Index(tables.events["event_id"].to_numpy(dtype=object))
        links = tables.event_actors
        link_event = positions.get_indexer(links["event_id"].to_numpy(dtype=object))
        codes, actor_ids = pd.factorize(links["actor_id"].to_numpy(dtype=object))
        keep = link_event >= 0
        return cls(positions, link_event[keep].astype(np.int32), codes[keep].astype(np.int32),
                   pd.Index(actor_ids, dtype=object))

    def rows_of_ids(self, event_ids: Iterable[str]) -> np.ndarray:
        """Mask over the events whose id is in `event_ids` (unknown ids are ignored).

        A collection that already knows the row positions of its ids (a `positions`
        array, as the dashboard's search results have) skips the lookup.
        """
        mask = np.zeros(len(self.positions), dtype=bool)
        known = getattr(event_ids, "positions", None)
        found = np.asarray(known, dtype=np.int64) if known is not None else self.positions.get_indexer(list(event_ids))
        mask[found[found >= 0]] = True
        return mask

    def rows_of_actors(self, actor_ids: Iterable[str]) -> np.ndarray:
        """Mask over the events linked to any of `actor_ids`."""
        codes = self.actor_ids.get_indexer(list(actor_ids)) if len(self.actor_ids) else np.array([], dtype=np.int64)
        mask = np.zeros(len(self.positions), dtype=bool)
        mask[self.link_event[np.isin(self.link_actor, codes[codes >= 0])]] = True
        return mask


def field_masks(tables: Tables, f: EventFilter, text_ids: set[str] | None = None,
                index: FilterIndex | None = None,
                names: tuple[ActorIndex, ProcessIndex] | None = None) -> dict[str, np.ndarray]:
    """One boolean mask over `tables.events` per filter field in use (EventFilter field name -> mask).

    `filter_mask` is their AND; facet counts AND all but one of them. `names`: the actor and process
    look-ups of `tables`, when the caller keeps them (building the actors' costs 13 ms per call at 350 actors).
    """
    actor_names, process_names = names if names is not None else (None, None)
    events = tables.events
    masks = {"states": _in_category(events["review_state"], set(f.states), folded=False)}
    if f.types:
        masks["types"] = _in_category(events["event_type"], set(f.types), folded=False)
    if f.statuses:
        masks["statuses"] = _in_category(events["status"], set(f.statuses), folded=False)
    if f.processes:
        processes = process_names if process_names is not None else ProcessIndex(tables.processes)
        masks["processes"] = _in_category(events["process"], {fold(processes.resolve(p) or p) for p in f.processes})
    if f.venues:
        venues = VenueIndex(tables.venues)
        masks["venues"] = _in_category(events["venue"], set().union(*(venues.names_for(v) for v in f.venues)))
    if f.rounds:
        masks["rounds"] = events["round_number"].isin(f.rounds).fillna(False).to_numpy(dtype=bool)
    if f.date_from or f.date_to:
        start = events["start_date"]
        end = events["end_date"].fillna(start)
        dates = np.ones(len(events), dtype=bool)
        if f.date_from:  # clamped: a filter built by hand may hold a date pandas cannot hold (year 1)
            dates &= (end >= pd.Timestamp(clamp_day(f.date_from))).to_numpy()
        if f.date_to:
            dates &= (start <= pd.Timestamp(clamp_day(f.date_to))).to_numpy()
        masks["dates"] = dates
    if f.actors:
        actor_ids = matching_actor_ids(tables, f.actors, actor_names)
        if index is not None:
            masks["actors"] = index.rows_of_actors(actor_ids)
        else:
            links = tables.event_actors
            hit_events = links.loc[links["actor_id"].isin(actor_ids), "event_id"]
            masks["actors"] = events["event_id"].isin(hit_events).to_numpy()
    if f.tags:
        masks["tags"] = tag_mask(events["tags"], f.tags)
    if f.text:
        ids = text_ids if text_ids is not None else text_match_ids(tables, f.text)
        masks["text"] = index.rows_of_ids(ids) if index is not None else events["event_id"].isin(ids).to_numpy()
    return masks


def filter_mask(tables: Tables, f: EventFilter, text_ids: set[str] | None = None,
                index: FilterIndex | None = None) -> np.ndarray:
    """Boolean mask over `tables.events` for the events that match `f`.

    `text_ids` lets a store answer the text part from its full-text index;
    `index` (optional) makes repeated filtering of the same tables fast.
    """
    mask = np.ones(len(tables.events), dtype=bool)
    for part in field_masks(tables, f, text_ids, index).values():
        mask &= part
    return mask


def apply_filter(tables: Tables, f: EventFilter, text_ids: set[str] | None = None,
                 index: FilterIndex | None = None) -> pd.DataFrame:
    """The events that match `f`, in chronological order (a new frame)."""
    selected = tables.events.loc[filter_mask(tables, f, text_ids, index)]
    return selected.sort_values(["start_date", "end_date", "event_id"], kind="stable", na_position="last").reset_index(drop=True)


def subset_tables(tables: Tables, events: pd.DataFrame) -> Tables:
    """The tables restricted to `events` and what hangs off them (actors, sources, quotes, links)."""
    ids = set(events["event_id"])
    return tables.replace(
        events=events,
        event_actors=tables.event_actors[tables.event_actors["event_id"].isin(ids)].reset_index(drop=True),
        sources=tables.sources[tables.sources["event_id"].isin(ids)].reset_index(drop=True),
        quotes=tables.quotes[tables.quotes["event_id"].isin(ids)].reset_index(drop=True),
        event_links=tables.event_links[tables.event_links["from_event_id"].isin(ids)].reset_index(drop=True),
    )
