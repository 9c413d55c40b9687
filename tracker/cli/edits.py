"""Editing and history commands: edit, delete, undo, history, changes (each one call of the Python API)."""
from __future__ import annotations

import re

import click
import pandas as pd

from tracker.cli.options import db_option, open_tracker
from tracker.store.history import Change, EditConflict, EditRefused, as_instant

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: object) -> str:
    """Text from data as printable text: control characters shown as escapes, never sent to the terminal."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(text))


def parse_pairs(pairs: tuple[str, ...]) -> dict[str, str]:
    """--set FIELD=VALUE pairs as a dict; `\\n` in a value is a new line (sources, quotes)."""
    values: dict[str, str] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise click.UsageError(f"--set {pair!r}: use FIELD=VALUE, e.g. --set title='Round 21'")
        values[field.strip()] = value.replace("\\n", "\n")
    return values


def when(change: Change) -> str:
    """A change's time as the commands print it."""
    return f"{change.changed_at:%Y-%m-%d %H:%M:%S} UTC"


def describe(change: Change) -> str:
    """`v2  2026-12-04 13:40:01 UTC  alice  edit (edited)`."""
    return f"v{change.version}  {when(change)}  {plain(change.user)}  {plain(change.action)} ({change.kind})"


def _refused(exc: Exception) -> click.ClickException:
    if isinstance(exc, EditConflict):
        return click.ClickException(plain(exc))
    if isinstance(exc, EditRefused):
        return click.ClickException("nothing was saved:\n" + "\n".join(plain(p) for p in exc.problems))
    return click.ClickException(plain(exc.args[0] if isinstance(exc, KeyError) and exc.args else exc))


@click.command("edit")
@db_option
@click.argument("event_id")
@click.option("--set", "pairs", multiple=True, required=True, metavar="FIELD=VALUE",
              help="A cell of the import format to change (repeatable), e.g. --set round_number=21; "
                   "actors as 'Name [role]; ...', sources and quotes one a line (\\n).")
@click.option("--expect-version", type=int, default=None, metavar="N",
              help="Refuse the edit if the event is no longer at version N (someone changed it meanwhile).")
def edit_command(db: str | None, event_id: str, pairs: tuple[str, ...], expect_version: int | None) -> None:
    """Change fields of an event, checked as an import checks them; the change is recorded.

    Example:

        \b
        tracker edit astana-20 --set status=held --set "actors=Kazakhstan [host]; Russia [guarantor]"
    """
    t = open_tracker(db, existing=True)
    try:
        change = t.edit(event_id, parse_pairs(pairs), expected_version=expect_version)
    except (EditRefused, EditConflict, KeyError) as exc:
        raise _refused(exc) from None
    for warning in change.warnings:
        click.echo(plain(warning), err=True)
    if not change.recorded:
        click.echo(f"{event_id}: nothing changed (it stays at version {change.version}).")
        return
    click.echo(f"{event_id} is now version {change.version}:")
    click.echo(plain(change.describe()))


@click.command("delete")
@db_option
@click.argument("event_id")
@click.option("--expect-version", type=int, default=None, metavar="N", help="Refuse if the event is no longer at version N.")
def delete_command(db: str | None, event_id: str, expect_version: int | None) -> None:
    """Delete an event; the deletion is recorded and `tracker undo` brings it back.

    Example:

        \b
        tracker delete kaz-statement-2023-06-22 && tracker undo kaz-statement-2023-06-22
    """
    try:
        change = open_tracker(db, existing=True).delete(event_id, expected_version=expect_version)
    except (EditConflict, KeyError) as exc:
        raise _refused(exc) from None
    click.echo(f"Deleted {event_id} (version {change.version - 1}); `tracker undo {event_id}` brings it back.")


@click.command("undo")
@db_option
@click.option("--expect-version", "version", type=click.IntRange(min=1), metavar="N",
              help="Undo only if the last change is still the one that made version N (`tracker history`'s vN): "
                   "someone else's change since is not undone by mistake.")
@click.argument("event_id")
def undo_command(db: str | None, event_id: str, version: int | None) -> None:
    """Revert an event's last change: undelete it, or go back to the version before an edit.

    Example:

        \b
        tracker undo astana-20
        tracker undo astana-20 --expect-version 3    # only if v3 is still its last change
    """
    try:
        change = open_tracker(db, existing=True).undo(event_id, version=version)
    except (EditConflict, KeyError) as exc:
        raise _refused(exc) from None
    what = "deleted again (its creation was undone)" if change.kind == "deleted" else f"back at version {change.version}"
    click.echo(f"Undone: {event_id} is {what}.")
    if change.kind == "edited":
        click.echo(plain(change.describe()))


@click.command("history")
@db_option
@click.argument("event_id")
def history_command(db: str | None, event_id: str) -> None:
    """Show every version of an event: when, who, what action, and what changed field by field.

    Example:

        \b
        tracker history astana-20
    """
    changes = open_tracker(db, existing=True).history(event_id)
    if not changes:
        raise click.ClickException(f"no recorded change of an event with id {event_id!r}")
    click.echo(f"{event_id}: {len(changes)} change(s)")
    for change in changes:
        click.echo(describe(change))
        if change.kind == "edited":
            for line in change.describe().splitlines():
                click.echo(f"    {plain(line)}")
        else:
            click.echo(f"    {plain(change.title)}")


@click.command("changes")
@db_option
@click.option("--since", "since", required=True, metavar="DATE",
              help="A date (from its start) or date and time (UTC unless it says otherwise), e.g. 2026-12-01 or 2026-12-04T09:00.")
def changes_command(db: str | None, since: str) -> None:
    """List what changed since a date: events created, edited and deleted, by whom and when.

    Example:

        \b
        tracker changes --since 2026-12-01
    """
    try:
        instant = as_instant(since, day_end=False)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    changes = open_tracker(db, existing=True).changes(instant)
    if changes.empty:
        click.echo(f"Nothing changed since {instant:%Y-%m-%d %H:%M:%S} UTC.")
        return
    click.echo(f"{len(changes)} change(s) since {instant:%Y-%m-%d %H:%M:%S} UTC:")
    for row in changes.itertuples(index=False):
        stamp = pd.Timestamp(row.changed_at).strftime("%Y-%m-%d %H:%M:%S")
        fields = f" [{row.fields}]" if row.kind == "edited" else ""
        click.echo(f"{stamp} UTC  {plain(row.user)}  {plain(row.action)}  {row.event_id} v{row.version} "
                   f"{row.kind}{plain(fields)}: {plain(row.title)}")


COMMANDS = [edit_command, delete_command, undo_command, history_command, changes_command]
