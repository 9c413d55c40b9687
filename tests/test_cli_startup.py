"""The command line starts with only what a command needs: `tracker --help` imports no command module, and
`tracker export` no dashboard, plotting, briefing, importer or password hasher (each a fresh Python, as from a shell).
"""
from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from tracker.cli import LAZY_COMMANDS, cli

ROOT = Path(__file__).resolve().parents[1]
#: Libraries no command but `serve`, `brief` or `bench` needs (pandas and Arrow: the commands that read the store).
HEAVY = ("dash", "plotly", "kaleido", "docx", "openpyxl", "flask", "argon2")


def modules_after(code: str, *args: str) -> set[str]:
    """The modules a fresh Python holds after running `code` (with sys.argv[1:] = args)."""
    script = f"import json, sys\nsys.argv[1:] = {list(args)!r}\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _top(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


#: `tracker` with the arguments given to `modules_after`, as `python -m tracker` runs it.
RUN_TRACKER = ("from tracker.cli import cli\ntry:\n    cli(prog_name='tracker')\nexcept SystemExit as exc:\n"
               "    assert not exc.code, exc.code\n")


def test_importing_the_cli_imports_no_dashboard_plotting_or_data_library():
    imported = modules_after("import tracker.cli")
    assert not _top(imported) & {*HEAVY, "pandas", "pyarrow", "numpy"}, sorted(_top(imported) & {*HEAVY, "pandas"})


def test_tracker_help_imports_no_command_module():
    imported = modules_after(RUN_TRACKER, "--help")
    assert not _top(imported) & {*HEAVY, "pandas", "pyarrow"}
    assert not {m for m in imported if m.startswith("tracker.cli.")} - {"tracker.cli.text"}


def test_export_imports_what_it_needs_only(db_path, tmp_path):
    out = tmp_path / "round.csv"
    imported = modules_after(RUN_TRACKER, "export", "--db", db_path, "--process", "Astana format", "--round", "20",
                             "--format", "csv", "-o", str(out))
    assert out.read_text(encoding="utf-8").count("astana-20") >= 1  # it did export the round
    assert not _top(imported) & set(HEAVY), sorted(_top(imported) & set(HEAVY))
    unneeded = {m for m in imported if m.startswith(("tracker.dashboard", "tracker.briefing", "tracker.importers",
                                                      "tracker.extract", "tracker.auth", "tracker.cli.importing",
                                                      "tracker.cli.extract", "tracker.export.xlsx_format",
                                                      "tracker.export.timelinejs"))}
    assert not unneeded, sorted(unneeded)


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_the_summary_in_tracker_help_is_the_commands_own(name):
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    first_paragraph = " ".join(inspect.cleandoc(command.help).split("\n\n")[0].split())
    assert LAZY_COMMANDS[name][1] == first_paragraph
    stand_in = click.Command(name, help=LAZY_COMMANDS[name][1])
    for limit in (30, 45, 80, 200):
        assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit)


def test_every_command_of_every_module_is_listed_with_its_module():
    """A command added to a module of tracker.cli (or a new module) must be in LAZY_COMMANDS to exist at all."""
    found = {}
    for path in sorted((ROOT / "tracker" / "cli").glob("*.py")):
        module = importlib.import_module(f"tracker.cli.{path.stem}")
        for command in getattr(module, "COMMANDS", []):
            found[command.name] = path.stem
    assert found == {name: module for name, (module, _) in LAZY_COMMANDS.items()}


def test_an_unknown_user_costs_one_verify_of_the_hashers_own_parameters_and_nothing_at_import():
    import argon2

    from tracker.auth import accounts

    real = argon2.extract_parameters(accounts._hasher.hash("any password"))
    assert argon2.extract_parameters(accounts._DUMMY_HASH) == real
    assert not accounts._verify(accounts._DUMMY_HASH, "") and not accounts._verify(accounts._DUMMY_HASH, "not a password")
    # importing the accounts module hashes nothing (it cost every command 0.4 s of start-up)
    modules_after("import argon2\ndef refuse(*a, **k):\n    raise AssertionError('hashed at import')\n"
                  "argon2.PasswordHasher.hash = refuse\nimport tracker.auth.accounts")


def test_the_python_front_door_imports_nothing_heavy(db_path):
    """`import tracker` imports nothing more; `tracker.open(...).export("csv", ...)` only pandas, Arrow and the CSV writer.

    A guard: this held before the command line was made lazy too.
    """
    assert not {m for m in modules_after("import tracker") if m.startswith("tracker.")}
    imported = modules_after(f"import tracker\nt = tracker.open({db_path!r})\n"
                             "assert t.export('csv', process='Astana format', round=20).count(b'astana-20')")
    assert not _top(imported) & set(HEAVY)
    assert not {m for m in imported if m.startswith(("tracker.importers", "tracker.briefing", "tracker.dashboard",
                                                     "tracker.cli", "tracker.export.xlsx"))}
