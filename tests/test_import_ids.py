"""Ids never collide silently, files of one import are one chronology (issue 13, items 1, 2 and 10)."""
from __future__ import annotations

import pytest

from tracker.api import Tracker
from tracker.flat import parse_source_line
from tracker.problems import InputError

HEADER = "event_id,title,event_type,status,start_date,process,sources,links\n"
SOURCE = "TASS | 2023-01-01 | t | https://tass.com/a"


def row(event_id: str, process: str = "", links: str = "", sources: str = SOURCE, title: str = "A meeting") -> str:
    return f"{event_id},{title},meeting,held,2023-01-02,{process},{sources},{links}\n"


def write(tmp_path, name: str, *rows: str):
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def processes(store) -> dict[str, str]:
    frame = store.load_table("processes")
    return dict(zip(frame["process_id"], frame["name"]))


def test_a_new_process_never_takes_a_stored_process_id(empty_store, shipped, tmp_path):
    empty_store.save(shipped)
    astana_before = empty_store.load_table("processes").set_index("process_id").loc["astana"].to_dict()
    path = write(tmp_path, "new.csv", row("n-1", "ASTANA!"))
    summary = Tracker(empty_store).import_file(path)
    stored = processes(empty_store)
    assert stored["astana"] == "Astana format"
    assert stored["astana-2"] == "ASTANA!"
    assert empty_store.load_table("processes").set_index("process_id").loc["astana"].to_dict() == astana_before
    assert len(Tracker(empty_store).events(process="Astana process")) == 55
    warning = next(p for p in summary.warnings if p.column == "process")
    assert (warning.row, warning.severity) == (2, "warning")
    assert "'ASTANA!' is not known; it will be added with id 'astana-2' (the id 'astana' is taken by the process " \
           "'Astana format', which is left as it is)" in warning.reason


def test_names_with_one_id_in_one_file_get_distinct_ids(store, tmp_path):
    path = write(tmp_path, "new.csv", row("n-1", "Foo Bar"), row("n-2", "foo-bar"), row("n-3", "FOO  bar"),
                 row("n-4", "Foo_Bar"))
    summary = Tracker(store).import_file(path)
    stored = processes(store)
    assert (stored["foo-bar"], stored["foo-bar-2"]) == ("Foo Bar", "Foo_Bar")
    events = store.load().events.set_index("event_id")["process"]
    # `foo-bar` is the new process's id and `FOO  bar` folds to its name: the same process, as for a stored one.
    assert [events[e] for e in ("n-1", "n-2", "n-3", "n-4")] == ["Foo Bar", "Foo Bar", "Foo Bar", "Foo_Bar"]
    notes = [(p.row, p.reason) for p in summary.warnings if p.column == "process"]
    assert [n[0] for n in notes] == [2, 5]
    assert "the id 'foo-bar' is taken by the process 'Foo Bar'" in notes[1][1]


def test_duplicate_process_ids_in_the_reference_table_are_errors(tmp_path):
    from tracker.importer import read_reference_tables

    (tmp_path / "processes.csv").write_text("process_id,name\nabc,One\nabc,Two\nxyz,one\n", encoding="utf-8")
    (tmp_path / "actors.csv").write_text("actor_id,name,kind\n", encoding="utf-8")
    (tmp_path / "venues.csv").write_text("venue_id,name\n", encoding="utf-8")
    _, problems = read_reference_tables(tmp_path)
    assert [(p.row, p.column) for p in problems] == [(3, "process_id"), (4, "name")]


def test_one_event_id_in_two_files_is_an_error_naming_both(empty_store, shipped, tmp_path, fingerprint):
    empty_store.save(shipped)
    first = write(tmp_path, "first.csv", row("d-0"), row("d-1", title="From the first file"))
    second = write(tmp_path, "second.csv", row("d-1", title="From the second file",
                                                sources="Interfax | 2023-01-02 | u | https://interfax.ru/b"))
    before = fingerprint(empty_store)
    tables, problems, _ = Tracker(empty_store).read_files([first, second])
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.file, p.row, p.column) for p in errors] == [(str(second), 2, "event_id")]
    assert f"duplicate id 'd-1': {first}, row 3 has it too" in errors[0].reason
    with pytest.raises(InputError):
        _import_all(empty_store, [first, second])
    assert fingerprint(empty_store) == before


def _import_all(store, paths):
    tables, problems, known = Tracker(store).read_files(paths)
    if any(p.severity == "error" for p in problems):
        raise InputError(problems)
    Tracker(store).save(tables, known)


def test_a_later_file_may_link_to_an_earlier_files_event(run_cli, store, tmp_path):
    first = write(tmp_path, "first.csv", row("l-1"))
    second = write(tmp_path, "second.csv", row("l-2", links="follows l-1"))
    result = run_cli("import", "--db", store.location, first, second)
    assert result.exit_code == 0, result.stderr
    links = store.load().event_links
    assert ((links["from_event_id"] == "l-2") & (links["to_event_id"] == "l-1")).sum() == 1


