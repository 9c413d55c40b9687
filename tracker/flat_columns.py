"""The flat event format a chunk of events at a time in Arrow: the cells of `tables_to_rows`, no Python string per cell.

`Flattener(tables, events, cells)` does once what every chunk needs: each child row's
event (Arrow hashes the ids), the children of each event in order, and the text of
the columns with few distinct values (categories, dates, numbers, actor lines), with the
per-cell transform `cells` (the CSV export's quoting) already applied to those distinct
values. `Flattener.chunk(start, stop)` then gives the columns of those events as Arrow
arrays. Chunks keep the memory the work touches small (and so reused), and can be built
on several threads: Arrow's kernels let go of the GIL.
"""
from __future__ import annotations

from concurrent.futures import Executor
from typing import Callable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tracker.models import Tables

#: The columns of the flat event format, in order (`tracker.flat` reads and writes it; see docs/import-format.md).
FLAT_COLUMNS = (
    "event_id", "title", "event_type", "status", "start_date", "end_date", "date_precision",
    "process", "round_number", "venue", "venue_country", "summary", "tags", "review_state",
    "actors", "sources", "quotes", "links", "evidence", "confidence", "created_at", "updated_at",
)
LARGE = pa.large_string()
#: A per-cell transform: an array of cells to the parts that, concatenated, are the new cells.
Cells = Callable[[pa.Array], Sequence[pa.Array]]
DATES = ("start_date", "end_date", "created_at", "updated_at")
CHILDREN = {"actors": ("event_actors", "event_id"), "sources": ("sources", "event_id"),
            "quotes": ("quotes", "event_id"), "links": ("event_links", "from_event_id")}


def concat(*parts: pa.Array | str) -> pa.Array:
    """Element-wise concatenation of large_string arrays (no nulls) and str literals."""
    return pc.binary_join_element_wise(*(pa.scalar(p, LARGE) if isinstance(p, str) else p for p in parts),
                                       pa.scalar("", LARGE))


def as_is(cells: pa.Array) -> Sequence[pa.Array]:
    return (cells,)


def _joined(parts: Sequence[pa.Array]) -> pa.Array:
    return parts[0] if len(parts) == 1 else concat(*parts)


def _objects(values: pd.Series) -> np.ndarray:
    return np.asarray(values.array, dtype=object)


def _arrow(values: pd.Series) -> bool:
    return getattr(values.dtype, "storage", None) == "pyarrow"


