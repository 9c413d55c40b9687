"""Commands that read the chronology: list, export, stats."""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click
import pandas as pd

from tracker.api import write_file
from tracker.cli.options import FILTER_HELP, db_option, filter_options, open_tracker
from tracker.cli.text import cell, console, markup_free
from tracker.dates import format_span
from tracker.export import EXPORTERS
from tracker.export.names import export_filename
from tracker.selection import Selection


def notify(chosen: Selection) -> Selection:
    """Print a note on stderr for each asked-for value that matches nothing; `chosen` back."""
    for notice in chosen.notices:
        click.echo(f"Note: {notice}.", err=True)
    return chosen


@click.command("list")
@db_option
@filter_options
@click.option("--limit", type=int, default=0, help="Show at most this many events (0: all).")
def list_command(db: str | None, event_filter, limit: int) -> None:
    """Print the matching events as a table.

    Example:

        \b
        tracker list --actor Kazakhstan --from 2023-06 --to 2023-06
    """
    t = open_tracker(db, existing=True)
    events = notify(t.selected(event_filter)[0]).events
    from rich.table import Table

    total = t.count(event_filter.states, as_of=event_filter.as_of)
    table = Table(title=markup_free(f"{len(events)} of {total} events: {event_filter.describe()}"), show_lines=False)
    for column in ("Date", "Type", "Title", "Venue", "Process", "Id"):
        table.add_column(column, overflow="fold")
    shown = events if not limit else events.head(limit)
    for row in shown.itertuples(index=False):
        end = None if pd.isna(row.end_date) else row.end_date.date()
        process = "" if pd.isna(row.process) else str(row.process)
        if not pd.isna(row.round_number):
            process += f" #{row.round_number}"
        table.add_row(*map(cell, (format_span(row.start_date.date(), end, str(row.date_precision)), row.event_type,
                                  row.title, "" if pd.isna(row.venue) else row.venue, process, row.event_id)))
    console(width=max(120, console().width)).print(table)


list_command.help = inspect.cleandoc(list_command.help) + "\n\n" + FILTER_HELP


#: output suffix -> the export format it names (the first format with that suffix: .csv is csv, not TimelineJS's sheet)
_BY_SUFFIX = {suffix: name for name, (_, suffix, _) in reversed(list(EXPORTERS.items()))}


def _export_format(fmt: str | None, output: Path | None) -> str:
    """--format, else the format the output file's suffix names, else csv; a format whose files never carry the
    output's suffix is refused (`-o events.xlsx` wrote CSV text into a file Excel then could not open)."""
    named = _BY_SUFFIX.get(output.suffix.lower()) if output is not None and not output.is_dir() else None
    if fmt and named and EXPORTERS[fmt][1] != output.suffix.lower():
        raise click.UsageError(f"--format {fmt} does not match {output.name!r} (a {output.suffix.lower()} file is "
                               f"{named}): change one of them")
    return fmt or named or "csv"


@click.command("export")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default=None,
              help="Default: the one the output file's suffix names (.csv, .json, .xlsx, .ics, .jsonl), else csv.")
@click.option("--excel", is_flag=True, help="CSV: add a byte-order mark so Excel reads UTF-8.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File or folder to write (default: stdout; xlsx: a file named for the filters in the current folder).")
def export_command(db: str | None, event_filter, fmt: str, excel: bool, output: Path | None) -> None:
    """Export the matching events with their actors, sources and quotes.

    Given a folder (or, for xlsx, nothing), the file is named for what it holds:
    tracker_<filters>_<today>.<format>.

    Example:

        \b
        tracker export --format csv --actor Kazakhstan --from 2023-06-01 --to 2023-06-30 -o kz.csv
    """
    fmt = _export_format(fmt, output)
    if excel and fmt != "csv":
        raise click.UsageError(f"--excel is for --format csv (an {fmt} file needs no byte-order mark)")
    data, chosen = open_tracker(db, existing=True).exported(fmt, event_filter, **({"excel": excel} if fmt == "csv" else {}))
    notify(chosen)
    if output is None and fmt != "xlsx":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    if output is None or output.is_dir():
        # formats that share a suffix (csv and TimelineJS's sheet) get names of their own: neither overwrites the other
        prefix = "tracker" if fmt in _BY_SUFFIX.values() else f"tracker_{fmt}"
        output = (output or Path(".")) / export_filename(chosen.filter, EXPORTERS[fmt][1], prefix=prefix)
    write_file(output, data)
    count = len(chosen.events)
    click.echo(f"Wrote {count} event{'' if count == 1 else 's'} to {output}.", err=True)


export_command.help = inspect.cleandoc(export_command.help) + "\n\n" + FILTER_HELP


@click.command("stats")
@db_option
@filter_options
def stats_command(db: str | None, event_filter) -> None:
    """Count the matching events by type, process, status and year.

    Example:

        \b
        tracker stats --process "Geneva process"
    """
    t = open_tracker(db, existing=True)
    stats = t.stats(event_filter)
    notify(stats.selection)
    events = stats.events
    click.echo(f"{len(events)} events ({event_filter.describe()}) in {t.location}")
    if events.empty:
        return
    click.echo(f"from {events['start_date'].min():%d %b %Y} to {events['end_date'].fillna(events['start_date']).max():%d %b %Y}")
    click.echo(f"{stats.sources} sources, {stats.with_sources} events with at least one")
    for label, column in (("type", "event_type"), ("process", "process"), ("status", "status")):
        click.echo(f"\nby {label}:")
        for value, count in stats.by(column).items():
            click.echo(f"  {value:<32} {count:>6}")
    click.echo("\nby year:")
    for year, count in stats.by_year.items():
        click.echo(f"  {year:<32} {count:>6}")


COMMANDS = [list_command, export_command, stats_command]
