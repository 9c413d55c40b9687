"""Commands that bring data in: init, import, validate (the importers are imported only for these)."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from tracker.api import Tracker
from tracker.cli.options import db_option, open_db, open_tracker
from tracker.cli.text import console, markup_free, raw_stream
from tracker.importer import SHIPPED_DATA
from tracker.importers import IMPORTERS, ImportOptions
from tracker.importing import check_files, import_files
from tracker.problems import InputError, Problem
from tracker.store import default_location, open_store, redact
from tracker.store.errors import EmptyStore

DATA_DIR = SHIPPED_DATA


#: Problems printed at most; the rest are counted by file, column and severity.
MAX_SHOWN = 200


def report_problems(problems: list[Problem], limit: int = MAX_SHOWN) -> None:
    """Print problems to stderr, errors first: the first `limit`, then a summary of the rest."""
    ordered = sorted(problems, key=lambda p: (p.severity != "error", p.file, p.row or 0))
    for problem in ordered[:limit]:
        click.echo(str(problem), err=True)
    rest = ordered[limit:]
    if rest:
        counts: dict[tuple[str, str], int] = {}
        for problem in rest:
            key = (problem.severity, f"{problem.file}, column {problem.column!r}" if problem.column else problem.file)
            counts[key] = counts.get(key, 0) + 1
        click.echo(f"... and {len(rest):,} more problem(s) not shown:", err=True)
        for (severity, where), count in sorted(counts.items(), key=lambda item: -item[1])[:20]:
            click.echo(f"  {count:,} {severity}(s) in {where}", err=True)


@click.command("init")
@db_option
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DATA_DIR,
              show_default="data/", help="Folder with the shipped chronology.")
@click.option("--force", is_flag=True, help="Load the shipped data again into a store that has events: shipped events "
              "you changed or deleted are put back as shipped (their history keeps your versions); your own are kept.")
@click.option("--empty", is_flag=True, help="Create the store without loading any data.")
def init_command(db: str | None, data_dir: Path, force: bool, empty: bool) -> None:
    """Create the store and load the shipped chronology into it.

    Example:

        \b
        tracker init --db var/astana.db
    """
    t = open_tracker(db, write=True)
    if empty:
        click.echo(f"Store ready at {t.location} ({t.counts()['events']} events).")
        return
    if not t.is_empty() and not force:
        click.echo(f"Store at {t.location} already holds {t.counts()['events']} events; "
                   "nothing loaded (use --force to load the shipped data again).")
        return
    held = t.counts()["events"]
    try:
        summary = t.load_shipped(data_dir)
    except InputError as exc:
        report_problems(exc.problems)
        raise click.ClickException(f"the shipped data in {data_dir} has {len(exc.problems)} problem(s); nothing was loaded")
    click.echo(f"Loaded {summary.written.get('events', 0)} events, {summary.written.get('actors', 0)} actors and "
               f"{summary.written.get('sources', 0)} sources from {data_dir} into {t.location}.")
    put_back = (summary.changed or 0) - (t.counts()["events"] - held)  # changed, less the events new to the store
    if force and put_back > 0:
        click.echo(f"Warning: {put_back} stored event(s) differed from the shipped data (edited or deleted) and are "
                   "shipped again; `tracker changes --since` lists them, and `tracker undo ID` brings an edit back.",
                   err=True)


class _Progress:
    """A progress bar on stderr for large files (shown on a terminal only, from 1,000 rows on)."""

    def __init__(self):
        self._bar = None
        self._tasks: dict[str, int] = {}

    def __enter__(self) -> _Progress:
        if raw_stream(sys.stderr).isatty():
            from rich.progress import Progress

            self._bar = Progress(console=console(stderr=True), transient=True)
            self._bar.__enter__()
        return self

    def callback(self, label: str):
        """A function (done, total) that advances the bar for `label`."""
        def update(done: int, total: int) -> None:
            if self._bar is None:
                return
            if label not in self._tasks:
                self._tasks[label] = self._bar.add_task(markup_free(label), total=total)
            self._bar.update(self._tasks[label], completed=done)
        return update

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
            self._bar = None

    def then(self, status: "_status") -> "_status":
        """`status`, shown once the bar is gone (a terminal shows one of them at a time)."""
        self.__exit__(None, None, None)
        return status


class _status:
    """A spinner on stderr for work that may take a while (large files)."""

    def __init__(self, message: str):
        self.message = message
        self._status = None

    def __enter__(self):
        if raw_stream(sys.stderr).isatty():
            self._status = console(stderr=True).status(markup_free(self.message))
            self._status.__enter__()
        return self

    def __exit__(self, *exc):
        if self._status is not None:
            self._status.__exit__(*exc)


def import_options(command):
    """Add --format, --cameo, --state and --sheet and pass `fmt` and `options` (ImportOptions) to the command."""
    @functools.wraps(command)
    def wrapper(*args, fmt: str, cameo: str | None, state: str | None, sheet: tuple[str, ...], **kwargs):
        if len(set(sheet)) > 1:  # click keeps the last of a repeated option: the other sheet was silently not read
            raise click.UsageError(f"--sheet is given {len(sheet)} times ({', '.join(map(repr, sheet))}): an import "
                                   "reads one sheet of each workbook; import the sheets one at a time")
        sheet = sheet[0] if sheet else None
        try:
            options = ImportOptions(state=state, sheet=sheet,
                                    **({"cameo": tuple(c.strip() for c in cameo.split(",") if c.strip())} if cameo else {}))
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        return command(*args, fmt=fmt, options=options, **kwargs)

    for option in reversed([
        click.option("--format", "fmt", type=click.Choice(["auto", *IMPORTERS]), default="auto", show_default=True,
                     help="The files' format; auto recognises it from the content and says what it found."),
        click.option("--cameo", metavar="CODES", help="GDELT: CAMEO codes to keep, comma-separated (default: 01,02,03,04,05)."),
        click.option("--state", type=click.Choice(["candidate", "confirmed"]),
                     help="Review state of the imported events (default: candidate for GDELT, else as the file says)."),
        click.option("--sheet", metavar="NAME", multiple=True,
                     help="XLSX: the sheet to read (default: the workbook's first visible sheet)."),
    ]):
        wrapper = option(wrapper)
    return wrapper


@click.command("import")
@db_option
@import_options
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def import_command(db: str | None, files: tuple[Path, ...], fmt: str, options: ImportOptions) -> None:
    """Import events from flat CSV/XLSX/JSON, TimelineJS, GDELT or ACLED files in one transaction.

    Every problem in every file is reported with its file, row and column; if there
    is any, nothing is stored.

    Example:

        \b
        tracker import my_events.csv
        tracker import 20230622.export.CSV.zip --cameo 04,057 --state confirmed
    """
    t = open_tracker(db, write=True)
    try:
        with _Progress() as progress:
            summary = import_files(t, files, fmt, options,
                                   progress=lambda path: progress.callback(f"Checking {path.name}"),
                                   on_read=lambda path, reason: click.echo(f"{path}: {reason}", err=True),
                                   writing=lambda count: progress.then(_status(f"Writing {count} events ...")))
    except InputError as exc:  # its errors, and the warnings beside them, as validate prints them
        report_problems(exc.problems + exc.warnings)
        raise click.ClickException(f"{len(exc.problems)} problem(s) found; nothing was imported, the store is unchanged")
    report_problems(list(summary.warnings))
    same = f", {summary.unchanged} unchanged" if summary.unchanged else ""
    click.echo(f"Imported {summary.events} event{'' if summary.events == 1 else 's'} ({summary.new} new, "
               f"{summary.updated} updated{same}) with {summary.sources} source{'' if summary.sources == 1 else 's'} "
               f"into {t.location}.")


@click.command("validate")
@db_option
@import_options
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate_command(db: str | None, files: tuple[Path, ...], fmt: str, options: ImportOptions) -> None:
    """Check files as `import` would, without storing anything.

    The store is only read (never created or upgraded); without one, the files are
    checked on their own.

    Example:

        \b
        tracker validate data/template.csv
    """
    with _Progress() as progress:
        check = check_files(_validation_tracker(db), files, fmt, options,
                            progress=lambda path: progress.callback(f"Checking {path.name}"),
                            on_read=lambda path, reason: click.echo(f"{path}: {reason}", err=True))
    report_problems(list(check.problems))
    if check.errors:
        raise click.ClickException(f"{len(check.errors)} problem(s) found")
    events, sources = check.events, check.sources
    click.echo(f"OK: {events} event{'' if events == 1 else 's'}, {sources} source{'' if sources == 1 else 's'}, "
               f"{len(check.problems)} warning(s) in {len(files)} file(s).")
    click.echo(f"{check.summary()}.")  # the review page's line for a dropped file (tracker.importing)


def _validation_tracker(db: str | None) -> Tracker:
    """The store opened read-only; an empty in-memory one (with a note) when there is no SQLite file there."""
    location = db or default_location()
    try:
        if location.startswith(("postgresql://", "postgres://")) or Path(location).exists():
            return Tracker(open_store(location, read_only=True))
    except EmptyStore:
        pass
    except Exception as exc:  # StoreError or a driver's error: the reason, as every command says it
        raise click.ClickException(f"cannot open store {redact(location)}: {exc}") from None
    click.echo(f"Note: no store at {redact(location)}; the files are checked on their own.", err=True)
    return Tracker(open_store(":memory:"))


@click.command("copy")
@db_option
@click.argument("target", metavar="TARGET")
def copy_command(db: str | None, target: str) -> None:
    """Copy the store, whole, into an empty store TARGET (a SQLite path or a postgresql:// URL).

    Events, actors, processes and venues with their aliases, the history, the review queue, users and
    saved views, in one transaction: how a desk moves its SQLite file to the PostgreSQL server a team
    shares. An export carries the events only. TARGET must hold no data (it is created if missing).

    Example:

        \b
        tracker copy --db var/tracker.db postgresql://tracker:secret@127.0.0.1:5432/desk
    """
    from tracker.store import redact
    from tracker.store.copying import CopyRefused, copy_store

    source = open_db(db, existing=True)
    try:
        destination = open_db(target, write=True)
        try:
            with _status("Copying ..."):
                counts = copy_store(source, destination)
        except CopyRefused as exc:
            raise click.ClickException(f"nothing copied: {exc}") from None
        finally:
            destination.close()
    finally:
        source.close()
    click.echo(f"Copied {counts['events']:,} events, {counts['actors']:,} actors, {counts['processes']:,} processes, "
               f"{counts['changes']:,} recorded changes, {counts['suggestions']:,} suggestions, {counts['users']:,} "
               f"users and {counts['saved_views']:,} saved views into {redact(target)}.")


COMMANDS = [init_command, import_command, validate_command, copy_command]
