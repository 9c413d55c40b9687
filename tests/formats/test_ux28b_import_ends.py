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
