"""Where `-o` writes (export, brief, the API): through a `.part` file for a regular file, following a symlink,
writing a device or a pipe as it is (never replacing it with a regular file: as root, `-o /dev/full` had
turned /dev/full into an 87 KB file), and a missing folder is a message, not a traceback."""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tracker.api import write_file
from tracker.problems import OutputError


def test_a_symlink_is_followed_and_kept(run_cli, store, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = run_cli("export", "--db", store.location, "--format", "csv", "--round", "20", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_text().startswith("event_id,")
    assert not list(tmp_path.glob("*.part"))


def test_a_pipe_is_written_not_replaced(run_cli, store, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = run_cli("export", "--db", store.location, "--format", "csv", "--round", "20", "-o", fifo)
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode) and got and got[0].startswith(b"event_id,")


def test_a_device_is_written_not_replaced():
    before = os.stat("/dev/null")
    write_file(Path("/dev/null"), b"x" * 1000)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["brief", "--no-chart", "--format", "md"]])
def test_a_missing_folder_is_a_message(run_cli, store, tmp_path, command):
    target = tmp_path / "no" / "such" / "out.file"
    result = run_cli(*command, "--db", store.location, "--round", "20", "-o", target)
    assert result.exit_code == 1
    assert f"cannot write {target}: there is no folder {target.parent}" in result.output
    assert "Traceback" not in result.output and not target.parent.exists()


def test_the_api_names_the_path_too(tmp_path):
    with pytest.raises(OutputError, match="it is a folder"):
        write_file(tmp_path, b"x")


def test_a_brief_format_the_file_name_contradicts_is_refused(run_cli, store, tmp_path):
    """`brief --format docx -o x.pdf` wrote a Word file named .pdf, without a word (QA of the command line)."""
    target = tmp_path / "x.pdf"
    result = run_cli("brief", "--db", store.location, "--round", "20", "--no-chart", "--format", "docx", "-o", target)
    assert result.exit_code == 2 and "--format docx does not match 'x.pdf' (a .pdf file is pdf)" in result.output
    assert not target.exists()


def test_export_takes_its_format_from_the_file_name_and_formats_never_share_a_name(run_cli, db_path, tmp_path):
    """`-o events.xlsx` without --format wrote CSV text into it; in a folder, timelinejs overwrote the csv file and
    timelinejs-json the json one (QA of the command line)."""
    import openpyxl

    assert run_cli("export", "--db", db_path, "-o", tmp_path / "events.xlsx").exit_code == 0
    assert openpyxl.load_workbook(tmp_path / "events.xlsx").worksheets  # a real workbook
    wrong = run_cli("export", "--db", db_path, "--format", "csv", "-o", tmp_path / "wrong.xlsx")
    assert wrong.exit_code == 2 and "does not match 'wrong.xlsx'" in wrong.output
    assert not (tmp_path / "wrong.xlsx").exists()
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in ("csv", "timelinejs", "json", "timelinejs-json"):
        assert run_cli("export", "--db", db_path, "--format", fmt, "-o", folder).exit_code == 0
    assert len(list(folder.iterdir())) == 4
