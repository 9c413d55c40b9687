"""The `brief` command: the filtered timeline as a sourced brief in Markdown, HTML, DOCX or PDF."""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

from tracker.briefing import RENDERERS, ChartUnavailable, make_brief, render_brief
from tracker.cli.options import FILTER_HELP, db_option, filter_options, open_db
from tracker.dates import DateParseError, parse_date_span

SUFFIXES = {renderer.suffix: name for name, renderer in RENDERERS.items()} | {".markdown": "md", ".htm": "html"}


def _format_for(fmt: str | None, output: Path) -> str:
    """The --format given, else the one the output file's suffix names."""
    if fmt:
        return fmt
    guessed = SUFFIXES.get(output.suffix.lower())
    if guessed is None:
        raise click.UsageError(f"--format is needed: {output.name!r} does not end in one of {', '.join(sorted(SUFFIXES))}")
    return guessed


@click.command("brief")
@db_option
@filter_options
@click.option("--since", metavar="DATE", help="Mark events added or changed on or after this date as NEW/CHANGED and count them.")
@click.option("--title", metavar="TEXT", help="Title of the brief (default: 'Briefing: <processes>').")
@click.option("--format", "fmt", type=click.Choice(list(RENDERERS)), help="md, html, docx or pdf (default: from the -o suffix).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write ('-' for stdout).")
@click.option("--no-chart", is_flag=True, help="Leave out the timeline chart (then no Chromium is needed).")
def brief_command(db: str | None, event_filter, since: str | None, title: str | None, fmt: str | None,
                  output: Path, no_chart: bool) -> None:
    """Write a sourced brief of the matching events: key points, a timeline chart, a chronology by month and numbered sources.

    The brief has exactly the events `tracker export` gives for the same filters.
    HTML is one self-contained file (interactive chart); DOCX, PDF and Markdown
    embed the chart as an image drawn by Kaleido with the system Chromium.

    Example:

    \b
        tracker brief --process "Astana format" --from 2023-06-01 --to 2023-06-30 --format docx -o brief.docx
    """
    fmt = _format_for(fmt, output) if str(output) != "-" else (fmt or "md")
    since_day = None
    if since:
        try:
            since_day = parse_date_span(since).start
        except DateParseError as exc:
            raise click.BadParameter(str(exc), param_hint="--since") from None
    store = open_db(db)
    tables = store.load()
    brief = make_brief(tables, event_filter, store=store, since=since_day, title=title)
    try:
        data = render_brief(fmt, brief, chart=not no_chart)
    except ChartUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    temporary = output.with_name(output.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(output)
    click.echo(f"Wrote a brief of {len(brief.entries)} events with {len(brief.citations)} sources to {output} ({fmt}).", err=True)


# cleandoc first: appended unindented text would keep click from dedenting the docstring
brief_command.help = inspect.cleandoc(brief_command.help) + "\n\n" + FILTER_HELP

COMMANDS = [brief_command]
