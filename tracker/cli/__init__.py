"""The `tracker` command line: a thin click layer over the core.

Commands live in modules of this package, one concern each, and are imported when
they run: `tracker export` imports `tracker.cli.core` and what it needs, never the
dashboard, the briefing or the password hasher. `tracker --help` imports no command
module: it lists the summaries of `LAZY_COMMANDS` (a test checks each is its command's own).
"""
from __future__ import annotations

import importlib

import click

from tracker import __version__
from tracker.cli.text import clean_streams

#: command name -> (module of this package that defines it, the first paragraph of its help).
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("importing", "Create the store and load the shipped chronology into it."),
    "import": ("importing", "Import events from flat CSV/XLSX/JSON, TimelineJS, GDELT or ACLED files in one transaction."),
    "validate": ("importing", "Check files as `import` would, without storing anything."),
    "copy": ("importing", "Copy the store, whole, into an empty store TARGET (a SQLite path or a postgresql:// URL)."),
    "list": ("core", "Print the matching events as a table."),
    "export": ("core", "Export the matching events with their actors, sources and quotes."),
    "stats": ("core", "Count the matching events by type, process, status and year."),
    "extract": ("extract", "Print the events found in an article (text, HTML or RSS/Atom) as JSON; change nothing."),
    "ingest": ("extract", "Store the events of articles as candidates, with the article as their source."),
    "eval": ("extract", "Score extraction against a labelled corpus: recall, precision and per-field accuracy."),
    "review": ("extract", ("Review extracted candidates and suggested sources: list, accept, reject, edit, "
                           "or merge into an event.")),
    "serve": ("serve", "Serve the interactive timeline of a store at http://HOST:PORT."),
    "brief": ("brief", ("Write a sourced brief of the matching events: key points, a timeline chart, "
                        "a chronology by month and numbered sources.")),
    "bench": ("bench", "Benchmark the dashboard on seeded synthetic stores and print a table."),
    "views": ("views", ("Named saved views: dashboard URL queries kept in the store under a name, "
                        "listed in the page's \"Saved views\".")),
    "user": ("users", "Users and roles. Once a store has a user, every page of `tracker serve` asks for a login."),
    "edit": ("edits", "Change fields of an event, checked as an import checks them; the change is recorded."),
    "delete": ("edits", "Delete an event; the deletion is recorded and `tracker undo` brings it back."),
    "undo": ("edits", "Revert an event's last change: undelete it, or go back to the version before an edit."),
    "history": ("edits", "Show every version of an event: when, who, what action, and what changed field by field."),
    "changes": ("edits", "List what changed since a date: events created, edited and deleted, by whom and when."),
}


class TrackerGroup(click.Group):
    """The command group: commands imported when first asked for (as click's docs' LazyGroup);
    a store that fails mid-command (damaged, locked) is an error message, not a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, without importing any command module."""
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, its module imported on first use."""
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            module = importlib.import_module(f"tracker.cli.{LAZY_COMMANDS[cmd_name][0]}")
            for command in module.COMMANDS:
                self.commands.setdefault(command.name, command)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of `tracker --help`, from the summaries (a command already imported speaks for itself)."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            # a stand-in with the summary as its help shortens it as click shortens the command's own
            command = self.commands.get(name) or click.Command(name, help=LAZY_COMMANDS[name][1])
            if not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        from tracker.store import store_failure

        from tracker.problems import OutputError

        try:
            return super().invoke(ctx)
        except OutputError as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:
            reason = store_failure(exc)
            if reason is None:
                raise
            raise click.ClickException(f"the store failed: {reason}") from None


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tracker")
@click.option("--user", "user", metavar="NAME", default=None,
              help="Who the changes this command writes are recorded as (default: $TRACKER_USER or your login name).")
@click.pass_context
def cli(ctx: click.Context, user: str | None) -> None:
    """Keep, check, filter and export a sourced chronology of diplomatic processes.

    Example:

        \b
        tracker init && tracker list --process "Astana format" --from 2023
    """
    clean_streams()  # text from the data is printed as text: no escape sequence reaches the terminal
    if user is not None:
        ctx.meta["tracker.user"] = user


def main() -> None:
    """Entry point for `tracker` and `python -m tracker`."""
    cli(prog_name="tracker")