def one_array(array: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A chunked array as one array: its only chunk as it is (combine_chunks would copy it)."""
    if isinstance(array, pa.ChunkedArray):
        return array.chunk(0) if array.num_chunks == 1 else array.combine_chunks()
    return array


def _no_nulls(array: pa.Array) -> pa.Array:
    return array.fill_null("") if array.null_count else array


def _values(values: pd.Series) -> pd.Series | np.ndarray:
    """What pd.factorize reads fastest: Arrow-backed strings as they are (hashed in Arrow), others as objects."""
    return values if _arrow(values) else _objects(values)


def text_array(values: np.ndarray | pd.Series, nulls: bool = False) -> pa.Array:
    """Cells as large_string: str as they are, other values through str(), missing as "" (or null: `nulls`)."""
    if isinstance(values, pd.Series) and _arrow(values):
        array = one_array(values.array.__arrow_array__()).cast(LARGE)  # already Arrow: no Python objects
    else:
        objects = _objects(values) if isinstance(values, pd.Series) else values
        try:
            array = pa.array(objects, type=LARGE, from_pandas=True)
        except (pa.ArrowTypeError, pa.ArrowInvalid):
            array = pa.array([None if _missing(v) else str(v) for v in objects], type=LARGE)
    return array.fill_null("") if array.null_count and not nulls else array


def _missing(value: object) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _text(value: object) -> str:
    return "" if _missing(value) else str(value)


class _Distinct:
    """A column with few distinct values: each row's code and the cells of each distinct value (code -1: "")."""

    def __init__(self, codes: np.ndarray, texts: list[str], cells: Cells):
        self.codes = np.where(codes < 0, len(texts), codes)
        self.cells = _joined(cells(pa.array([*texts, ""], type=LARGE)))

    def take(self, rows: np.ndarray | slice) -> pa.Array:
        return self.cells.take(pa.array(self.codes[rows]))


def _category(values: pd.Series, cells: Cells) -> _Distinct:
    return _Distinct(values.cat.codes.to_numpy(), [_text(c) for c in values.cat.categories], cells)


def _dates(values: pd.Series, cells: Cells, stamp: bool) -> _Distinct:
    """`_day` (or `_stamp`: to the minute, or second, unless at midnight) of each cell, once per distinct value."""
    codes, distinct = pd.factorize(values.to_numpy(dtype="datetime64[s]").view(np.int64))
    seconds = np.asarray(distinct, dtype=np.int64)
    times = seconds.view("datetime64[s]")
    text = np.datetime_as_string(times, unit="D").astype(object)
    if stamp:
        minutes = (seconds % 86_400 != 0) & ~np.isnat(times)
        text[minutes] = np.datetime_as_string(times[minutes], unit="m")
        with_seconds = minutes & (seconds % 60 != 0)
        text[with_seconds] = np.datetime_as_string(times[with_seconds], unit="s")
    text[np.isnat(times)] = ""
    return _Distinct(codes, list(text), cells)


def _numbers(values: pd.Series, cells: Cells, form: Callable[[object], str]) -> _Distinct:
    """Numbers (Int64 or Float64) as `form` writes them, once per distinct value (bit for bit); missing as ""."""
    raw = values.to_numpy(dtype=values.dtype.numpy_dtype, na_value=0)
    codes, distinct = pd.factorize(raw.view(np.int64))
    codes[values.isna().to_numpy()] = -1
    return _Distinct(codes, [form(v) for v in np.asarray(distinct).view(raw.dtype)], cells)


def cell_bytes(cells: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes of the cells (large_string) and where each cell starts and ends in them."""
    offsets = np.frombuffer(cells.buffers()[1], dtype=np.int64)[cells.offset:cells.offset + len(cells) + 1]
    data = cells.buffers()[2]
    return (np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)), offsets


def cells_with(cells: pa.Array, characters: bytes) -> np.ndarray:
    """Which cells hold any of these (ASCII) characters: numpy over the bytes, no per-cell call."""
    data, offsets = cell_bytes(cells)
    data = data[offsets[0]:offsets[-1]]
    hits = np.zeros(len(data), dtype=bool)
    for character in characters:
        hits |= data == character
    mask = np.zeros(len(cells), dtype=bool)
    where = np.flatnonzero(hits)
    if len(where):
        mask[np.searchsorted(offsets, where + offsets[0], side="right") - 1] = True
    return mask


def _one_line(values: pa.Array) -> pa.Array:
    """CR and LF replaced by a space each."""
    if not cells_with(values, b"\r\n").any():
        return values
    return pc.replace_substring(pc.replace_substring(values, "\r", " "), "\n", " ")


def _quote_lines(values: pa.Array) -> pa.Array:
    """A quote's text with its line breaks kept (LF; the import joins the lines after a quote's first with line
    breaks again), except a break before a line that would read as another quote ("[2] ..."): a space there.
    Flattened to one line, a two-paragraph quote imported back as an edit of the stored one (QA)."""
    if not cells_with(values, b"\r\n").any():
        return values
    values = pc.replace_substring(pc.replace_substring(values, "\r\n", "\n"), "\r", "\n")
    return pc.replace_substring_regex(values, r"\n(\s*\[\d+\])", r" \1")


class _Kids:
    """The rows of a child table whose event is flattened, in event order (table order within an event)."""

    def __init__(self, frame: pd.DataFrame, at: np.ndarray, n: int):
        kept = np.flatnonzero(at >= 0)
        self.frame = frame
        self.order = kept if (np.diff(at[kept]) >= 0).all() else kept[np.argsort(at[kept], kind="stable")]
        self.offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(at[self.order], minlength=n), out=self.offsets[1:])
        self._values: dict[str, pa.Array | np.ndarray] = {}

    def rows(self, events: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions in `order` of the children of these event rows, and where each event's children start."""
        starts, stops = self.offsets[events], self.offsets[events + 1]
        counts = stops - starts
        local = np.zeros(len(events) + 1, dtype=np.int64)
        np.cumsum(counts, out=local[1:])
        if len(events) and (events[1:] == events[:-1] + 1).all():
            return np.arange(starts[0], stops[-1]), local
        return np.repeat(starts - local[:-1], counts) + np.arange(local[-1]), local

    def values(self, column: str, at: np.ndarray) -> pa.Array | np.ndarray:
        """A column's values at positions `at` of `order` (a slice, not a copy, where those rows follow each other):
        Arrow for Arrow-backed columns, else objects."""
        if column not in self._values:
            values = self.frame[column]
            self._values[column] = text_array(values, nulls=True) if _arrow(values) else _objects(values)
        column_values, rows = self._values[column], self.order[at]
        if len(rows) and rows[-1] - rows[0] == len(rows) - 1 and (np.diff(rows) == 1).all():
            first = int(rows[0])
            return column_values.slice(first, len(rows)) if isinstance(column_values, pa.Array) \
                else column_values[first:first + len(rows)]
        return column_values.take(pa.array(rows)) if isinstance(column_values, pa.Array) else column_values[rows]

    def text(self, column: str, at: np.ndarray) -> pa.Array:
        values = self.values(column, at)
        return _no_nulls(values) if isinstance(values, pa.Array) else text_array(values)


class _now:
    """A call made at once, shaped like a Future (for when there is no pool)."""

    def __init__(self, function: Callable, *args, **kwargs):
        self._result = function(*args, **kwargs)

    def result(self):
        return self._result


def _join(lines: pa.Array, local: np.ndarray, sep: str) -> pa.Array:
    return pc.binary_join(pa.LargeListArray.from_arrays(pa.array(local), lines), pa.scalar(sep, LARGE))


class Flattener:
    """Flatten `events` of `tables` a chunk at a time (see the module's docstring)."""

    def __init__(self, tables: Tables, events: pd.DataFrame | None = None, cells: Cells = as_is,
                 pool: Executor | None = None):
        self.events = events = tables.events if events is None else events
        self.cells = cells
        n = self.n = len(events)
        self.ids = text_array(events["event_id"], nulls=True)
        run = pool.submit if pool is not None else _now
        # Each child row's event: its position among `events` (the first row with its id), -1 if
        # none. Arrow hashes the ids without the GIL, the child tables side by side on a pool.
        frames = {name: (getattr(tables, table), key) for name, (table, key) in CHILDREN.items()}
        found = []
        for group in (("events", "sources", "links"), ("actors", "quotes")):  # two halves of about the same size
            keys = [self.ids if name == "events" else text_array(frames[name][0][frames[name][1]], nulls=True)
                    for name in group]
            found.append((group, run(pc.index_in, pa.chunked_array(keys, type=LARGE), value_set=self.ids,
                                     skip_nulls=True), np.cumsum([len(k) for k in keys])[:-1]))
        self.distinct: dict[str, _Distinct] = {}
        self.texts: dict[str, pa.Array | np.ndarray] = {}
        for column in FLAT_COLUMNS:
            if column in CHILDREN:
                continue
            values = events[column]
            if column in DATES:
                self.distinct[column] = _dates(values, cells, stamp=column.endswith("_at"))
            elif column == "round_number":
                self.distinct[column] = _numbers(values.astype("Int64"), cells, lambda v: str(int(v)))
            elif column == "confidence":
                self.distinct[column] = _numbers(values.astype("Float64"), cells, lambda v: f"{float(v):g}")
            elif isinstance(values.dtype, pd.CategoricalDtype):
                self.distinct[column] = _category(values, cells)
            elif column != "event_id":  # text: the chunks slice these (no pandas on the threads)
                # Arrow-backed: kept with its nulls, so only each chunk's slice is filled (not a copy of it all).
                self.texts[column] = text_array(values, nulls=True) if _arrow(values) else _objects(values)
        self.published = _dates(tables.sources["published_at"], as_is, stamp=True)
        self.link_types = _category(tables.event_links["link_type"].astype("category"), as_is)
        actor_line = self._actor_lines(tables)
        cited_ids = self._cited_ids(tables, run)
        self.kids: dict[str, _Kids] = {}  # (the columns above were made while Arrow hashed)
        for group, future, cuts in found:
            positions = future.result().fill_null(-1).to_numpy().astype(np.int64)
            for name, at in zip(group, np.split(positions, cuts)):
                if name == "events":
                    self.first = np.where(at < 0, np.arange(n), at)  # each row's id's first row (a missing id: itself)
                else:
                    self.kids[name] = _Kids(frames[name][0], at, n)
        self.actor_line = actor_line[self.kids["actors"].order]
        self.cited = self._sources_cited(*cited_ids)

    def _actor_lines(self, tables: Tables) -> np.ndarray:
        """Each event_actors row's line `Name [role]` (an index into `actor_lines`), made once per (actor, role)."""
        actor_codes, actors = pd.factorize(_values(tables.event_actors["actor_id"]))
        roles = tables.event_actors["role"].astype("category")
        width = len(roles.cat.categories) + 1
        key = (actor_codes + 1) * width + roles.cat.codes.to_numpy() + 1  # 0 <= key < (actors + 1) * width
        present = np.zeros((len(actors) + 1) * width, dtype=bool)
        present[key] = True
        names: dict = {}
        for actor_id, name in zip(_objects(tables.actors["actor_id"]), _objects(tables.actors["name"])):
            if not pd.isna(actor_id):
                names.setdefault(actor_id, name)  # the first actor with an id names it
        role_texts = [""] + [_text(role) for role in roles.cat.categories]
        lines = []
        for pair in (np.flatnonzero(present) - width).tolist():  # actor code * width + role code + 1
            actor, role = divmod(pair, width)
            actor_id = _text(actors[actor]) if actor >= 0 else ""
            name = names.get(actors[actor] if actor >= 0 else "")
            shown = actor_id if name is None or pd.isna(name) else str(name)
            lines.append(f"{shown} [{role_texts[role]}]")
        self.actor_lines = pa.array(lines, type=LARGE)
        return (np.cumsum(present) - 1)[key]

    def _cited_ids(self, tables: Tables, run: Callable) -> tuple[np.ndarray, int, pa.Array, object]:
        """Source ids quotes cite: each quote's (code -1: none), how many, the source ids, their lookup (a future)."""
        codes, wanted = pd.factorize(_values(tables.quotes["source_id"]))
        ids = text_array(tables.sources["source_id"], nulls=True)
        return codes, len(wanted), ids, run(pc.index_in, ids, value_set=text_array(np.asarray(wanted, dtype=object)))

    def _sources_cited(self, codes: np.ndarray, wanted: int, ids: pa.Array, found) -> np.ndarray:
        """The number each kept quote cites: that, in its event, of the last kept source with its id (else 1)."""
        # Each source's cited id (-1: none); a source without an id is cited by a quote without one.
        cited = np.where(ids.is_null().to_numpy(zero_copy_only=False), wanted, found.result().fill_null(-1).to_numpy())
        sources, quotes = self.kids["sources"], self.kids["quotes"]
        number = np.arange(len(sources.order)) - np.repeat(sources.offsets[:-1], np.diff(sources.offsets)) + 1
        slot = cited[sources.order]
        last = np.full(wanted + 1, -1, dtype=np.int64)  # per cited id: its last kept source, in table order
        np.maximum.at(last, slot[slot >= 0], sources.order[slot >= 0])
        position = np.zeros(len(sources.frame) + 1, dtype=np.int64)
        position[sources.order] = np.arange(len(sources.order))
        codes = codes[quotes.order]
        source = last[np.where(codes < 0, wanted, codes)]
        return np.where(source >= 0, number[position[source]] if len(number) else 1, 1)

    def chunk(self, start: int, stop: int) -> dict[str, Sequence[pa.Array]]:
        """The columns of events start..stop-1, each as the parts `cells` gave."""
        cells, out = self.cells, {}
        for column in FLAT_COLUMNS:
            if column in self.distinct:
                out[column] = (self.distinct[column].take(slice(start, stop)),)
            elif column == "event_id":
                out[column] = cells(self.ids.slice(start, stop - start).fill_null(""))
            elif column in self.texts:
                values = self.texts[column]
                out[column] = cells(_no_nulls(values.slice(start, stop - start)) if isinstance(values, pa.Array)
                                    else text_array(values[start:stop]))
        first = self.first[start:stop]
        at, local = self.kids["actors"].rows(first)
        out["actors"] = cells(_join(self.actor_lines.take(pa.array(self.actor_line[at])), local, "; "))
        src = self.kids["sources"]
        at, local = src.rows(first)
        lines = concat(src.text("publisher", at), " | ", self.published.take(src.order[at]), " | ",
                       _one_line(src.text("title", at)), " | ", src.text("url", at))
        out["sources"] = cells(_join(lines, local, "\n"))
        quotes = self.kids["quotes"]
        at, local = quotes.rows(first)
        lines = concat("[", pa.array(self.cited[at]).cast(LARGE), "] ", quotes.text("speaker", at), ': "',
                       _quote_lines(quotes.text("text", at)), '"')
        out["quotes"] = cells(_join(lines, local, "\n"))
        links = self.kids["links"]
        at, local = links.rows(first)
        out["links"] = cells(_join(concat(self.link_types.take(links.order[at]), " ", links.text("to_event_id", at)),
                                   local, "; "))
        return {column: out[column] for column in FLAT_COLUMNS}


def flat_columns(tables: Tables, events: pd.DataFrame | None = None) -> dict[str, pa.Array]:
    """The cells of `tables_to_rows`, column by column, as Arrow large_string arrays."""
    flattener = Flattener(tables, events)
    return {column: _joined(parts) for column, parts in flattener.chunk(0, flattener.n).items()}
