"""`tracker serve` runs each gunicorn worker with the request threads `tracker bench --users` measured, and the one
waitress process with its own; `--threads` sets either (the serve default was 8 a worker, the bench measured 4)."""
from __future__ import annotations

import waitress
from click.testing import CliRunner

from tracker.cli import serve
from tracker.dashboard import SERVER_THREADS, WORKER_THREADS


def _threads_used(monkeypatch, db: str, *args: str) -> dict:
    used = {}
    monkeypatch.setattr(serve, "_serve_workers", lambda store, host, port, workers, threads, *rest: used.update(
        workers=workers, threads=threads))
    monkeypatch.setattr(waitress, "serve", lambda app, **options: used.update(waitress=options["threads"]))
    result = CliRunner().invoke(serve.serve_command, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return used


def test_workers_get_the_threads_the_load_bench_measured(monkeypatch, db_path):
    assert _threads_used(monkeypatch, db_path, "--workers", "3") == {"workers": 3, "threads": WORKER_THREADS}
    assert _threads_used(monkeypatch, db_path, "--workers", "3", "--threads", "2")["threads"] == 2


def test_the_one_process_server_keeps_its_own_default(monkeypatch, db_path):
    assert _threads_used(monkeypatch, db_path) == {"waitress": SERVER_THREADS}
    assert _threads_used(monkeypatch, db_path, "--threads", "3") == {"waitress": 3}


def test_the_bench_measures_the_workers_default():
    from tracker.cli.bench import bench_command

    option = next(p for p in bench_command.params if p.name == "threads")
    assert option.default == WORKER_THREADS
