"""The fast path of the GDELT importer: Arrow reads the file in blocks, and the CAMEO filter, the
actor mapping and the merge of one event's rows are column operations.

It gives the same Tables and warnings as the row-by-row path of `tracker.importers.gdelt`
(a test compares them). A file it cannot vouch for (a row of another length, bytes that are
not UTF-8, a blank line, a cell any check refuses) raises `Irregular`, and the row-by-row
path reads it instead, so every problem is reported with its line as before.
"""
from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from typing import IO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from tracker.flat import _ACTOR_CELL, _EVENT_ID, MAX_TITLE_CHARS, is_web_url, unguard_formula
from tracker.frames import coerce
from tracker.importers.actors import Actor, CountryActors, describe_new_actors
from tracker.importers.base import ImportOptions, Progress, collapse_warnings, publisher_of
from tracker.models import Tables, cameo_type, split_list
from tracker.problems import Problem
from tracker.resolve import ActorIndex

#: The cells the import reads; the other columns are never turned into strings.
ACTOR_CELLS = ("Code", "Name", "CountryCode", "Type1Code")
NEEDED = ("GLOBALEVENTID", "SQLDATE", *(f"Actor{n}{c}" for n in (1, 2) for c in ACTOR_CELLS), "EventCode",
          "ActionGeo_FullName", "DATEADDED", "SOURCEURL")
#: Bytes Arrow parses at a time: the memory of a block stays small whatever the file's size.
BLOCK = 8 << 20
_IDS_SHOWN = 5


class Irregular(Exception):
    """The file needs the row-by-row path (which reports its problems line by line)."""


class _Checked(io.RawIOBase):
    """The file's bytes as Arrow reads them, counting lines and checking UTF-8 on the way."""

    def __init__(self, stream: IO[bytes], size: int, progress: Progress | None):
        self._stream, self._size, self._progress = stream, size, progress
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.lines = self.done = 0
        self.last = b"\n"
        self.bad_utf8 = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        if data:
            self.lines += data.count(b"\n")
            self.last = data[-1:]
            self.done += len(data)
            if not self.bad_utf8:
                try:
                    self._decoder.decode(data)
                except UnicodeDecodeError:
                    self.bad_utf8 = True
            if self._progress is not None:
                self._progress(self.done, max(self._size, self.done))
        buffer[:len(data)] = data
        return len(data)


