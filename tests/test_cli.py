"""The command line, in-process, on real SQLite files."""
import io
import json
import re

import click
import pandas as pd
import pytest

from tracker.cli import cli


def test_init_creates_and_loads_the_store_once(run_cli, tmp_path):
    db = tmp_path / "new" / "t.db"
    first = run_cli("init", "--db", db)
    assert first.exit_code == 0 and re.search(r"Loaded \d+ events", first.output)
    again = run_cli("init", "--db", db)
    assert again.exit_code == 0 and "already holds" in again.output


def test_tracker_db_environment_variable_picks_the_file(tmp_path, monkeypatch):
    from click.testing import CliRunner

    db = tmp_path / "env.db"
    result = CliRunner().invoke(cli, ["init"], env={"TRACKER_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_done_when_export_lists_the_proposal_and_statement_with_quotes(run_cli, db_path):
    result = run_cli("export", "--db", db_path, "--format", "csv", "--actor", "Kazakhstan",
                     "--from", "2023-06-01", "--to", "2023-06-30")
    assert result.exit_code == 0
    rows = pd.read_csv(io.StringIO(result.stdout), dtype=str, keep_default_na=False).set_index("event_id")
    assert {"kaz-proposal-2023-06-21", "kaz-statement-2023-06-22", "astana-20"} <= set(rows.index)
    proposal, statement = rows.loc["kaz-proposal-2023-06-21"], rows.loc["kaz-statement-2023-06-22"]
    assert proposal["start_date"] == "2023-06-21" and statement["start_date"] == "2023-06-22"
    assert "we propose that the 20th round of Syria talks be declared the last one" in proposal["quotes"]
    assert "Kanat Tumysh" in proposal["quotes"] and "Kanat Tumysh [initiator]" in proposal["actors"]
    assert statement["quotes"].startswith(
        '[1] Ministry of Foreign Affairs of Kazakhstan: "If the participants of international meetings on Syria')
    assert "Interfax | 2023-06-22T16:13" in statement["sources"]
    assert all(rows["start_date"] <= "2023-06-30") and all(rows["end_date"].where(rows["end_date"] != "", rows["start_date"]) >= "2023-06-01")


def test_export_json_and_to_a_file(run_cli, db_path, tmp_path):
    out = tmp_path / "out.json"
    result = run_cli("export", "--db", db_path, "--format", "json", "--round", "20", "--process", "Astana process", "-o", out)
    assert result.exit_code == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [e["event_id"] for e in events] == ["astana-20"]
    assert {a["role"] for a in events[0]["actors"]} == {"guarantor", "host"}


def test_export_excel_adds_bom(run_cli, db_path):
    result = run_cli("export", "--db", db_path, "--excel", "--round", "1")
    assert result.stdout_bytes.startswith("\ufeff".encode())


def test_list_prints_a_table_with_the_count(run_cli, db_path):
    result = run_cli("list", "--db", db_path, "--venue", "Nur-Sultan", "--type", "talk_round")
    assert result.exit_code == 0
    assert "of 96 events" in result.output and "venues: Nur-Sultan" in result.output
    assert "astana-12" in result.output and "astana-20" in result.output  # Astana and Nur-Sultan are one place


def test_stats(run_cli, db_path):
    result = run_cli("stats", "--db", db_path, "--process", "Astana format")
    assert result.exit_code == 0 and "talk_round" in result.output


@pytest.mark.parametrize("args, message", [
    (["list", "--type", "parade"], "--type"),
    (["export", "--from", "someday"], "--from"),
    (["export", "--format", "xml"], "xml"),
])
def test_bad_options_are_usage_errors(run_cli, db_path, args, message):
    result = run_cli(*args, "--db", db_path)
    assert result.exit_code == 2 and message in result.output


def test_import_and_validate_a_new_file(run_cli, db_path, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "event_id,title,event_type,status,start_date,actors,sources,links\n"
        "my-1,Kazakh MFA briefing,statement,held,2024-01-19,Kazakhstan [speaker],"
        "Kazinform | 2024-01-19 | Briefing | https://inform.kz/x,refers_to astana-21\n", encoding="utf-8")
    assert run_cli("validate", "--db", db_path, path).exit_code == 0
    result = run_cli("import", "--db", db_path, path)
    assert result.exit_code == 0 and "1 new" in result.output
    listed = run_cli("list", "--db", db_path, "--q", "briefing")
    assert "my-1" in listed.output


def test_import_xlsx(run_cli, db_path, tmp_path):
    path = tmp_path / "mine.xlsx"
    pd.DataFrame([{"event_id": "x-1", "title": "Türkiye statement", "event_type": "statement", "status": "held",
                   "start_date": "2024-02-01", "actors": "Türkiye [speaker]",
                   "sources": "Anadolu | 2024-02-01 | t | https://aa.com.tr/x"}]).to_excel(path, index=False)
    result = run_cli("import", "--db", db_path, path)
    assert result.exit_code == 0, result.output
    assert "x-1" in run_cli("list", "--db", db_path, "--actor", "Turkey", "--from", "2024-02").output


def test_python_dash_m_tracker_runs(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "tracker", "--help"], capture_output=True, text=True, check=True)
    assert "export" in done.stdout


def all_commands():
    return cli.list_commands(click.Context(cli))  # the commands are imported when asked for: `cli.commands` holds those


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_with_an_example(run_cli, name):
    result = run_cli(name, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.parametrize("command", ["list", "export", "stats", "brief"])
def test_tag_option_selects_the_tagged_events(run_cli, db_path, command, tmp_path):
    extra = {"export": ["--format", "json"], "brief": ["--output", tmp_path / "brief.md"]}.get(command, [])
    result = run_cli(command, "--db", db_path, "--tag", "idlib", "--tag", "COVID-19", *extra)
    assert result.exit_code == 0, result.output
    if command == "list":
        assert "10 of 96 events" in result.output and "tags: idlib, COVID-19" in result.output
    if command == "export":
        assert len(__import__("json").loads(result.stdout)["events"]) == 10
    if command == "brief":
        assert "tags: Idlib, COVID-19" in (tmp_path / "brief.md").read_text(encoding="utf-8")  # as the data spells it


def _commands(group: click.Group, path: tuple[str, ...] = ()):
    ctx = click.Context(group)  # the group loads its commands lazily: ask it, not its dict
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def test_every_help_prints_its_examples_one_to_a_line() -> None:
    """Click rewraps a docstring's paragraphs: examples without a \\b line ran together ("tracker serve --help")."""
    from click.testing import CliRunner

    paths = [path for path, _ in _commands(cli)]
    assert ("serve",) in paths and ("review", "edit") in paths
    for path in paths:
        text = CliRunner().invoke(cli, [*path, "--help"], terminal_width=100).output
        joined = [line.strip() for line in text.splitlines() if line.strip().startswith("tracker ") and " tracker " in line.strip() and "&&" not in line]
        assert not joined, (path, joined)
