"""Text from the data is printed as text: rich markup, escape sequences and control characters never act on the terminal."""
from __future__ import annotations

import csv

import pytest

from tracker.cli.text import printable

EVIL_TITLE = ("Talks [/bold] end [link=https://evil.example]click[/link] \x1b]0;pwned\x07 \x1b[31mred\x1b[0m "
              "\r overwritten \u202eevil")
EVIL_PROCESS = "Evil \x1b[2J process [bold]"
#: What must never reach a terminal from the data: ESC, BEL, CR, the right-to-left override.
RAW = ("\x1b", "\x07", "\r", "\u202e")


@pytest.fixture()
def evil_db(run_cli, db_path, tmp_path) -> str:
    """The shipped chronology and one event whose title and process try to take over the terminal."""
    path = tmp_path / "evil.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["event_id", "title", "event_type", "status", "start_date", "process", "actors", "sources"])
        writer.writerow(["evil-1", EVIL_TITLE, "statement", "held", "2023-06-22", EVIL_PROCESS, "Kazakhstan [speaker]",
                         "Interfax | 2023-06-22 | t | https://interfax.com/a"])
    result = run_cli("import", "--db", db_path, path)
    assert result.exit_code == 0, result.stderr
    return db_path


def _clean(text: str) -> None:
    for raw in RAW:
        assert raw not in text, (raw, text)


def test_printable_writes_controls_as_visible_escapes():
    assert printable("a\x1b[31mb\r\x07\u202ec\td\ne") == "a\\x1b[31mb\\x0d\\x07\\u202ec\td\ne"
    assert printable("Côte d'Ivoire — [bold]") == "Côte d'Ivoire — [bold]"


def test_list_prints_markup_and_escapes_in_titles_as_text(run_cli, evil_db):
    result = run_cli("list", "--db", evil_db, "--q", "talks overwritten")
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.replace("│", " ").split())
    assert "[/bold]" in flat and "[link=https://evil.example]click[/link]" in flat.replace(" ", "")  # the cell folds
    assert "\\x1b[31mred\\x1b[0m" in flat.replace(" ", "")
    _clean(result.stdout)


def test_list_with_markup_in_the_filter_prints_it(run_cli, evil_db):
    result = run_cli("list", "--db", evil_db, "--process", EVIL_PROCESS)
    assert result.exit_code == 0, result.stderr
    assert "1 of" in result.stdout and "[bold]" in result.stdout
    _clean(result.stdout + result.stderr)


@pytest.mark.parametrize("args", [("stats",), ("stats", "--process", EVIL_PROCESS), ("list", "--actor", "\x1b[2JNobody"),
                                  ("list", "--from", "\x1b]0;x\x07"), ("views", "delete", "\x1b[2Jgone"),
                                  ("export", "--format", "csv", "--q", "overwritten", "-o", "{tmp}/out.csv")])
def test_no_command_prints_a_control_character_from_its_input(run_cli, evil_db, tmp_path, args):
    result = run_cli(*(a.replace("{tmp}", str(tmp_path)) for a in args), "--db", evil_db)
    _clean(result.stdout + result.stderr)


def test_an_export_to_stdout_is_the_data_as_the_format_writes_it(run_cli, evil_db):
    result = run_cli("export", "--db", evil_db, "--format", "json", "--q", "overwritten")
    assert result.exit_code == 0
    assert "\\u001b[31mred" in result.stdout or "\x1b[31mred" in result.stdout  # the data, as the format writes it


def test_a_rich_console_on_the_cleaned_stream_draws_plain_text():
    import io

    from rich.console import Console

    from tracker.cli.text import CleanStream

    out = io.StringIO()
    Console(file=CleanStream(out), force_terminal=None).print("[bold]heading[/bold] \x1b[31m")
    assert out.getvalue().startswith("heading ") and "\x1b" not in out.getvalue()
