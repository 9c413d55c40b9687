"""The `tracker` command line: a thin click layer over the core.

Commands live in modules of this package, one concern each; every module that
exists is loaded and its `COMMANDS` added to the group.
"""
from __future__ import annotations

import importlib

import click

from tracker import __version__

COMMAND_MODULES = ("core", "extract", "review", "serve", "brief", "bench", "views", "edits")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
    if user is not None:
        ctx.meta["tracker.user"] = user


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"tracker.cli.{_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"tracker.cli.{_name}":
            raise
        continue
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    """Entry point for `tracker` and `python -m tracker`."""
    cli(prog_name="tracker")
