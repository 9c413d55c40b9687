"""`tracker export` and `tracker import` (ux25): "Wrote 1 events to r20.json.", "OK: 1 events, 1 sources", "Imported 1 events (1 new, 0 updated)
with 1 sources" for one event; as `tracker brief` since ux23, the singular for one."""
from __future__ import annotations

import json


def test_export_and_import_of_one_event_say_so_in_the_singular(store, tmp_path, run_cli):
    db = store.location
    out = tmp_path / "r20.json"
    result = run_cli("export", "--db", db, "--format", "json", "--process", "Astana format", "--round", "20", "-o", out)
    assert result.exit_code == 0, result.output
    assert f"Wrote 1 event to {out}." in result.stderr
    result = run_cli("export", "--db", db, "--format", "json", "--process", "Astana format", "--from", "2023-06",
                     "--to", "2023-06", "-o", tmp_path / "june.json")
    assert "Wrote 4 events to " in result.stderr

    one = tmp_path / "one.json"
    event = json.loads(out.read_text())["events"][0]
    # a copy of round 20 under a new id would be warned of as a second round 20 (test_import_round_numbers)
    event["event_id"], event["links"], event["round_number"] = "ux25-one", [], None
    event["sources"] = event["sources"][:1]
    one.write_text(json.dumps({"events": [event]}))
    result = run_cli("validate", "--db", db, one)
    assert "OK: 1 event, 1 source, 0 warning(s) in 1 file(s)." in result.output
    result = run_cli("import", "--db", db, one)
    assert result.exit_code == 0, result.output
    assert "Imported 1 event (1 new, 0 updated) with 1 source into " in result.output
