"""The CSV download figure of `tracker bench`: the dashboard's download of every event of a store, in process.

It runs what `download/events.csv` runs (the lean copy's filter, `csv_chunks`), without HTTP, so
the figure is the download's own work; `tracker bench` also times it through a running server.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path


def download_figures(db: Path, query: str = "state=any") -> dict[str, float]:
    """Rows, seconds and rows/s of the dashboard's CSV download of `query` from a copy of the store at `db`."""
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.download import csv_chunks, view_filter
    from tracker.store import open_store

    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        copy = Path(folder) / Path(db).name
        shutil.copy(db, copy)  # the bench stores are read-only; opening one migrates it
        store = open_store(copy)
        try:
            started = time.perf_counter()
            data = DashboardData.load(store)
            load = time.perf_counter() - started
            _, f, _ = view_filter(data, query)
            started = time.perf_counter()
            rows = sum(chunk.count(b"\r\n") for chunk in csv_chunks(data, f)) - 1
            seconds = time.perf_counter() - started
        finally:
            store.close()
    return {"download_load_s": load, "download_rows": rows, "download_s": seconds, "download_rows_s": rows / seconds}


def describe(figures: dict[str, float]) -> str:
    """One line of the bench's output."""
    return (f"CSV download (in process): {figures['download_rows']:,.0f} rows in {figures['download_s']:.2f} s "
            f"({figures['download_rows_s']:,.0f} rows/s; target at 1M events: >= 250,000 rows/s)")
