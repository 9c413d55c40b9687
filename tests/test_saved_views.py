"""Named saved views: the check of names and queries, the store on SQLite and PostgreSQL, the CLI."""

import pytest

from tracker.saved_views import SavedView, check_name, check_query, check_view
from tracker.store.migrations import MIGRATIONS




@pytest.mark.parametrize("query, expected", [
    ("?process=Astana+format&from=2023", "process=Astana+format&from=2023"),
    ("http://127.0.0.1:8050/?actor=T%C3%BCrkiye&event=x-1", "actor=T%C3%BCrkiye&event=x-1"),
    ("/?to=2023-06-30", "to=2023-06-30"),
    ("", ""),
])
def test_a_query_is_kept_without_its_question_mark_and_a_url_gives_its_query(query, expected):
    assert check_query(query) == expected


@pytest.mark.parametrize("name, query, message", [
    ("   ", "from=2023", "needs a name"),
    ("x" * 81, "from=2023", "at most 80 characters"),
    ("two\nlines", "from=2023", "line breaks"),
    ("ok", "from=2023 to=2024", "is not a URL query"),
    ("ok", "from=2023#top", "is not a URL query"),
    ("ok", "a=" + "x" * 2000, "at most 2000 characters"),
])
def test_a_bad_name_or_query_is_refused_with_a_clear_reason(name, query, message):
    with pytest.raises(ValueError, match=message):
        check_view(name, query)


def test_a_name_is_trimmed():
    assert check_name("  Astana 2023 ") == "Astana 2023"


def test_the_saved_views_migration_is_named_and_in_order():
    names = [name for name, _ in MIGRATIONS]
    assert names[2] == "0003_saved_views" and names == sorted(names)  # later migrations are added after it


def test_views_are_saved_listed_by_name_and_deleted(empty_store):
    empty_store.save_view("Geneva rounds", "?process=Geneva+process&type=talk_round")
    empty_store.save_view("astana 2023", "process=Astana+format&from=2023")
    empty_store.save_view("Côte d'Ivoire, \"quoted\"", "actor=C%C3%B4te")
    assert empty_store.saved_views() == [SavedView("astana 2023", "process=Astana+format&from=2023"),
                                         SavedView("Côte d'Ivoire, \"quoted\"", "actor=C%C3%B4te"),
                                         SavedView("Geneva rounds", "process=Geneva+process&type=talk_round")]
    assert empty_store.delete_view("GENEVA ROUNDS") is True
    assert empty_store.delete_view("Geneva rounds") is False
    assert [v.name for v in empty_store.saved_views()] == ["astana 2023", "Côte d'Ivoire, \"quoted\""]


def test_a_taken_name_is_refused_whatever_its_case_and_the_stored_view_is_kept(empty_store):
    empty_store.save_view("June", "from=2023-06")
    with pytest.raises(ValueError, match="'June' exists already"):
        empty_store.save_view(" JUNE ", "from=2024-06")
    assert empty_store.saved_views() == [SavedView("June", "from=2023-06")]


def test_views_survive_reopening_and_other_connections_see_them(empty_store):
    empty_store.save_view("June", "from=2023-06")
    other = empty_store.reopen()
    try:
        assert other.saved_views() == [SavedView("June", "from=2023-06")]
        other.delete_view("June")
    finally:
        other.close()
    assert empty_store.saved_views() == []


def test_cli_saves_lists_and_deletes_views(run_cli, tmp_path):
    db = str(tmp_path / "v.db")
    saved = run_cli("views", "save", "Astana 2023", "http://127.0.0.1:8050/?process=Astana+format&from=2023", "--db", db)
    assert saved.exit_code == 0 and "Saved view 'Astana 2023'" in saved.output
    listed = run_cli("views", "list", "--db", db)
    assert listed.output == "Astana 2023\t?process=Astana+format&from=2023\n"
    assert run_cli("views", "delete", "astana 2023", "--db", db).exit_code == 0
    assert run_cli("views", "list", "--db", db).stdout == ""


def test_cli_says_why_a_view_is_refused_and_exits_non_zero(run_cli, tmp_path):
    db = str(tmp_path / "v.db")
    run_cli("views", "save", "June", "from=2023-06", "--db", db)
    taken = run_cli("views", "save", "june", "from=2024-06", "--db", db)
    assert taken.exit_code == 1 and "exists already" in taken.stderr
    missing = run_cli("views", "delete", "July", "--db", db)
    assert missing.exit_code == 1 and "no saved view named 'July' (saved views: 'June')" in missing.stderr
    bad = run_cli("views", "save", "", "from=2023", "--db", db)
    assert bad.exit_code == 1 and "needs a name" in bad.stderr


@pytest.mark.parametrize("command", ["list", "save", "delete"])
def test_every_views_command_has_help_with_an_example(run_cli, command):
    result = run_cli("views", command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output
