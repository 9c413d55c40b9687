"""The serving copy of a store as Arrow IPC files that every worker memory-maps: built once per change of the store.

A folder per content key (`Store.serving_token`) holds the lean columns (category codes, dates as
integers, ids as fixed-width bytes with their sorted order), the actor links, the text-index
positions (SQLite), and each event's title and line of the CSV export, written by the export's own
Arrow writer, from which the page's CSV download takes the lines of the events it selects. Workers map the
files, so the pages are shared by every process (the OS page cache), not copied into each:
opening a million-event snapshot takes well under a second, building one the time of a
`Store.load()` plus the flattening. The folder is written under another name and renamed
when complete, so a reader sees a whole snapshot or none.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from tracker.dashboard.lean import CATEGORY_COLUMNS, LEAN_COLUMNS, IdIndex, day_arrays, serving_order
from tracker.filters import FilterIndex
from tracker.flat_columns import one_array
from tracker.export.csv_format import csv_fields, csv_lines
from tracker.flat_columns import LARGE, Flattener, text_array
from tracker.models import CATEGORIES, Tables, empty_frame
from tracker.store import Store
from tracker.store.serving import snapshot_folder

#: Bump when the files' layout changes: an old snapshot is then rebuilt, never misread.
LAYOUT = 4
#: Events flattened at a time.
BATCH = 20_000
NAT = np.iinfo(np.int64).min
READY = "meta.json"  # written last: a folder without it is incomplete


# --- building -------------------------------------------------------------------------

def _codes(values: pd.Series, column: str) -> tuple[np.ndarray, list[str]]:
    """A lean column's category codes (-1: missing) and categories as a fresh load gives them (hashed once
    per distinct value, not per event)."""
    codes, uniques = pd.factorize(values)
    texts = [str(v).strip() for v in np.asarray(uniques, dtype=object)]
    categories = list(CATEGORIES[column]) if column in CATEGORIES else sorted({t for t in texts if t})
    where = {c: i for i, c in enumerate(categories)}
    target = np.array([where.get(t, -1) for t in texts] + [-1], dtype=np.int64)
    return pd.Categorical.from_codes(target[codes], categories=categories).codes, categories


def _days(values: pd.Series) -> np.ndarray:
    return values.to_numpy().astype("datetime64[s]").astype(np.int64)


def _lean_table(events: pd.DataFrame, ids: IdIndex) -> tuple[pa.Table, dict[str, list[str]]]:
    """The lean columns of `events` (in serving order) as codes and integers, with the ids and their day numbers."""
    columns: dict[str, pa.Array] = {}
    categories: dict[str, list[str]] = {}
    for column in CATEGORY_COLUMNS:
        codes, categories[column] = _codes(events[column], column)
        columns[column] = pa.array(codes)
    columns["start_date"] = pa.array(_days(events["start_date"]))
    columns["end_date"] = pa.array(_days(events["end_date"]))
    rounds = events["round_number"]
    columns["round_number"] = pa.array(rounds.astype("Float64").to_numpy(dtype=float, na_value=np.nan))
    width = ids.ids.dtype.itemsize
    for name, values in (("id", ids.ids), ("sorted_id", ids.sorted)):
        columns[name] = pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), len(values), [None, pa.py_buffer(values.tobytes())])
    columns["id_order"] = pa.array(ids.order.astype(np.int64))
    precision = events["date_precision"].astype(object).to_numpy()
    for name, values in day_arrays(events, precision).items():
        columns[name] = pa.array(np.asarray(values, dtype=np.int64))
    return pa.table(columns), categories


def _write(path: Path, table: pa.Table) -> None:
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=max(len(table), 1))  # one chunk: takes and views need no joining


def _flat_table(full: Tables, events: pd.DataFrame) -> pa.Table:
    """Each event's title and its line of `tracker export --format csv` (CRLF ended), in the serving order,
    written as the export writes them (`Flattener` with `csv_fields`, then `csv_lines`): one chunk each."""
    titles, lines = [], []
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="snapshot") as pool:
        flattener = Flattener(full, events, csv_fields, pool)
        for start in range(0, flattener.n, BATCH):
            lines.append(csv_lines(list(flattener.chunk(start, min(start + BATCH, flattener.n)).values())))
    titles = text_array(events["title"]) if len(events) else pa.array([], type=LARGE)
    lines = pa.concat_arrays(lines) if lines else pa.array([], type=LARGE)
    return pa.table({"title": titles, "csv": lines})


def build(store: Store, folder: Path | None = None) -> Path:
    """Write the snapshot of `store` as it is now into its folder (see `snapshot_folder`); its path."""
    mark = store.touched_mark()  # first: a write after it is in the data too, and is applied again (harmlessly)
    token = store.serving_token()
    root = folder or snapshot_folder(store.location)
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{token}-v{LAYOUT}"
    if (target / READY).exists():
        return target
    full, index = serving_order(store.load())
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=root))
    try:
        lean, categories = _lean_table(full.events, index.positions)
        _write(work / "lean.arrow", lean)
        _write(work / "links.arrow", pa.table({"event": pa.array(index.link_event.astype(np.int32)),
                                               "actor": pa.array(index.link_actor.astype(np.int32))}))
        rows = store.text_index_rows()
        if rows is not None:
            _write(work / "fts.arrow", pa.table({"position": pa.array(_fts_positions(rows, index.positions))}))
        _write(work / "flat.arrow", _flat_table(full, full.events))
        meta = {"layout": LAYOUT, "token": token, "mark": mark, "events": len(full.events), "categories": categories,
                "actor_ids": [str(a) for a in index.actor_ids], "built_at": time.time()}
        (work / READY).write_text(json.dumps(meta))
        try:
            work.rename(target)
        except OSError:  # another process finished the same snapshot first
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    _forget_old(root, keep=target)
    return target


def _fts_positions(chunks, ids: IdIndex) -> np.ndarray:
    rowid_parts, position_parts = [], []
    for rows in chunks:
        rowid, event_id = zip(*rows)
        rowid_parts.append(np.array(rowid, dtype=np.int64))
        position_parts.append(ids.get_indexer(event_id))
    rowids = np.concatenate(rowid_parts) if rowid_parts else np.zeros(0, dtype=np.int64)
    positions = np.full(int(rowids.max()) + 1 if len(rowids) else 1, -1, dtype=np.int32)
    if len(rowids):
        positions[rowids] = np.concatenate(position_parts)
    return positions


def _forget_old(root: Path, keep: Path, age: float = 60.0) -> None:
    """Remove other snapshots a while after they were replaced (a worker still mapping one keeps its pages)."""
    for other in root.iterdir():
        if other != keep and other.is_dir() and time.time() - other.stat().st_mtime > age:
            shutil.rmtree(other, ignore_errors=True)


# --- opening ---------------------------------------------------------------------------

def _mapped(path: Path) -> pa.Table:
    return pa.ipc.open_file(pa.memory_map(str(path))).read_all()


def _numbers(table: pa.Table, name: str) -> np.ndarray:
    return one_array(table.column(name)).to_numpy(zero_copy_only=True)


def _fixed(table: pa.Table, name: str) -> np.ndarray:
    chunk = one_array(table.column(name))
    width = chunk.type.byte_width
    buffer = chunk.buffers()[1]
    return np.frombuffer(buffer, dtype=f"S{width}", count=len(chunk), offset=chunk.offset * width)


@dataclass
class Snapshot:
    """An opened snapshot: what `DashboardData.from_snapshot` serves (arrays are views of the mapped files)."""

    store: Store | None
    tables: Tables  # events: the lean columns; actors, processes, venues: read from the store
    index: FilterIndex
    flat: pa.Table  # each event's title and CSV export line
    token: str
    mark: int
    fts_positions: np.ndarray | None = None
    derived: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.tables.events)


def open_snapshot(path: Path, store: Store | None) -> Snapshot:
    """The snapshot in a folder, its files memory-mapped."""
    meta = json.loads((path / READY).read_text())
    lean = _mapped(path / "lean.arrow")
    links = _mapped(path / "links.arrow")
    categories = meta["categories"]
    reference = {table: store.load_table(table) for table in ("actors", "processes", "venues")} if store is not None else {}
    fts = _numbers(_mapped(path / "fts.arrow"), "position") if (path / "fts.arrow").exists() else None
    if not meta["events"]:
        events = empty_frame("events")[list(LEAN_COLUMNS)]
        events["tags"] = pd.Categorical([], categories=[])
        index = FilterIndex(IdIndex([]), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32),
                            pd.Index(meta["actor_ids"], dtype=object))
        return Snapshot(store, Tables(events=events, **reference), index, _mapped(path / "flat.arrow"), meta["token"],
                        int(meta["mark"]), fts)

    def category(column: str) -> pd.Categorical:
        return pd.Categorical.from_codes(_numbers(lean, column), categories=categories[column])

    events = pd.DataFrame({
        "event_type": category("event_type"), "status": category("status"),
        "start_date": _numbers(lean, "start_date").view("datetime64[s]"),
        "end_date": _numbers(lean, "end_date").view("datetime64[s]"),
        "date_precision": category("date_precision"), "process": category("process"),
        "round_number": pd.array(_numbers(lean, "round_number"), dtype="Float64").astype("Int64"),
        "venue": category("venue"), "review_state": category("review_state"), "tags": category("tags"),
    }, copy=False)
    ids = IdIndex.from_arrays(_fixed(lean, "id"), _numbers(lean, "id_order"), _fixed(lean, "sorted_id"))
    index = FilterIndex(ids, _numbers(links, "event"), _numbers(links, "actor"), pd.Index(meta["actor_ids"], dtype=object))
    derived = {name: _numbers(lean, name) for name in ("start_days", "end_days", "span_end")}
    return Snapshot(store, Tables(events=events, **reference), index, _mapped(path / "flat.arrow"), meta["token"],
                    int(meta["mark"]), fts, derived)


@contextmanager
def _building_lock(root: Path):
    """One builder at a time per store (the other workers wait, then open what it built)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current(store: Store, in_process: bool = True) -> Snapshot:
    """The snapshot of `store` as it is now, built first when missing (`in_process=False`: in a child process,
    so the building's memory goes back to the system when it ends)."""
    if store.location == ":memory:":
        with tempfile.TemporaryDirectory(prefix="tracker-snapshot-") as folder:
            return open_snapshot(build(store, Path(folder)), store)  # the mapped files outlive their names
    root = snapshot_folder(store.location)
    with _building_lock(root):
        target = root / f"{store.serving_token()}-v{LAYOUT}"
        if not (target / READY).exists():
            if in_process:
                target = build(store, root)
            else:
                target = build_elsewhere(store, root)
    return open_snapshot(target, store)


def build_elsewhere(store: Store, root: Path) -> Path:
    """`build` in a child process (`python -m tracker.dashboard.snapshot`) at a lower CPU priority than the
    server's requests; the folder it wrote."""
    location = getattr(store, "_url", None) or store.location
    env = {**os.environ, "TRACKER_SNAPSHOT_DB": location}
    done = subprocess.run([sys.executable, "-m", "tracker.dashboard.snapshot", str(root)], env=env,
                          capture_output=True, text=True, check=False,
                          preexec_fn=lambda: os.nice(10))  # the serving processes go first
    if done.returncode != 0:
        raise RuntimeError(f"building the serving snapshot failed: {done.stderr.strip()[-2000:]}")
    return Path(done.stdout.strip().splitlines()[-1])


def _main() -> None:
    from tracker.store import open_store

    store = open_store(os.environ["TRACKER_SNAPSHOT_DB"])
    try:
        print(build(store, Path(sys.argv[1])))
    finally:
        store.close()


if __name__ == "__main__":
    _main()
