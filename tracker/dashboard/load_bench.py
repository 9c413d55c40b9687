"""The figures of `tracker bench --users N`: a `tracker serve --workers W` server under N simulated analysts.

The server's ready time (from the command to every worker answering), each worker's private
memory (USS) and proportional share (PSS), then the analysts' latencies, errors and
throughput (`tracker.dashboard.load`), and whether every acknowledged edit is in the store
(and in its history, when the store keeps one).
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from tracker.dashboard import WORKER_THREADS
from tracker.dashboard.bench import free_port, synthetic_store
from tracker.dashboard.load import run_load

#: (key, label, format) of the rows of the table, in order.
ROWS = (
    ("engine", "store", "{}"), ("events", "events", "{:,}"), ("workers", "workers", "{}"),
    ("threads", "request threads per worker", "{}"), ("users", "simulated analysts", "{}"),
    ("think_s", "pause between an analyst's actions, mean (s)", "{:.1f}"),
    ("seconds", "duration (s)", "{:.0f}"), ("requests", "requests", "{:,}"), ("rps", "requests/s", "{:.1f}"),
    ("p50_ms", "latency p50 (ms)", "{:.0f}"), ("p95_ms", "latency p95 (ms)", "{:.0f}"), ("p99_ms", "latency p99 (ms)", "{:.0f}"),
    ("worker_cpu_ms", "server CPU per request, all workers (ms)", "{:.1f}"), ("errors", "errors", "{}"), ("edits", "edits acknowledged (review Save)", "{}"),
    ("edits_present", "... present in the store at the end", "{}"), ("edits_in_history", "... in its history", "{}"),
    ("snapshot_s", "snapshot of the store built or found, before the start (s)", "{:.1f}"),
    ("ready_s", "server ready from its start, every worker answering (s)", "{:.1f}"),
    ("worker_uss_mb", "private memory (USS) per worker, max (MB)", "{:.0f}"),
    ("worker_pss_mb", "proportional memory (PSS) per worker, max (MB)", "{:.0f}"),
    ("worker_uss_after_mb", "... USS per worker after the load, max (MB)", "{:.0f}"),
)


def prepared_store(location: str | None, events: int, seed: int, folder: Path) -> str:
    """The store to serve: `location` (filled with `events` synthetic events when empty) or a synthetic SQLite file."""
    if location is None:
        path, _ = synthetic_store(events, seed, folder)
        return str(path)
    from tracker.store import open_store

    store = open_store(location)
    try:
        held = store.counts()["events"]
        if held == 0:
            path, _ = synthetic_store(events, seed, folder)
            source = open_store(path)
            store.save(source.load())
            source.close()
        elif held != events:
            raise ValueError(f"{store.location} holds {held:,} events, not {events:,}: empty it, or pass --events {held}")
    finally:
        store.close()
    return location


def candidates(location: str) -> list[str]:
    """Ids of the candidate events (the review page edits those)."""
    from tracker.store import open_store

    store = open_store(location)
    try:
        return sorted(row[0] for rows in store.lean_rows() for row in rows if row[9] == "candidate")
    finally:
        store.close()


def snapshot_seconds(location: str) -> float:
    """Seconds to build the store's serving snapshot (or find it built), as `tracker serve` does first."""
    from tracker.dashboard.snapshot import current
    from tracker.store import open_store

    store = open_store(location)
    try:
        started = time.perf_counter()
        current(store, in_process=False)
        return time.perf_counter() - started
    finally:
        store.close()


def _memory(server: subprocess.Popen) -> tuple[float, float]:
    """The largest USS and PSS among the server's workers (MB)."""
    import psutil

    infos = [child.memory_full_info() for child in psutil.Process(server.pid).children()]
    return (max((i.uss for i in infos), default=0) / 2**20, max((i.pss for i in infos), default=0) / 2**20)


def _cpu_seconds(server: subprocess.Popen) -> float:
    """CPU seconds (user and system) the server's processes have used so far: per request, a figure that other
    work on the machine moves much less than it moves the latencies."""
    import psutil

    processes = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def _wait_ready(server: subprocess.Popen, base: str, workers: int, deadline: float) -> None:
    """Until every worker has answered the page (each answer names its worker)."""
    seen: set[str] = set()
    lock = threading.Lock()

    def ask() -> None:
        try:
            with urllib.request.urlopen(base, timeout=10) as answer:
                with lock:
                    seen.add(answer.headers.get("X-Tracker-Worker", "single"))
        except OSError:
            time.sleep(0.05)

    while len(seen) < workers and time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server ended: {server.stdout.read() if server.stdout else ''}")
        threads = [threading.Thread(target=ask) for _ in range(workers * 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def edits_check(location: str, edits: dict[str, str]) -> dict[str, int | str]:
    """How many acknowledged edits the store holds, and its history records (when it keeps one)."""
    from tracker.store import open_store

    store = open_store(location)
    try:
        stored = store.rows_where("events", "event_id", list(edits))
        summary = dict(zip(stored["event_id"], stored["summary"]))
        present = sum(summary.get(event_id) == text for event_id, text in edits.items())
        history = getattr(store, "history", None)
        if history is None:
            in_history: int | str = "n/a (no history in this store)"
        else:
            in_history = sum(any(((change.after or {}).get("event") or {}).get("summary") == text
                                 for change in history(event_id)) for event_id, text in edits.items())
        return {"edits_present": present, "edits_in_history": in_history}
    finally:
        store.close()


def load_figures(location: str, events: int, workers: int, users: int, seconds: float, think: float = 0.0,
                 threads: int = WORKER_THREADS) -> dict:
    """Serve `location` with `workers` workers (`threads` request threads each), run `users` analysts for `seconds`,
    and measure."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    wanted = candidates(location)
    built = snapshot_seconds(location)
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "tracker", "serve", "--db", location, "--port", str(port),
                               "--workers", str(workers), "--threads", str(threads)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, env={**os.environ})
    try:
        _wait_ready(server, base, workers, time.time() + 900)
        ready = time.perf_counter() - started
        time.sleep(2)  # the workers' first views are drawn
        uss, pss = _memory(server)
        cpu_before = _cpu_seconds(server)
        figures, edits = run_load(base, users, seconds, wanted, think=think)
        figures["worker_cpu_ms"] = (_cpu_seconds(server) - cpu_before) * 1000 / max(figures["requests"], 1)
        uss_after, _ = _memory(server)
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    engine = "PostgreSQL" if location.startswith(("postgresql://", "postgres://")) else "SQLite"
    return {**figures, **edits_check(location, edits), "engine": engine, "events": events, "workers": workers, "threads": threads,
            "snapshot_s": built, "ready_s": ready, "worker_uss_mb": uss, "worker_pss_mb": pss, "worker_uss_after_mb": uss_after}


def render(figures: dict) -> str:
    """The figures as a Markdown table."""
    lines = ["| measure | value |", "|---|---:|"]
    for key, label, fmt in ROWS:
        if key in figures:
            value = figures[key]
            lines.append(f"| {label} | {fmt.format(value) if not isinstance(value, str) else value} |")
    return "\n".join(lines)
