"""The `views` commands: list, save and delete the named saved views the dashboard offers."""
from __future__ import annotations

import click

from tracker.cli.options import db_option, open_tracker


@click.group("views")
def views_group() -> None:
    """Named saved views: dashboard URL queries kept in the store under a name, listed in the page's "Saved views".

    Example:

    \b
        tracker views save "Astana 2023" "process=Astana+format&from=2023"
        tracker views list
        tracker views delete "Astana 2023"
    """


@views_group.command("list")
@db_option
def list_command(db: str | None) -> None:
    """Print the saved views, one a line: the name, a tab, the URL query.

    Example:

    \b
        tracker views list --db var/tracker.db
    """
    t = open_tracker(db)
    views = t.saved_views()
    for view in views:
        click.echo(f"{view.name}\t?{view.query}")
    if not views:
        click.echo("No saved views. Save one with: tracker views save NAME QUERY", err=True)


@views_group.command("save")
@db_option
@click.argument("name")
@click.argument("query")
def save_command(db: str | None, name: str, query: str) -> None:
    """Keep the URL QUERY (or a whole dashboard URL) under NAME; names are unique, whatever their case.

    Example:

    \b
        tracker views save "Geneva rounds" "process=Geneva+process&type=talk_round"
        tracker views save "June 2023" "http://127.0.0.1:8050/?from=2023-06&to=2023-06"
    """
    t = open_tracker(db)
    try:
        view = t.save_view(name, query)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Saved view {view.name!r}: ?{view.query}")


@views_group.command("delete")
@db_option
@click.argument("name")
def delete_command(db: str | None, name: str) -> None:
    """Forget the saved view NAME (any case).

    Example:

    \b
        tracker views delete "Geneva rounds"
    """
    t = open_tracker(db)
    try:
        deleted = t.delete_view(name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if not deleted:
        known = ", ".join(repr(v.name) for v in t.saved_views()) or "none"
        raise click.ClickException(f"no saved view named {name!r} (saved views: {known})")
    click.echo(f"Deleted saved view {name!r}.")


COMMANDS = [views_group]
