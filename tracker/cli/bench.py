"""`tracker bench`: how the dashboard holds up at 10k, 100k and 1M synthetic events, against the naive baseline."""
from __future__ import annotations

from pathlib import Path

import click

from tracker.dashboard import WORKER_THREADS

#: (key, label, format, target at 1M events) of the rows of the table, in order.
ROWS = (
    ("serve_load_s", "store load, dashboard copy (s)", "{:.1f}", ""),
    ("full_load_s", "Store.load(), all tables (s)", "{:.1f}", ""),
    ("p50_ms", "filter + figure, median (ms)", "{:.0f}", ""),
    ("p95_ms", "filter + figure, p95 (ms)", "{:.0f}", "< 150"),
    ("fig_kb_p50", "figure JSON, median (KB)", "{:.0f}", ""),
    ("fig_kb_max", "figure JSON, max (KB)", "{:.0f}", "< 1024"),
    ("search_p50_ms", "text search, median (ms)", "{:.1f}", ""),
    ("search_max_ms", "text search, max (ms)", "{:.1f}", "< 50"),
    ("export_s", "CSV export, all events (s)", "{:.2f}", "< 3"),
    ("export_rows_s", "CSV export (rows/s)", "{:,.0f}", ""),
    ("download_rows_s", "CSV download from the server (rows/s)", "{:,.0f}", ""),
    ("peak_mb", "peak memory of the server (MB)", "{:.0f}", "< 600"),
    ("peak_with_download_mb", "... after a full CSV download (MB)", "{:.0f}", ""),
    ("anonymous_after_download_mb", "... of it the server's own (RssAnon, no mapped snapshot pages) (MB)", "{:.0f}", "< 600"),
    ("redraw_p50_ms", "browser redraw after a filter change, median (ms)", "{:.0f}", ""),
    ("redraw_max_ms", "browser redraw, max (ms)", "{:.0f}", "< 500"),
    ("redraw_marks", "... most marks drawn in a measured redraw", "{:,.0f}", ""),
    ("naive_build_s", "naive: build one px figure (s)", "{:.2f}", ""),
    ("naive_serialise_s", "naive: serialise it (s)", "{:.2f}", ""),
    ("naive_mb", "naive: payload (MB)", "{:.1f}", ""),
    ("naive_ratio", "naive time / ours, all events (x)", "{:.0f}", ""),
    ("naive_bytes_ratio", "naive bytes / ours, all events (x)", "{:.0f}", ""),
    ("narrow_export_s", "tracker export of one round, from a shell, median (s)", "{:.2f}", "<= 1"),
    ("narrow_export_min_s", "... fastest of the runs (s)", "{:.2f}", ""),
)


def render_table(results: dict[int, dict[str, float]]) -> str:
    """The results as a Markdown table: one row per measure, one column per size."""
    sizes = sorted(results)
    lines = ["| measure | " + " | ".join(f"{n:,} events" for n in sizes) + " | target at 1M |",
             "|---|" + "---:|" * len(sizes) + "---|"]
    for key, label, fmt, target in ROWS:
        cells = [fmt.format(results[n][key]) if key in results[n] else "—" for n in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def other_figures() -> list[str]:
    """Figures of the article extraction and briefing benchmarks, when those modules exist."""
    lines = []
    try:
        from tracker.extract.bench import articles_per_second

        lines.append(f"article extraction: {articles_per_second():,.1f} articles/s")
    except ImportError:
        lines.append("article extraction: not measured (tracker.extract.bench is not available)")
    try:
        from tracker.briefing.bench import time_briefs

        lines.append(f"briefings: {time_briefs(1000)}")
    except ImportError:
        lines.append("briefings: not measured (tracker.briefing.bench is not available)")
    return lines


@click.command("bench")
@click.option("--sizes", default="10000,100000,1000000", show_default=True, help="Comma-separated event counts.")
@click.option("--seed", default=7, show_default=True, type=int, help="Seed of the synthetic stores.")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("var/bench"),
              show_default=True, help="Where the synthetic stores are kept (made once, reused).")
