"""ux27b's import loose ends (ux28b): a header found below a title is named at its own row in the header's
problems, and the check tells the stored events an import would change from those it would leave as they are
(files written here as analysts' look, never third-party data)."""
import csv

import openpyxl
import pytest

from tracker.importers import read_events

from .helpers import ACLED_NOW

TITLE = ["Desk chronology, May 2024: check before use"]


def _csv(path, header, *rows, above=(TITLE, [])):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerows([*above, header, *rows])
    return path


def _header_problems(path, shipped):
    _, problems, _, _ = read_events(path, shipped)
    return [(p.row, p.column, p.reason) for p in problems if p.row is not None and "read as the header" not in p.reason]


def test_a_flat_csv_header_below_a_title_names_its_own_row_for_missing_and_unknown_columns(tmp_path, shipped):
    path = _csv(tmp_path / "desk.csv", ["event_id", "title", "event_type", "status", "start_date", "remarks"],
                ["x-1", "Talks", "meeting", "held", "2024-05-02", "ok"])
    found = _header_problems(path, shipped)
    assert (3, "sources", "required column(s) missing") in found, found
    assert [row for row, _, reason in found if "unknown column" in reason] == [3], found


def test_a_workbook_header_below_a_title_names_its_own_row(tmp_path, shipped):
    path = tmp_path / "desk.xlsx"
    book = openpyxl.Workbook()
    book.active.append(TITLE)
    book.active.append([])
    book.active.append(["event_id", "title", "event_type", "status", "start_date"])
    book.active.append(["x-1", "Talks", "meeting", "held", "2024-05-02"])
    book.save(path)
    assert (3, "sources", "required column(s) missing") in _header_problems(path, shipped)


def test_an_acled_header_below_its_notes_names_its_own_row(tmp_path, shipped):
    lines = ACLED_NOW.read_text(encoding="utf-8").splitlines()
    at = next(csv.reader([lines[0]])).index("notes")
    kept = [",".join(f'"{c}"' for i, c in enumerate(cells) if i != at) for cells in csv.reader(lines)]
    path = tmp_path / "acled_notes.csv"
    path.write_text("ACLED export for the desk, downloaded 2024-05-20\nFilters: Kazakhstan, May 2024\n"
                    + "\n".join(kept) + "\n", encoding="utf-8")
    found = _header_problems(path, shipped)
    assert (3, "notes", "required ACLED column(s) missing") in found, found


def test_a_timelinejs_sheet_header_below_a_title_names_its_own_row(tmp_path, shipped):
    path = _csv(tmp_path / "story.csv", ["Year", "Month", "Day", "Text", "Media", "Remarks"],
                ["2024", "5", "2", "Talks in Astana", "", ""])
    found = _header_problems(path, shipped)
    assert (3, "Headline", "required TimelineJS column(s) missing") in found, found


FLAT = ["event_id", "title", "event_type", "status", "start_date", "venue", "venue_country", "sources"]
SOURCE = "Desk Wire | 2024-05-02 | Talks | https://example.org/talks"


def _flat(path, *rows):
    return _csv(path, FLAT, *rows, above=())


def _event(event_id, title="Talks in Astana", start="2024-05-02"):
    return [event_id, title, "meeting", "held", start, "Astana", "KAZ", SOURCE]


def test_the_check_tells_a_stored_event_it_changes_from_one_it_leaves_as_it_is(run_cli, store, tmp_path):
    """ux27b's defect 4: the check said "already stored, updated" of both; now it compares as the save does."""
    first = _flat(tmp_path / "first.csv", _event("m-1"), _event("m-2"))
    assert run_cli("import", "--db", store.location, str(first)).exit_code == 0
    again = _flat(tmp_path / "again.csv", _event("m-1"), _event("m-2", title="Talks in Astana, second day",
                                                                  start="2024-05-03"), _event("m-3"))
    result = run_cli("validate", "--db", store.location, str(again))
    assert result.exit_code == 0, result.output
    assert ("3 events would come in (1 new; 1 changes a stored event; 1 already stored exactly as given: left as "
            "it is), with 3 sources") in result.output, result.output
    assert (f"{again}, row 3, column 'event_id': warning: 'm-2' is already in the store; it will be updated: its "
            "title and start_date change") in result.output
    assert (f"{again}, row 2, column 'event_id': warning: 'm-1' is already in the store exactly as the file gives "
            "it: it is left as it is") in result.output
    imported = run_cli("import", "--db", store.location, str(again))
    assert "Imported 3 events (1 new, 1 updated, 1 unchanged)" in imported.output, imported.output


@pytest.mark.parametrize("fields", [("title",), ("title", "sources"), ("title", "start_date", "sources")])
def test_the_fields_that_change_are_listed_as_words(fields):
    from tracker.importer import STORED_UPDATED
    from tracker.importing import said_changes
    from tracker.problems import Problem

    problem = Problem("a.csv", 2, "event_id", f"'x' {STORED_UPDATED}", "warning")
    reason = said_changes([problem], {"x": fields})[0].reason
    assert reason.endswith({1: "its title changes", 2: "its title and sources change",
                            3: "its title, start_date and sources change"}[len(fields)])


def test_a_line_of_notes_with_semicolons_above_an_acled_header_leaves_it_a_file_of_commas(tmp_path, shipped):
    """Found on ux28b's walk: "Filters: Kazakhstan; Türkiye; ..." above the header made the file one of semicolons."""
    path = tmp_path / "acled_notes.csv"
    path.write_text("ACLED data export, downloaded 2024-05-28\nFilters: Kazakhstan; Türkiye; Uzbekistan - May 2024\n"
                    + ACLED_NOW.read_text(encoding="utf-8"), encoding="utf-8")
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "acled" and [p for p in problems if p.severity == "error"] == [] and len(tables.events) == 2
