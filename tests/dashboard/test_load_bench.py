"""`tracker bench --users`: simulated analysts against a real `tracker serve --workers`, their edits checked."""
from __future__ import annotations

import re


def test_the_load_bench_runs_analysts_against_workers_and_finds_every_edit(run_cli, tmp_path):
    """A short run on a small synthetic store: real workers and callbacks; every acknowledged edit is in the store
    and its history, and the table says the workers' threads (the server's setting the figures depend on)."""
    result = run_cli("bench", "--users", "3", "--workers", "2", "--threads", "2", "--events", "300", "--seconds", "2",
                     "--dir", str(tmp_path / "stores"))
    assert result.exit_code == 0, result.output
    rows = dict(re.findall(r"^\| (.+?) \| (.+?) \|$", result.output, re.M))
    assert rows["workers"] == "2" and rows["request threads per worker"] == "2" and rows["errors"] == "0", rows
    assert int(rows["requests"].replace(",", "")) > 0
    edits = int(rows["edits acknowledged (review Save)"])
    assert rows["... present in the store at the end"] == str(edits) == rows["... in its history"]
    assert "p95 by request kind (ms):" in result.output