@click.option("--skip-browser", is_flag=True, help="Do not time the redraw in headless Chromium.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Also write the table here.")
@click.option("--formats-only", is_flag=True,
              help="Only time the GDELT import and the CSV download (no server, no browser).")
@click.option("--narrow-only", is_flag=True,
              help="Only time `tracker export` of one round from a shell, on each size (no server, no browser).")
@click.option("--gdelt-rows", default=1_000_000, show_default=True, type=int,
              help="Rows of the generated GDELT file `tracker import` is timed on (0: skip).")
@click.option("--users", default=0, show_default=True, type=click.IntRange(0, 500),
              help="Instead: this many simulated analysts against `tracker serve --workers` (see --db, --events).")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64), help="With --users: server workers.")
@click.option("--threads", default=WORKER_THREADS, show_default=True, type=click.IntRange(1, 64),
              help="With --users: request threads of each worker (`tracker serve --threads`).")
@click.option("--events", default=100_000, show_default=True, type=int,
              help="With --users: events in the store (an empty --db is filled with synthetic ones).")
@click.option("--seconds", default=60.0, show_default=True, type=float, help="With --users: how long the load runs.")
@click.option("--think", default=0.0, show_default=True, type=float,
              help="With --users: mean pause (s) between an analyst's actions; 0: each sends the next at once.")
@click.option("--db", "location", default=None,
              help="With --users: the store to serve (a postgresql:// URL for a team); default: a synthetic SQLite file.")
def bench_command(sizes: str, seed: int, folder: Path, skip_browser: bool, output: Path | None,
                  formats_only: bool = False, gdelt_rows: int = 1_000_000, users: int = 0, workers: int = 4,
                  events: int = 100_000, seconds: float = 60.0, location: str | None = None, think: float = 0.0,
                  narrow_only: bool = False, threads: int = WORKER_THREADS) -> None:
    """Benchmark the dashboard on seeded synthetic stores and print a table.

    For each size: load time, filter-plus-figure latency through the real callback
    of a running `tracker serve`, figure bytes, text search, CSV export, peak memory
    of the server, redraw time in headless Chromium, and the naive one-figure baseline.

    Example:

        \b
        tracker bench --sizes 10000,100000 --skip-browser
        tracker bench --formats-only --sizes 100000 --gdelt-rows 100000
        tracker bench --narrow-only --sizes 1000000
        tracker bench --users 50 --workers 4 --events 100000 --db postgresql://tracker@localhost/bench
    """
    from tracker.dashboard.bench import measure, synthetic_store

    if users:
        _load_figures(location, events, seed, folder, workers, users, seconds, output, think, threads)
        return
    if formats_only:
        _format_figures(sizes, seed, folder, gdelt_rows)
        return
    if narrow_only:
        _narrow_figures(sizes, seed, folder)
        return

    results: dict[int, dict[str, float]] = {}
    for size in (int(s.replace("_", "")) for s in sizes.split(",") if s.strip()):
        path, made = synthetic_store(size, seed, folder)
        if made is not None:
            click.echo(f"made {path} in {made:.0f} s", err=True)
        click.echo(f"measuring {size:,} events ...", err=True)
        results[size] = measure(path, skip_browser=skip_browser)
        results[size].update(narrow_export(path))
        click.echo("  slowest views: " + "; ".join(f"{query} (round {n}) {ms:.0f} ms"
                                                   for ms, n, query in results[size].pop("slowest")), err=True)
        if "redraw_window" in results[size]:
            click.echo(f"  redraws timed from the busiest window that still draws marks: "
                       f"?{results[size].pop('redraw_window') or '(whole extent)'}; each (ms): "
                       f"{', '.join(map(str, results[size].pop('redraw_all_ms', [])))}", err=True)
    table = render_table(results)
    click.echo(table)
    if gdelt_rows:
        from tracker.importers.bench import describe as gdelt_line, gdelt_import

        click.echo(gdelt_line(gdelt_import(gdelt_rows, folder, seed)))
    for line in other_figures():
        click.echo(line)
    if output is not None:
        output.write_text(table + "\n", encoding="utf-8")


