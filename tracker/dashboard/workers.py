"""`tracker serve --workers N`: the dashboard in N gunicorn worker processes sharing one store and one snapshot.

The master builds the store's snapshot (`tracker.dashboard.snapshot`) once, maps it, builds the
app and draws its first views, then forks: each worker opens its own connection and shares the
mapped files and the master's objects, so an extra worker costs what it writes itself, not
another copy of the events. Each
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


def master_app(location: str, configure: Callable[[Any], None] | None = None) -> Any:
    """The app, built once in the server's first process (its views drawn, its objects frozen) before the fork,
    so every worker starts with it in pages it shares with the others; the connection is closed before the fork.
    `configure` is called with the Dash app (the Host names `tracker serve` answers to)."""
    from tracker.dashboard.app import create_app
    from tracker.store import open_store

    store = open_store(location)
    app = create_app(store, warm_views=True)
    if configure is not None:
        configure(app)

    @app.server.after_request
    def name_worker(response):  # which worker answered: for the tests and the load bench
        response.headers["X-Tracker-Worker"] = str(os.getpid())
        return response

    store.close()
    gc.collect()
    gc.freeze()  # the loaded objects stay out of the collector's passes (and their pages unwritten)
    return app


def start_worker(app: Any, location: str, watch: float) -> None:
    """In a forked worker: its own connection to the store, and the watch for the others' writes."""
    from tracker.store import open_store

    live = app.server.extensions["tracker_live"]
    live.use_store(open_store(location))
    live.watch(watch)


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """The gunicorn settings of `tracker serve --workers`."""
    return {
        "bind": f"{host}:{port}", "workers": workers, "worker_class": "gthread", "threads": threads,
        # A worker takes a connection only when one of its threads is free: left to accept freely, a worker busy
        # with a Save took a dozen requests onto its queue while others idled (p95 8.5 s -> 1.9 s at 50 analysts
        # back to back); the rest wait in the listen queue for the first free worker. Kept-alive connections would
        # hold threads, so each request has its own (on loopback or behind a proxy, a connection costs little).
        "worker_connections": threads, "keepalive": 0, "backlog": 2048,
        "preload_app": True, "timeout": 120, "graceful_timeout": 10, "accesslog": None, "errorlog": "-",
        "loglevel": "warning", "proc_name": "tracker",
    }


def serve_workers(location: str, host: str, port: int, workers: int, threads: int, watch: float,
                  on_ready: Callable[[], None] | None = None, configure: Callable[[Any], None] | None = None) -> None:
    """Run `workers` gunicorn worker processes (threads each) on the store at `location` until stopped."""
    app = master_app(location, configure)
    options = {**gunicorn_options(host, port, workers, threads),
               "post_fork": lambda _server, _worker: start_worker(app, location, watch)}
    if on_ready is not None:
        options["when_ready"] = lambda _server: on_ready()
    TeamServer(lambda: app.server, options).run()
