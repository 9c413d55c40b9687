"""The editing and history commands end to end on a real SQLite file, and `review edit`/`accept` refusing
what an import refuses (issue 13 items 7 and 11) with a message naming the field, never a traceback."""
from __future__ import annotations

import pytest

from tracker.store import open_store


def record(db: str, event_id: str) -> dict | None:
    store = open_store(db)
    try:
        return store.event_record(event_id)
    finally:
        store.close()


def test_edit_history_delete_undo_and_changes(run_cli, db_path):
    result = run_cli("--user", "alice", "edit", "--db", db_path, "astana-20", "--set", "title=Round twenty",
                     "--set", "round_number=20", "--set", "tags=final; kaz", "--expect-version", "1")
    assert result.exit_code == 0, result.output
    assert "astana-20 is now version 2" in result.output and "'Round twenty'" in result.output
    assert record(db_path, "astana-20")["event"]["tags"] == "final; kaz"

    stale = run_cli("--user", "bob", "edit", "--db", db_path, "astana-20", "--set", "title=Bob's", "--expect-version", "1")
    assert stale.exit_code == 1 and "changed by alice" in stale.output and "nothing was saved" in stale.output
    assert record(db_path, "astana-20")["event"]["title"] == "Round twenty"

    assert run_cli("--user", "bob", "delete", "--db", db_path, "astana-20").exit_code == 0
    assert record(db_path, "astana-20") is None
    undone = run_cli("undo", "--db", db_path, "astana-20")
    assert undone.exit_code == 0 and "back at version 4" in undone.output
    assert record(db_path, "astana-20")["event"]["title"] == "Round twenty"

    late = run_cli("undo", "--db", db_path, "astana-20", "--expect-version", "3")  # v3, the delete, was undone: v4
    assert late.exit_code == 1 and "version 3 of event astana-20" in late.output and "nothing was undone" in late.output
    assert record(db_path, "astana-20")["version"] == 4

    history = run_cli("history", "--db", db_path, "astana-20").output
    assert "4 change(s)" in history
    assert "v2" in history and "alice  edit (edited)" in history and "title: '20th International" in history
    assert "bob  delete (deleted)" in history and "undo (created)" in history

    changes = run_cli("changes", "--db", db_path, "--since", "2000-01-01").output
    assert "alice  edit  astana-20 v2 edited [title, tags]" in changes
    assert "bob  delete  astana-20 v3 deleted" in changes
    assert "Nothing changed since 2999-01-01" in run_cli("changes", "--db", db_path, "--since", "2999-01-01").output


@pytest.mark.parametrize(("value", "field"), [
    ("title=", "title"),
    ("round_number=²", "round_number"),
    ("round_number=99999999999999999999", "round_number"),
    ("title=one\\ntwo", "title"),
    ("title=" + "x" * 600, "title"),
    ("venue_country=zz", "venue_country"),
    ("status=maybe", "status"),
    ("actors=Kazakhstan", "actors"),
    ("colour=red", "colour"),
])
def test_edit_refuses_what_an_import_refuses(run_cli, db_path, fingerprint, value, field):
    store = open_store(db_path)
    before = fingerprint(store)
    result = run_cli("edit", "--db", db_path, "astana-20", "--set", value)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"column '{field}'" in result.output
    assert fingerprint(store) == before
    store.close()


@pytest.mark.parametrize(("value", "field"), [
    ("title=", "title"),
    ("round_number=²", "round_number"),
    ("round_number=99999999999999999999", "round_number"),
    ("title=one\ntwo", "title"),
    ("title=" + "x" * 600, "title"),
    ("venue_country=zz", "venue_country"),
])
def test_review_edit_refuses_what_an_import_refuses(run_cli, db_path, fingerprint, value, field):
    """These were tracebacks (NOT NULL, int('²'), an integer overflow) or stored values an import refuses."""
    store = open_store(db_path)
    before = fingerprint(store)
    result = run_cli("review", "edit", "--db", db_path, "astana-21", "--set", value)
    assert result.exit_code == 1, result.output
    assert f"column '{field}'" in result.output
    assert fingerprint(store) == before
    store.close()


def test_review_accept_refuses_a_rejected_event(run_cli, db_path, fingerprint):
    assert run_cli("review", "reject", "--db", db_path, "astana-21").exit_code == 0
    store = open_store(db_path)
    before = fingerprint(store)
    result = run_cli("review", "accept", "--db", db_path, "astana-21")
    assert result.exit_code == 1 and "rejected event cannot be confirmed" in result.output
    assert fingerprint(store) == before
    assert [c.action for c in store.history("astana-21")] == ["import", "review reject"]
    store.close()


def test_review_actions_are_recorded_with_the_user(run_cli, db_path):
    assert run_cli("--user", "rev", "review", "edit", "--db", db_path, "astana-21", "--set", "round_number=22").exit_code == 0
    last = open_store(db_path).history("astana-21")[-1]
    assert (last.user, last.action) == ("rev", "review edit")


def test_api_methods_call_the_store(tmp_path):
    import tracker

    t = tracker.open(tmp_path / "t.db")
    t.load_shipped()
    change = t.edit("astana-20", summary="New", user="nb")
    assert (change.user, change.version, list(change.fields())) == ("nb", 2, ["summary"])
    assert [c.version for c in t.history("astana-20")] == [1, 2]
    assert t.delete("astana-20").kind == "deleted"
    assert t.undo("astana-20").kind == "created"
    assert list(t.changes("2000-01-01")["event_id"])[-3:] == ["astana-20"] * 3 or "astana-20" in set(t.changes("2000-01-01")["event_id"])
    t.close()


def test_init_force_says_it_puts_edited_and_deleted_events_back(run_cli, tmp_path):
    """`tracker init --force` silently reverted an analyst's edit and brought back a deleted event (QA of the
    command line); it still does (that is what it is for), and now says so."""
    db = tmp_path / "force.db"
    assert run_cli("init", "--db", db).exit_code == 0
    assert run_cli("edit", "astana-07", "--set", "summary=Analyst's own careful note", "--db", db).exit_code == 0
    again = run_cli("init", "--db", db, "--force")
    assert again.exit_code == 0 and "1 stored event(s) differed from the shipped data" in again.stderr
    quiet = run_cli("init", "--db", db, "--force")
    assert "differed" not in quiet.stderr


def test_review_edit_lists_every_bad_field_and_line_not_the_first_alone(run_cli, db_path, fingerprint):
    store = open_store(db_path)
    before = fingerprint(store)
    result = run_cli("review", "edit", "--db", db_path, "astana-21", "--set", "round_number=twenty",
                     "--link", "follows: astana-99", "--actor", "Kazakhstan host")
    assert result.exit_code == 1, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    assert any("column 'round_number'" in line for line in lines)
    assert any("astana-99" in line for line in lines) and any("Kazakhstan host" in line for line in lines)
    assert "error: 'twenty'" not in result.output  # one "Error:" from the terminal, not a second inside the line
    assert fingerprint(store) == before
    store.close()