def _load_figures(location: str | None, events: int, seed: int, folder: Path, workers: int, users: int,
                  seconds: float, output: Path | None, think: float = 0.0, threads: int = WORKER_THREADS) -> None:
    """The `--users` table: ready time, worker memory, latency under load, and the edits checked in the store."""
    from tracker.dashboard.load_bench import load_figures, prepared_store, render

    try:
        store = prepared_store(location, events, seed, folder)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{users} analysts against {workers} workers ({threads} threads each) on {events:,} events for "
               f"{seconds:.0f} s ...", err=True)
    figures = load_figures(store, events, workers, users, seconds, think, threads)
    table = render(figures)
    click.echo(table)
    click.echo(f"p95 by request kind (ms): {', '.join(f'{k} {v:.0f}' for k, v in sorted(figures['p95_ms_by_kind'].items()))}")
    for error in figures["first_errors"]:
        click.echo(f"error: {error}", err=True)
    if output is not None:
        output.write_text(table + "\n", encoding="utf-8")


#: Runs of `tracker export` behind the one-round figure (a shared machine's spread shows in median and fastest).
NARROW_RUNS = 5


def narrow_export(path: Path, runs: int = NARROW_RUNS) -> dict[str, float]:
    """Seconds `tracker export --process P --round 1 --format csv -o FILE` takes as typed in a shell, for the
    first process: a new Python each run, so its start-up and imports count (median and fastest of `runs`)."""
    import os
    import statistics
    import subprocess
    import sys
    import tempfile
    import time

    import tracker
    from tracker.api import Tracker

    with Tracker.open(path) as t:
        process = str(t.processes()["name"].iloc[0])
    package_root = str(Path(tracker.__file__).resolve().parents[1])  # the subprocess runs this same code
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    seconds = []
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "tracker", "export", "--db", str(path), "--process", process, "--round", "1",
                   "--format", "csv", "-o", str(Path(folder) / "round.csv")]
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
            seconds.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise click.ClickException(f"tracker export failed: {done.stderr.strip()}")
    return {"narrow_export_s": statistics.median(seconds), "narrow_export_min_s": min(seconds)}


def _format_figures(sizes: str, seed: int, folder: Path, gdelt_rows: int) -> None:
    """The GDELT import and CSV download figures alone (`--formats-only`)."""
    from tracker.dashboard.bench import synthetic_store
    from tracker.dashboard.download_bench import describe as download_line, download_figures
    from tracker.importers.bench import describe as gdelt_line, gdelt_import

    for size in (int(s.replace("_", "")) for s in sizes.split(",") if s.strip()):
        path, _ = synthetic_store(size, seed, folder)
        click.echo(f"{size:,} events: " + download_line(download_figures(path)))
    if gdelt_rows:
        click.echo(gdelt_line(gdelt_import(gdelt_rows, folder, seed)))


def _narrow_figures(sizes: str, seed: int, folder: Path) -> None:
    """The one-round `tracker export` figures alone (`--narrow-only`)."""
    from tracker.dashboard.bench import synthetic_store

    for size in (int(s.replace("_", "")) for s in sizes.split(",") if s.strip()):
        path, _ = synthetic_store(size, seed, folder)
        figures = narrow_export(path)
        click.echo(f"{size:,} events: tracker export of one round, from a shell: median {figures['narrow_export_s']:.2f} s, "
                   f"fastest {figures['narrow_export_min_s']:.2f} s ({NARROW_RUNS} runs)")


COMMANDS = [bench_command]
