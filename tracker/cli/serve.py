"""`tracker serve`: the dashboard on a production WSGI server (waitress; gunicorn workers with --workers N)."""
from __future__ import annotations

import time

import click

from tracker.cli.options import db_option, open_db
from tracker.dashboard import SERVER_THREADS, WORKER_THREADS


def serve_check(store, host: str, port: int, no_auth: bool, allow_host: tuple[str, ...]):
    """tracker.auth.serving's verdict on the address, as a click error when refused."""
    from tracker.auth.serving import ServeRefused, check_serving

    try:
        return check_serving(store, host, port, no_auth, allow_host, echo=lambda text: click.echo(text, err=True))
    except ServeRefused as exc:
        raise click.ClickException(str(exc)) from None


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8050, show_default=True, type=int, help="Port to listen on.")
@click.option("--threads", type=click.IntRange(1, 64),
              help=f"Request threads of the server [default: {SERVER_THREADS}; with --workers, of each worker: {WORKER_THREADS}].")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (gunicorn) sharing the store's snapshot; 1: one waitress process.")
@click.option("--debug", is_flag=True, help="Development only: Dash's debug server with hot reload and error pages.")
@click.option("--no-auth", is_flag=True, help="Serve a store without users on a non-loopback address (trusted networks only).")
@click.option("--allow-host", "allow_host", multiple=True, metavar="NAME",
              help="Also answer to this Host name (repeatable); loopback names and --host are allowed already.")
def serve_command(db: str | None, host: str, port: int, threads: int | None, debug: bool, no_auth: bool,
                  allow_host: tuple[str, ...], workers: int = 1) -> None:
    """Serve the interactive timeline of a store at http://HOST:PORT.

    The store's events are read once at start and kept current after the review
    page's own writes; writes by other commands (`tracker import` while serving) are
    noticed within seconds and read again in the background, and open pages redraw. The server
    is waitress with debug off; --debug runs Dash's development server instead
    (never in production). Once the store has users (`tracker user add`), every page asks for a
    login; without users the server listens on loopback only, unless --no-auth. --workers N runs
    N gunicorn worker processes that share one memory-mapped snapshot of the store and see each
    other's writes within a second or two (for a team on a PostgreSQL store).

    Example:

        \b
        tracker serve --db var/tracker.db --port 8050
        tracker serve --db postgresql://tracker@localhost/tracker --workers 4
    """
    from tracker.auth.serving import shown_url
    from tracker.dashboard.app import create_app
    from tracker.dashboard.live import WATCH_SECONDS

    _lean_malloc()
    store = open_db(db)
    answer_hosts = serve_check(store, host, port, no_auth, allow_host)
    started = time.perf_counter()
    if workers > 1 and not debug:
        _serve_workers(store, host, port, workers, threads or WORKER_THREADS, started, answer_hosts)
        return
    app = create_app(store, watch=WATCH_SECONDS, warm_views=not debug)
    answer_hosts(app)
    _trim()
    freeze_loaded_objects()
    events = store.counts()["events"]
    click.echo(f"Loaded {events:,} events from {store.location} in {time.perf_counter() - started:.1f} s.")
    click.echo(f"Serving the dashboard at {shown_url(host, port)} (Ctrl+C to stop).")
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    import waitress

    from tracker.auth.serving import WAITRESS_PROXY

    try:
        waitress.serve(app.server, host=host, port=port, threads=threads or SERVER_THREADS, ident="tracker",
                       **WAITRESS_PROXY)
    except OSError as exc:  # it died with a 30-line traceback (ux25)
        raise click.ClickException(_bind_refusal(exc, host, port)) from None


def _bind_refusal(exc: OSError, host: str, port: int) -> str:
    """What to do when the server cannot listen on HOST:PORT."""
    import errno

    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is in use (another tracker serve?): stop that server, or choose another --port"
    if exc.errno == errno.EACCES:
        return f"not allowed to listen on port {port} of {host}: ports below 1024 need privileges; choose another --port"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def _serve_workers(store, host: str, port: int, workers: int, threads: int, started: float, answer_hosts) -> None:
    """Build (or find) the store's snapshot (in a child process), then serve it from forked workers (whose app
    answers to the Host names `answer_hosts` gives it)."""
    from tracker.auth.serving import shown_url
    from tracker.dashboard.live import WATCH_SECONDS
    from tracker.dashboard.snapshot import current
    from tracker.dashboard.workers import serve_workers

    events = len(current(store, in_process=False))
    location = store.reopen_location()
    store.close()  # each worker opens its own connection after the fork
    click.echo(f"Snapshot of {events:,} events from {store.location} ready in {time.perf_counter() - started:.1f} s.")
    serve_workers(location, host, port, workers, threads, WATCH_SECONDS, on_ready=lambda: click.echo(
        f"Serving the dashboard at {shown_url(host, port)} with {workers} workers (Ctrl+C to stop)."),
        configure=answer_hosts)


#: Blocks this big or bigger come straight from mmap and go back to the system when freed.
MMAP_THRESHOLD = 256 * 1024


def _libc():
    import ctypes
    import ctypes.util

    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def _lean_malloc() -> None:
    """On glibc: few malloc arenas and large blocks straight from mmap, so the memory of a finished request
    (masks and arrays of a million entries) goes back to the system instead of fragmenting per-thread heaps."""
    try:
        libc = _libc()
        libc.mallopt(-8, 2)  # M_ARENA_MAX
        libc.mallopt(-3, MMAP_THRESHOLD)  # M_MMAP_THRESHOLD (fixed: no dynamic growth)
    except (OSError, AttributeError):
        pass
    # Arrow's default pool (mimalloc) keeps what a CSV download freed; the system allocator, set up
    # as above, gives it back. Measured at 1M events: peak 609 MB -> 558 MB over a full download.
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def freeze_loaded_objects() -> None:
    """Move every object alive now (the loaded data, Dash, Plotly's validators) out of the cyclic
    garbage collector's reach: a full collection over them paused requests for ~70 ms at 1M events."""
    import gc

    gc.collect()
    gc.freeze()


def _trim() -> None:
    """Give freed heap memory back to the system (glibc), after the big one-off load."""
    try:
        _libc().malloc_trim(0)
    except (OSError, AttributeError):
        pass


COMMANDS = [serve_command]
