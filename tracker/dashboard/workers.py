"""`tracker serve --workers N`: the dashboard in N gunicorn worker processes sharing one store and one snapshot.

The master builds the store's snapshot (`tracker.dashboard.snapshot`) once and imports the
libraries, then forks: each worker opens its own connection and maps the same snapshot
files, so an extra worker costs its own bookkeeping, not another copy of the events. Each
worker watches the touched-events log (`LiveData.watch`), so it sees the others' writes
within a second. A worker that dies (even by SIGKILL in the middle of a write) loses
nothing: its transaction rolls back, and gunicorn starts another.
"""
from __future__ import annotations

import gc
import logging
import os
from typing import Any, Callable

from gunicorn.app.base import BaseApplication

log = logging.getLogger(__name__)


class TeamServer(BaseApplication):
    """A gunicorn application whose workers each build the app with `make_app` after the fork."""

    def __init__(self, make_app: Callable[[], Any], options: dict[str, Any]):
        self.make_app = make_app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.make_app()


def worker_app(location: str, watch: float, configure: Callable[[Any], None] | None = None) -> Any:
    """The WSGI app of one worker: its own connection to the store, the shared snapshot mapped;
    `configure` is called with the Dash app (the Host names `tracker serve` answers to)."""
    from tracker.dashboard.app import create_app
    from tracker.store import open_store

    store = open_store(location)
    app = create_app(store, watch=watch, warm_views=True)
    if configure is not None:
        configure(app)
    worker = str(os.getpid())

    @app.server.after_request
    def name_worker(response):  # which worker answered: for the tests and the load bench
        response.headers["X-Tracker-Worker"] = worker
        return response

    gc.collect()
    gc.freeze()  # the loaded objects stay out of the collector's passes (and their pages unwritten)
    return app.server


def serve_workers(location: str, host: str, port: int, workers: int, threads: int, watch: float,
                  on_ready: Callable[[], None] | None = None, configure: Callable[[Any], None] | None = None) -> None:
    """Run `workers` gunicorn worker processes (threads each) on the store at `location` until stopped."""
    options = {
        "bind": f"{host}:{port}", "workers": workers, "worker_class": "gthread", "threads": threads,
        "preload_app": False, "timeout": 120, "graceful_timeout": 10, "accesslog": None, "errorlog": "-",
        "loglevel": "warning", "proc_name": "tracker",
    }
    if on_ready is not None:
        options["when_ready"] = lambda _server: on_ready()
    TeamServer(lambda: worker_app(location, watch, configure), options).run()


def preload() -> None:
    """Import what every worker needs before the fork, so the workers share those pages."""
    import dash  # noqa: F401
    import plotly.graph_objects  # noqa: F401
    import pyarrow  # noqa: F401

    import tracker.dashboard.app  # noqa: F401
    import tracker.dashboard.handlers  # noqa: F401

    gc.collect()
    gc.freeze()