def read_kept(stream: IO[bytes], size: int, names: list[str], options: ImportOptions,
              progress: Progress | None = None) -> tuple[pa.Table, int]:
    """The rows of the chosen CAMEO codes, with their line numbers (`__row__`), and the number of rows read."""
    checked = _Checked(stream, size, progress)
    wanted = [n for n in NEEDED if n in names]
    try:
        reader = pacsv.open_csv(
            io.BufferedReader(checked, BLOCK),
            read_options=pacsv.ReadOptions(column_names=names, block_size=BLOCK),
            parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False, escape_char=False,
                                             ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(include_columns=wanted, column_types={n: pa.string() for n in wanted},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
        parts, seen = [], 0
        for batch in reader:
            code = batch.column("EventCode")
            if not pc.all(pc.match_substring_regex(code, r"^\d{2,4}$")).as_py():
                raise Irregular("an EventCode is not a CAMEO code")
            keep = pc.starts_with(code, options.cameo[0])
            for prefix in options.cameo[1:]:
                keep = pc.or_(keep, pc.starts_with(code, prefix))
            rows = pa.array(np.arange(seen + 1, seen + batch.num_rows + 1, dtype=np.int64))
            parts.append(pa.Table.from_batches([batch]).append_column("__row__", rows).filter(keep))
            seen += batch.num_rows
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:  # a row of another length, a broken block
        raise Irregular(str(exc)) from None
    lines = checked.lines + (checked.last != b"\n")
    if checked.bad_utf8 or seen == 0 or lines != seen:
        raise Irregular("bytes that are not UTF-8, a blank line, or no row at all")
    return (pa.concat_tables(parts) if parts else pa.table({})), seen


def _published(added: str) -> dt.datetime | None:
    """DATEADDED as the source's publication time (what the flat `published` cell would hold, to the minute)."""
    if not re.fullmatch(r"\d{8}(\d{6})?", added):
        return None
    try:
        return dt.datetime(int(added[:4]), int(added[4:6]), int(added[6:8]),
                           *((int(added[8:10]), int(added[10:12])) if len(added) >= 12 else ()))
    except ValueError:
        raise Irregular(f"DATEADDED {added!r} is not a date") from None


def _first_of(values: np.ndarray) -> np.ndarray:
    """Positions where a run of equal values (sorted by group) starts."""
    starts = np.ones(len(values), dtype=bool)
    starts[1:] = values[1:] != values[:-1]
    return starts


def merged_tables(kept: pa.Table, version: str, label: str, known: Tables, options: ImportOptions,
                  gdelt_columns: dict[str, str]) -> tuple[Tables, list[Problem]]:
    """One event per (SQLDATE, actor codes, event code) of the kept rows, as checked Tables and warnings."""
    if "SOURCEURL" not in kept.column_names:
        kept = kept.append_column("SOURCEURL", pa.array([""] * kept.num_rows, type=pa.string()))
    text = {name: kept.column(name) for name in ("SQLDATE", "Actor1Code", "Actor2Code", "EventCode")}
    if not pc.all(pc.match_substring_regex(kept.column("GLOBALEVENTID"), r"^\d+$")).as_py():
        raise Irregular("a GLOBALEVENTID is not a number")
    key = pc.binary_join_element_wise(*text.values(), "\t").combine_chunks()
    which = pc.dictionary_encode(key).indices.to_numpy()  # event number, in order of first row
    del key
    _, first = np.unique(which, return_index=True)
    n = len(first)
    # Python strings only for the cells of each event's first row, and the three a source needs.
    column = {name: kept.column(name).take(pa.array(first)).to_numpy(zero_copy_only=False)
              for name in kept.column_names if name not in ("SOURCEURL", "GLOBALEVENTID", "DATEADDED", "__row__")}
    days = pd.to_datetime(pd.Series(column["SQLDATE"]), format="%Y%m%d", errors="coerce")
    if days.isna().any() or not pc.all(pc.match_substring_regex(text["SQLDATE"], r"^\d{8}$")).as_py():
        raise Irregular("a SQLDATE is not a date")
    order = np.argsort(which, kind="stable")
    rows_of = {name: kept.column(name).take(pa.array(order)).to_numpy(zero_copy_only=False)
               for name in ("SOURCEURL", "GLOBALEVENTID", "DATEADDED")}
    urls = rows_of["SOURCEURL"]
    for url in pd.unique(urls):
        if url != url.strip() or (url and not is_web_url(url)):
            raise Irregular("a SOURCEURL is not an http(s) address")

    countries = CountryActors(known.actors)
    codes = column["EventCode"]
    a1, a2 = column["Actor1Code"], column["Actor2Code"]
    event_ids = np.array([f"gdelt-{d}-{x or 'none'}-{y or 'none'}-{c}"
                          for d, x, y, c in zip(column["SQLDATE"], a1, a2, codes)], dtype=object)
    if len(set(event_ids)) != n or not all(_EVENT_ID.match(e) for e in event_ids):
        raise Irregular("an event id the flat format refuses")

    # Actors: one look-up per distinct (code, name, country, role); an event names one or two of them.
    slots: dict[tuple, int] = {}
    objects: list[Actor | None] = []

    def slot_of(cells: tuple) -> int:
        if cells not in slots:
            slots[cells] = len(objects)
            objects.append(countries.from_cameo(*cells))
        return slots[cells]

    pairs = []
    for number in (1, 2):
        cells = zip(*(column[f"Actor{number}{c}"] for c in ACTOR_CELLS))
        pairs.append(np.fromiter((slot_of(c) for c in cells), dtype=np.int64, count=n))
    is_none = np.array([o is None for o in objects] + [True])
    cell_of = np.array([o.cell if o is not None else "" for o in objects], dtype=object)
    has1, has2 = ~is_none[pairs[0]], ~is_none[pairs[1]]
    one = np.where(has1, pairs[0], np.where(has2, pairs[1], -1))
    two = np.where(has1 & has2 & (cell_of[pairs[0]] != cell_of[pairs[1]]), pairs[1], -1)

    # The title's names, the type and the label of each event code, once per distinct code.
    by_code = {c: cameo_type(c) for c in pd.unique(codes)}
    name_of = np.array([o.name if o is not None else "" for o in objects] + [""], dtype=object)
    who = [f"{x} – {y}" if y else (x or "unknown actors") for x, y in zip(name_of[one], name_of[two])]
    titles = [f"{w}: {by_code[c][1][0].lower()}{by_code[c][1][1:]}" for w, c in zip(who, codes)]
    if any(len(t) > MAX_TITLE_CHARS or "\n" in t or t != t.strip() or t.startswith("'") for t in titles):
        raise Irregular("a title the flat format refuses")

    # Rows of one event, in file order: their GLOBALEVENTIDs, and one source per distinct URL.
    grouped = which[order]
    starts = _first_of(grouped)
    ids_text = _ids_text(rows_of["GLOBALEVENTID"], grouped, starts, n)
    summaries = [f"Machine-coded by GDELT {version}: CAMEO {c} ({by_code[c][1]}), actors {x or '-'} and {y or '-'}; "
                 f"GLOBALEVENTID {i}." for c, x, y, i in zip(codes, a1, a2, ids_text)]
    sources = _sources(grouped, starts, urls, rows_of["GLOBALEVENTID"], rows_of["DATEADDED"], event_ids)

    places = pd.Series(column["ActionGeo_FullName"], dtype=object).str.split(",").str[0].str.strip()
    venues = [unguard_formula(p).strip() or None for p in places]
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    events = pd.DataFrame({
        "event_id": event_ids, "title": titles, "event_type": [by_code[c][0] for c in codes], "status": "held",
        "start_date": days.to_numpy(), "end_date": None, "date_precision": "day", "process": None,
        "round_number": None, "venue": venues, "venue_country": None, "summary": summaries,
        "tags": [f"GDELT; CAMEO {c}" for c in codes], "review_state": options.state or "candidate",
        "evidence": None, "confidence": None, "created_at": now, "updated_at": now})
    rows = kept.column("__row__").to_numpy()[first]
    event_actors, actors, problems, described = _event_actors(objects, one, two, codes, event_ids, rows, known,
                                                               label, gdelt_columns)
    tables = Tables(events=coerce("events", events), event_actors=coerce("event_actors", event_actors),
                    sources=coerce("sources", sources), actors=coerce("actors", actors))
    return describe_new_actors(tables, collapse_warnings(problems), described)


def _ids_text(ids: np.ndarray, grouped: np.ndarray, starts: np.ndarray, n: int) -> list[str]:
    """Each event's first GLOBALEVENTIDs, ", "-joined, with "and N more" after the fifth."""
    out = list(ids[starts])
    counts = np.bincount(grouped, minlength=n)
    begin = np.flatnonzero(starts)
    for event in np.flatnonzero(counts > 1):  # most events have one row: only the merged ones are joined
        at, many = begin[event], counts[event]
        shown = ", ".join(ids[at:at + min(many, _IDS_SHOWN)])
        out[event] = shown + (f" and {many - _IDS_SHOWN} more" if many > _IDS_SHOWN else "")
    return out


def _sources(grouped: np.ndarray, starts: np.ndarray, urls: np.ndarray, ids: np.ndarray, added: np.ndarray,
             event_ids: np.ndarray) -> pd.DataFrame:
    """One source per distinct URL of an event, in order of first row; no URL only when its first row has none."""
    frame = pd.DataFrame({"event": grouped, "url": urls, "first": starts})
    keep = ~frame.duplicated(["event", "url"]).to_numpy() & ((urls != "") | starts)
    frame = frame[keep]
    number = frame.groupby("event", sort=False).cumcount().to_numpy() + 1
    events = event_ids[frame["event"].to_numpy()]
    kept_urls = frame["url"].to_numpy()
    # The publisher is the URL's host: found once per distinct scheme and host, not per URL.
    hosts = pc.extract_regex(pa.array(kept_urls, type=pa.string()), r"^(?P<h>[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)")
    hosts = hosts.field("h").fill_null("").to_numpy(zero_copy_only=False)
    by_host = {h: (publisher_of(h) if h else "GDELT") for h in pd.unique(hosts)}
    stamps = {a: _published(a) for a in pd.unique(added[keep])}
    return pd.DataFrame({
        "source_id": [f"{e}:s{k}" for e, k in zip(events, number)], "event_id": events,
        "publisher": [by_host[h] for h in hosts], "title": [f"GDELT event {i}" for i in ids[keep]],
        "url": [u or None for u in kept_urls], "published_at": [stamps[a] for a in added[keep]]})


def _event_actors(objects: list, one: np.ndarray, two: np.ndarray, codes: np.ndarray, event_ids: np.ndarray,
                  rows: np.ndarray, known: Tables, label: str, gdelt_columns: dict[str, str]):
    """The event-actor links, new actors, one warning per new actor (at its first row) and the import's
    description of each actor, as the flat format's check makes them."""
    index = ActorIndex(known.actors)
    talks = np.array([c.startswith("04") for c in codes])
    position = np.concatenate([np.flatnonzero(one >= 0) * 2, np.flatnonzero(two >= 0) * 2 + 1])
    order = np.argsort(position, kind="stable")
    position = position[order]
    event = position // 2
    slot = np.concatenate([one[one >= 0], two[two >= 0]])[order]
    role = np.where(talks[event], "participant", np.where(position % 2 == 0, "initiator", "target"))
    described: dict[str, Actor] = {}
    resolved: dict[int, tuple[str, str | None]] = {}
    for s in pd.unique(slot):  # in order of first use, as the row-by-row import meets them
        actor = objects[s]
        described.setdefault(actor.name, actor)
        parts = split_list(unguard_formula(f"{actor.cell} [initiator]").strip())
        match = _ACTOR_CELL.match(parts[0]) if len(parts) == 1 else None
        if match is None or match.group("name").strip() != actor.cell.strip():
            raise Irregular(f"actor {actor.cell!r} is not a cell the flat format reads back")
        name = actor.cell.strip()
        resolved[s] = (name, index.resolve(name))
    new: dict[str, str] = {}
    problems = []
    counts = pd.Series(slot).value_counts()
    for s in pd.unique(slot):
        name, actor_id = resolved[s]
        if actor_id is None:
            if name not in new:
                new[name] = index.new_id(name, taken=set(new.values()))
            at = int(rows[event[np.argmax(slot == s)]])
            reason = f"actor {name!r} is not known; it will be added as a new actor of kind 'other'"
            problems += [Problem(label, at, gdelt_columns.get("actors", "actors"), reason, "warning")] * int(counts[s])
    ids = {s: (actor_id or new[name]) for s, (name, actor_id) in resolved.items()}
    links = pd.DataFrame({"event_id": event_ids[event], "actor_id": [ids[s] for s in slot], "role": role})
    actors = pd.DataFrame([{"actor_id": actor_id, "name": name, "kind": "other", "review_state": "confirmed"}
                           for name, actor_id in new.items()])
    return links, actors, problems, described
