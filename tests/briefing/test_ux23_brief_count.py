"""`tracker brief` (ux23): its closing line said "Wrote a brief of 1 events with 1 sources" for a one-event brief."""
from __future__ import annotations


def test_a_brief_of_one_event_says_so_in_the_singular(store, tmp_path, run_cli):
    db = store.location
    out = tmp_path / "one.md"
    result = run_cli("brief", "--db", db, "--q", "Lavrentyev surprise", "--format", "md", "--no-chart", "-o", out)
    assert result.exit_code == 0, result.output
    assert "Wrote a brief of 1 event with 3 sources to " in result.stderr
    result = run_cli("brief", "--db", db, "--process", "Astana format", "--round", "20", "--format", "md", "--no-chart",
                     "-o", out)
    assert "Wrote a brief of 1 event with 4 sources to " in result.stderr
    result = run_cli("brief", "--db", db, "--process", "Astana format", "--from", "2023-06", "--to", "2023-06",
                     "--format", "md", "--no-chart", "-o", out)
    assert "Wrote a brief of 4 events with 8 sources to " in result.stderr
    result = run_cli("brief", "--db", db, "--q", "suspends Geneva", "--format", "md", "--no-chart", "-o", out)
    assert "Wrote a brief of 1 event with 1 source to " in result.stderr  # geneva-iii-01-suspended, one source
