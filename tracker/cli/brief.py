"""The `brief` command: the filtered timeline as a sourced brief in Markdown, HTML, DOCX or PDF."""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

from tracker.api import write_file
from tracker.briefing import PAPERS, RENDERERS, ChartUnavailable, brief_filename, render_brief
from tracker.cli.options import FILTER_HELP, db_option, filter_options, open_tracker
from tracker.dates import DateParseError, parse_date_span
from tracker.instants import as_instant

SUFFIXES = {renderer.suffix: name for name, renderer in RENDERERS.items()} | {".markdown": "md", ".htm": "html"}


def _format_for(fmt: str | None, output: Path) -> str:
    """The --format given, else the one the output file's suffix names; a format the suffix contradicts is refused
    (`--format docx -o brief.pdf` wrote a Word file named .pdf)."""
    named = SUFFIXES.get(output.suffix.lower())
    if fmt and named and named != fmt:
        raise click.UsageError(f"--format {fmt} does not match {output.name!r} (a .{output.suffix.lower().lstrip('.')} "
                               f"file is {named}): change one of them")
    if fmt:
        return fmt
    if named is None:
        raise click.UsageError(f"--format is needed: {output.name!r} does not end in one of {', '.join(sorted(SUFFIXES))}")
    return named


@click.command("brief")
@db_option
@filter_options
@click.option("--since", metavar="DATE", help="Mark events added or changed since then as NEW/CHANGED and count them: a day (from its start) or a "
                   "date and time (UTC unless it says otherwise), e.g. 2026-12-04T09:00.")
@click.option("--changes-since", "changes_since", metavar="DATE",
              help="Add a section 'What changed since': the events created, edited and deleted since then (a day: from its start).")
@click.option("--title", metavar="TEXT", help="Title of the brief (default: 'Briefing: <processes>').")
@click.option("--format", "fmt", type=click.Choice(list(RENDERERS)), help="md, html, docx or pdf (default: from the -o suffix).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File or folder to write ('-' for stdout; default: a file named for the filters in the current folder).")
@click.option("--paper", type=click.Choice(PAPERS), default="a4", show_default=True, help="Page size of docx and pdf.")
@click.option("--no-chart", is_flag=True, help="Leave out the timeline chart (then no Chromium is needed).")
def brief_command(db: str | None, event_filter, since: str | None, changes_since: str | None, title: str | None,
                  fmt: str | None, output: Path | None, paper: str, no_chart: bool) -> None:
    """Write a sourced brief of the matching events: key points, a timeline chart, a chronology by month and numbered sources.

    The brief has exactly the events `tracker export` gives for the same filters.
    HTML is one self-contained file (interactive chart); DOCX, PDF and Markdown
    embed the chart as an image drawn by Kaleido with the system Chromium.
    DOCX and PDF are on A4 paper unless --paper letter. Without -o, or with a
    folder, the file is named for what it holds: briefing_<filters>_<day>.<format>.

    Example:

    \b
        tracker brief --process "Astana format" --from 2023-06-01 --to 2023-06-30 --format docx -o brief.docx
    """
    named = output is None or output.is_dir()
    if named:
        fmt = fmt or "docx"
    else:
        fmt = _format_for(fmt, output) if str(output) != "-" else (fmt or "md")
    from tracker.briefing.changes import changes_instant, since_instant

    try:
        since_from = since_instant(since) if since else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    try:
        changes_from = changes_instant(changes_since) if changes_since else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--changes-since") from None
    brief, notices = open_tracker(db, existing=True).briefing(event_filter, changed_since=since_from, title=title, changes_since=changes_from)
    for notice in notices:
        click.echo(f"Note: {notice}.", err=True)
    if fmt == "pdf":
        from tracker.briefing.pdf import missing_text_note, undrawable

        if missing := undrawable(brief):
            click.echo(f"Note: {missing_text_note(missing)}.", err=True)
    try:
        data = render_brief(fmt, brief, chart=not no_chart, paper=paper)
    except ChartUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    if named:
        output = (output or Path(".")) / brief_filename(brief, fmt)
    write_file(output, data)
    events, sources = len(brief.entries), len(brief.citations)
    click.echo(f"Wrote a brief of {events} event{'' if events == 1 else 's'} with {sources} "
               f"source{'' if sources == 1 else 's'} to {output} ({fmt}).", err=True)


# cleandoc first: appended unindented text would keep click from dedenting the docstring
brief_command.help = inspect.cleandoc(brief_command.help) + "\n\n" + FILTER_HELP

COMMANDS = [brief_command]
