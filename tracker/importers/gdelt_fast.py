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

from tracker.dates import check_in_range
from tracker.flat import _ACTOR_CELL, MAX_SPELLING_HINTS, MAX_TITLE_CHARS, ROWS_ATTR, is_web_url, spelling_hint
from tracker.frames import STRING, coerce
from tracker.importers.actors import Actor, CountryActors, describe_new_actors, fips_to_iso3
from tracker.importers.base import ImportOptions, Progress, collapse_warnings, publisher_of
from tracker.models import Tables, cameo_type, split_list
from tracker.problems import Problem
from tracker.resolve import ActorIndex

#: The cells the import reads; the other columns are never turned into strings.
ACTOR_CELLS = ("Code", "Name", "CountryCode", "Type1Code")
NEEDED = ("GLOBALEVENTID", "SQLDATE", *(f"Actor{n}{c}" for n in (1, 2) for c in ACTOR_CELLS), "EventCode",
          "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL")
#: Bytes Arrow parses at a time: the memory of a block stays small whatever the file's size.
BLOCK = 1 << 20
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
    if not parts:
        return pa.table({}), seen
    kept = pa.concat_tables(parts)
    del parts[:]  # each block's rows are freed as soon as they are in the one table
    return kept.combine_chunks(), seen


def read_fast(stream: IO[bytes], size: int, names: list[str], version: str, label: str, known: Tables,
              options: ImportOptions, gdelt_columns: dict[str, str],
              progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
    """The Tables and warnings of a regular GDELT file (`Irregular` for any other)."""
    kept, _ = read_kept(stream, size, names, options, progress)
    if kept.num_rows == 0:
        return Tables(), [Problem(label, None, "EventCode", f"no event of CAMEO code(s) {', '.join(options.cameo)} in the file",
                                  "warning")]
    box = [kept]
    del kept  # merged_tables lets go of the rows once each event's first row is taken
    return merged_tables(box, version, label, known, options, gdelt_columns)


def _published(added: str) -> np.datetime64:
    """DATEADDED as the source's publication time (what the flat `published` cell would hold, to the minute)."""
    if not re.fullmatch(r"\d{8}(\d{6})?", added):
        return np.datetime64("NaT", "s")
    try:
        stamp = dt.datetime(int(added[:4]), int(added[4:6]), int(added[6:8]),
                            *((int(added[8:10]), int(added[10:12])) if len(added) >= 12 else ()))
    except ValueError:
        raise Irregular(f"DATEADDED {added!r} is not a date") from None
    return np.datetime64(stamp, "s")


def _first_of(values: np.ndarray) -> np.ndarray:
    """Where a run of equal values (sorted by group) starts."""
    starts = np.ones(len(values), dtype=bool)
    starts[1:] = values[1:] != values[:-1]
    return starts


def _per_distinct(values: pa.Array, convert, kind=object) -> np.ndarray:
    """`convert` of each value, computed once per distinct value (GDELT repeats few codes, days, hosts)."""
    encoded = pc.dictionary_encode(values)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    distinct = np.array([convert(v) for v in encoded.dictionary.to_pylist()], dtype=kind)
    return distinct[encoded.indices.to_numpy(zero_copy_only=False)]


def _all(condition) -> bool:
    return bool(pc.all(condition).as_py()) if len(condition) else True


def _text(values) -> pa.Array:
    return pa.array(values, type=pa.string())


def _large(values) -> pa.Array:
    """Text as the frames hold it (large_string): made once, not copied again by pandas."""
    return values.cast(pa.large_string())


def _frame(table: str, columns: dict) -> pd.DataFrame:
    """A table's frame from Arrow columns (text stays Arrow-backed: no Python string per cell)."""
    arrow = {k: v for k, v in columns.items() if isinstance(v, (pa.Array, pa.ChunkedArray))}
    frame = pa.table(arrow).to_pandas(types_mapper={pa.string(): STRING, pa.large_string(): STRING}.get)
    for name, value in columns.items():
        if name not in arrow:
            frame[name] = value
    return coerce(table, frame)


def merged_tables(box: list[pa.Table], version: str, label: str, known: Tables, options: ImportOptions,
                  gdelt_columns: dict[str, str]) -> tuple[Tables, list[Problem]]:
    """One event per (SQLDATE, actor codes, event code) of the kept rows (the table in `box`, taken out of it,
    so its memory goes when it is no longer needed), as checked Tables and warnings."""
    kept = box.pop()
    if "SOURCEURL" not in kept.column_names:
        kept = kept.append_column("SOURCEURL", _text([""] * kept.num_rows))
    if not _all(pc.match_substring_regex(kept.column("GLOBALEVENTID"), r"^\d+$")) or \
            not _all(pc.match_substring_regex(kept.column("SQLDATE"), r"^\d{8}$")):
        raise Irregular("a GLOBALEVENTID is not a number or a SQLDATE not 8 digits")
    key = pc.binary_join_element_wise(*(kept.column(c) for c in ("SQLDATE", "Actor1Code", "Actor2Code", "EventCode")), "\t")
    which = pc.dictionary_encode(key).combine_chunks().indices.to_numpy()  # event number, in order of first row
    del key
    _, first = np.unique(which, return_index=True)
    n = len(first)
    head = kept.take(pa.array(first))  # each event's first row
    kept = kept.select(["GLOBALEVENTID", "SOURCEURL", "DATEADDED"])  # all a source needs of the other rows
    col = {name: head.column(name).combine_chunks() for name in head.column_names}

    def day(text: str) -> np.datetime64:
        try:
            return np.datetime64(check_in_range(dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))), "s")
        except ValueError:  # not a date, or outside the supported dates: the row-by-row path says which row
            raise Irregular(f"SQLDATE {text!r} is not a date") from None

    days = _per_distinct(col["SQLDATE"], day, "datetime64[s]")
    for url in pc.unique(kept.column("SOURCEURL")).to_pylist():
        if url != url.strip() or (url and not is_web_url(url)):
            raise Irregular("a SOURCEURL is not an http(s) address")

    none = lambda c: pc.if_else(pc.equal(c, ""), "none", c)  # noqa: E731
    event_ids = pc.binary_join_element_wise("gdelt", col["SQLDATE"], none(col["Actor1Code"]), none(col["Actor2Code"]),
                                            col["EventCode"], "-")
    if not _all(pc.match_substring_regex(event_ids, r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")) or \
            pc.count_distinct(event_ids).as_py() != n:
        raise Irregular("an event id the flat format refuses")
    event_ids = _large(event_ids)

    # Actors: one look-up per distinct (code, name, country, role); an event names one or two of them.
    countries = CountryActors(known.actors)
    slots: dict[tuple, int] = {}
    objects: list[Actor | None] = []

    def slot_of(joined: str) -> int:
        cells = tuple(joined.split("\t"))
        if cells not in slots:
            slots[cells] = len(objects)
            objects.append(countries.from_cameo(*cells))
        return slots[cells]

    pairs = [_per_distinct(pc.binary_join_element_wise(*(col[f"Actor{k}{c}"] for c in ACTOR_CELLS), "\t"), slot_of,
                           np.int64) for k in (1, 2)]
    nobody = len(objects)
    is_none = np.array([o is None for o in objects])
    cell_of = np.array([o.cell if o is not None else "" for o in objects], dtype=object)
    has1, has2 = ~is_none[pairs[0]], ~is_none[pairs[1]]
    one = np.where(has1, pairs[0], np.where(has2, pairs[1], -1))
    two = np.where(has1 & has2 & (cell_of[pairs[0]] != cell_of[pairs[1]]), pairs[1], -1)

    # Titles: "<names>: <what CAMEO calls the code>", from the few distinct names and codes.
    names = _text([o.name if o is not None else "" for o in objects] + [""])
    type_of = _per_distinct(col["EventCode"], lambda c: cameo_type(c)[0])
    said = _per_distinct(col["EventCode"], lambda c: cameo_type(c)[1])
    first_name = names.take(pa.array(np.where(one >= 0, one, nobody)))
    second = names.take(pa.array(np.where(two >= 0, two, nobody)))
    who = pc.binary_join_element_wise(first_name, pc.if_else(pa.array(two >= 0), " – ", ""), second, "")
    who = pc.if_else(pa.array(one < 0), "unknown actors", who)
    lowered = _text([s[:1].lower() + s[1:] for s in said])
    titles = pc.binary_join_element_wise(who, lowered, ": ")
    if not _all(pc.less_equal(pc.utf8_length(titles), MAX_TITLE_CHARS)) or pc.any(pc.match_substring(titles, "\n")).as_py() \
            or not _all(pc.equal(pc.utf8_trim_whitespace(titles), titles)):
        raise Irregular("a title the flat format refuses")
    titles = _large(titles)
    del who, first_name, second

    # Rows of one event, in file order: their GLOBALEVENTIDs, and one source per distinct URL.
    order = np.argsort(which, kind="stable")
    grouped = which[order]
    starts = _first_of(grouped)
    ids_text = _ids_text(kept.column("GLOBALEVENTID").take(pa.array(order)), col["GLOBALEVENTID"], grouped, starts, n)
    dash = lambda c: pc.if_else(pc.equal(c, ""), "-", c)  # noqa: E731
    summaries = pc.binary_join_element_wise(
        f"Machine-coded by GDELT {version}: CAMEO ", col["EventCode"], " (", _text(said), "), actors ",
        dash(col["Actor1Code"]), " and ", dash(col["Actor2Code"]), "; GLOBALEVENTID ", ids_text, ".", "")
    summaries = _large(summaries)
    del ids_text
    sources = _sources(kept, order, grouped, starts, event_ids)

    venues = pc.utf8_trim_whitespace(pc.list_element(pc.split_pattern(col["ActionGeo_FullName"], ",", max_splits=1), 0))
    if not _all(pc.equal(pc.utf8_trim_whitespace(venues), venues)):
        raise Irregular("a venue the flat check would trim again")
    now = np.datetime64(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0), "s")
    events = _frame("events", {
        "event_id": event_ids, "title": titles, "event_type": _text(type_of), "status": "held", "start_date": days,
        "end_date": None, "date_precision": "day", "process": None, "round_number": None,
        "venue": pc.if_else(pc.equal(venues, ""), None, venues), "venue_country": _iso3(col["ActionGeo_CountryCode"]),
        "summary": summaries,
        "tags": pc.binary_join_element_wise("GDELT; CAMEO ", col["EventCode"], ""),
        "review_state": options.state or "candidate", "evidence": None, "confidence": None, "created_at": now,
        "updated_at": now})
    rows, codes = col["__row__"].to_numpy(), col["EventCode"]
    del head, col, kept
    event_actors, actors, problems, described = _event_actors(objects, one, two, codes, event_ids, rows,
                                                               known, label, gdelt_columns)
    # each event's first line, as the flat check records it: a warning about the event names its line
    events.attrs[ROWS_ATTR] = dict(zip(event_ids.to_pylist(), rows.tolist()))
    tables = Tables(events=events, event_actors=event_actors, sources=sources, actors=coerce("actors", actors))
    return describe_new_actors(tables, collapse_warnings(problems), described)


def _iso3(fips: pa.Array) -> pa.Array:
    """ISO alpha-3 codes of GDELT's FIPS 10-4 country codes (null where there is none or it is unknown)."""
    table = fips_to_iso3()
    at = pc.index_in(pc.utf8_trim_whitespace(fips), value_set=_text(list(table)))
    return _large(pc.take(_text(list(table.values())), at))


def _ids_text(ids: pa.Array, firsts: pa.Array, grouped: np.ndarray, starts: np.ndarray, n: int) -> pa.Array:
    """Each event's first GLOBALEVENTIDs, ", "-joined, with "and N more" after the fifth."""
    counts = np.bincount(grouped, minlength=n)
    merged = np.flatnonzero(counts > 1)
    if not len(merged):
        return firsts
    begin = np.flatnonzero(starts)
    texts = []
    for event in merged:  # most events have one row: only the merged ones are joined
        at, many = int(begin[event]), int(counts[event])
        shown = ", ".join(ids.slice(at, min(many, _IDS_SHOWN)).to_pylist())
        texts.append(shown + (f" and {many - _IDS_SHOWN} more" if many > _IDS_SHOWN else ""))
    mask = np.zeros(n, dtype=bool)
    mask[merged] = True
    return pc.replace_with_mask(firsts, pa.array(mask), _text(texts))


def _sources(kept: pa.Table, order: np.ndarray, grouped: np.ndarray, starts: np.ndarray,
             event_ids: pa.Array) -> pd.DataFrame:
    """One source per distinct URL of an event, in order of first row; no URL only when its first row has none."""
    urls = kept.column("SOURCEURL").take(pa.array(order)).combine_chunks()
    encoded = pc.dictionary_encode(urls)
    url_code = encoded.indices.to_numpy().astype(np.int64)
    pair = grouped.astype(np.int64) * (len(encoded.dictionary) + 1) + url_code
    first_of_pair = np.zeros(len(pair), dtype=bool)
    first_of_pair[np.unique(pair, return_index=True)[1]] = True
    empty = pc.equal(urls, "").to_numpy(zero_copy_only=False)
    keep = first_of_pair & (~empty | starts)
    at = np.flatnonzero(keep)
    events = grouped[at]
    begins = _first_of(events)
    number = np.arange(len(at)) - np.maximum.accumulate(np.where(begins, np.arange(len(at)), 0)) + 1
    ids = event_ids.take(pa.array(events))
    kept_urls = urls.take(pa.array(at))
    hosts = pc.extract_regex(kept_urls, r"^(?P<h>[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)").field("h").fill_null("")
    rows = order[at]
    return _frame("sources", {
        "source_id": pc.binary_join_element_wise(ids, pa.array(number).cast(pa.large_string()),
                                                pa.scalar(":s", pa.large_string())), "event_id": ids,
        "publisher": _text(_per_distinct(hosts, lambda h: publisher_of(h) if h else "GDELT")),
        "title": pc.binary_join_element_wise("GDELT event ", kept.column("GLOBALEVENTID").take(pa.array(rows)), ""),
        "url": pc.if_else(pc.equal(kept_urls, ""), None, kept_urls),
        "published_at": _per_distinct(kept.column("DATEADDED").take(pa.array(rows)), _published, "datetime64[s]")})


def _event_actors(objects: list, one: np.ndarray, two: np.ndarray, codes: pa.Array, event_ids: pa.Array,
                  rows: np.ndarray, known: Tables, label: str, gdelt_columns: dict[str, str]):
    """The event-actor links, new actors, one warning per new actor (at its first row) and the import's
    description of each actor, as the flat format's check makes them."""
    index = ActorIndex(known.actors)
    talks = pc.starts_with(codes, "04").to_numpy(zero_copy_only=False)
    position = np.concatenate([np.flatnonzero(one >= 0) * 2, np.flatnonzero(two >= 0) * 2 + 1])
    order = np.argsort(position, kind="stable")
    position = position[order]
    event = position // 2
    slot = np.concatenate([one[one >= 0], two[two >= 0]])[order]
    role = np.where(talks[event], 0, np.where(position % 2 == 0, 1, 2))
    described: dict[str, Actor] = {}
    resolved: dict[int, tuple[str, str | None]] = {}
    used = pd.unique(slot)  # in order of first use, as the row-by-row import meets them
    for s in used:
        actor = objects[s]
        described.setdefault(actor.name, actor)
        parts = split_list(f"{actor.cell} [initiator]".strip())
        match = _ACTOR_CELL.match(parts[0]) if len(parts) == 1 else None
        if match is None or match.group("name").strip() != actor.cell.strip():
            raise Irregular(f"actor {actor.cell!r} is not a cell the flat format reads back")
        name = actor.cell.strip()
        resolved[s] = (name, index.resolve(name))
    new: dict[str, str] = {}
    hints: dict[str, str] = {}
    problems = []
    counts = np.bincount(slot, minlength=len(objects))
    distinct, at = np.unique(slot, return_index=True)
    first_use = dict(zip(distinct.tolist(), at.tolist()))
    for s in used:
        name, actor_id = resolved[s]
        if actor_id is None:
            if name not in new:
                hints[name] = spelling_hint(name, index) if len(new) < MAX_SPELLING_HINTS else ""  # as the flat check
                new[name] = index.new_id(name, taken=set(new.values()))
            reason = f"actor {name!r} is not known; it will be added as a new actor of kind 'other'{hints[name]}"
            problem = Problem(label, int(rows[event[first_use[s]]]), gdelt_columns.get("actors", "actors"), reason, "warning")
            problems += [problem] * int(counts[s])
    ids = np.array([(resolved[s][1] or new[resolved[s][0]]) if s in resolved else "" for s in range(len(objects))],
                   dtype=object)
    links = _frame("event_actors", {"event_id": event_ids.take(pa.array(event)), "actor_id": _text(ids[slot]),
                                    "role": _text(["participant", "initiator", "target"]).take(pa.array(role))})
    actors = pd.DataFrame([{"actor_id": actor_id, "name": name, "kind": "other", "review_state": "confirmed"}
                           for name, actor_id in new.items()])
    return links, actors, problems, described