def test_an_event_already_stored_is_warned_about_at_its_row(run_cli, store, tmp_path):
    path = write(tmp_path, "again.csv", row("n-1"), row("astana-21"))
    result = run_cli("validate", "--db", store.location, path)
    assert f"{path}, row 3, column 'event_id': warning: 'astana-21' is already in the store; it will be updated" \
        in result.stderr


@pytest.mark.parametrize("line, parts", [
    ("TASS | | Lavrov met Fidan | https://tass.com/a", ("TASS", "", "Lavrov met Fidan", "https://tass.com/a")),
    ("TASS |  | Lavrov met Fidan | https://tass.com/a", ("TASS", "", "Lavrov met Fidan", "https://tass.com/a")),
    ("TASS | | | https://tass.com/a", ("TASS", "", "", "https://tass.com/a")),
    ("TASS | | Title | ", ("TASS", "", "Title", "")),
    ("TASS | 2023-01-01 | a || b | https://tass.com/a", ("TASS", "2023-01-01", "a || b", "https://tass.com/a")),
    (" | 2023-01-29 | Chile and Peru sign | ", ("", "2023-01-29", "Chile and Peru sign", "")),  # no publisher, no url
    ("| 2023-01-29 | Chile and Peru sign |", ("", "2023-01-29", "Chile and Peru sign", "")),
    ("|  | Title | https://x.org/a", ("", "", "Title", "https://x.org/a")),
])
def test_an_empty_published_date_may_be_written_with_one_space(line, parts):
    assert parse_source_line(line) == parts


def test_an_empty_published_date_imports(run_cli, store, tmp_path):
    path = write(tmp_path, "nodate.csv", row("e-1", sources="TASS | | Lavrov met Fidan | https://tass.com/a"))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    source = store.load().sources.set_index("source_id").loc["e-1:s1"]
    assert (source["publisher"], source["title"]) == ("TASS", "Lavrov met Fidan")
    assert source["published_at"] is None or str(source["published_at"]) in ("NaT", "<NA>", "None")


def test_new_actors_never_take_an_id_and_fold_alike_names_are_one(store, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("event_id,title,event_type,status,start_date,actors,sources\n"
                    f"a-1,One,meeting,held,2023-01-02,Foo Bar [host]; FOO  bar [speaker]; foo_bar [participant],{SOURCE}\n"
                    f"a-2,Two,meeting,held,2023-01-02,KAZ! [host],{SOURCE}\n", encoding="utf-8")
    before = store.load_table("actors").set_index("actor_id").loc["kaz"].to_dict()
    Tracker(store).import_file(path)
    actors = store.load_table("actors").set_index("actor_id")
    assert actors.loc["kaz"].to_dict() == before and actors.loc["kaz-2", "name"] == "KAZ!"
    assert (actors.loc["foo-bar", "name"], actors.loc["foo-bar-2", "name"]) == ("Foo Bar", "foo_bar")
    roles = store.load().event_actors.query("event_id == 'a-1'")
    assert sorted(zip(roles["actor_id"], roles["role"])) == [("foo-bar", "host"), ("foo-bar", "speaker"),
                                                             ("foo-bar-2", "participant")]


def test_ids_that_differ_only_in_case_are_one_id_in_every_check(empty_store, shipped, tmp_path, fingerprint):
    """QA11: a row `ASTANA-20` validated "OK" against a store holding `astana-20` and became a second event; so did
    `Astana-22` typed in the page. Ids are compared without case: an error naming the other id and where it is."""
    empty_store.save(shipped)
    before = fingerprint(empty_store)
    stored = write(tmp_path, "stored.csv", row("n-1"), row("ASTANA-20"))
    _, problems, _ = Tracker(empty_store).read_files([stored])
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.row, p.column) for p in errors] == [(3, "event_id")]
    assert "'ASTANA-20' differs from stored event 'astana-20' only in case" in errors[0].reason
    within = write(tmp_path, "within.csv", row("c-1"), row("C-1"))
    errors = [p for p in Tracker(empty_store).read_files([within])[1] if p.severity == "error"]
    assert [(p.row, p.column) for p in errors] == [(3, "event_id")] and "the id on row 2, 'c-1'" in errors[0].reason
    first, second = write(tmp_path, "first.csv", row("x-1")), write(tmp_path, "second.csv", row("X-1"))
    errors = [p for p in Tracker(empty_store).read_files([first, second])[1] if p.severity == "error"]
    assert [(p.file, p.row) for p in errors] == [(str(second), 2)] and f"the id of {first}, row 2, 'x-1'" in errors[0].reason
    with pytest.raises(InputError):
        _import_all(empty_store, [stored])
    assert fingerprint(empty_store) == before
    exact = write(tmp_path, "exact.csv", row("astana-20", title="Updated"))  # the same id, as stored: an update
    assert not [p for p in Tracker(empty_store).read_files([exact])[1] if p.severity == "error"]
