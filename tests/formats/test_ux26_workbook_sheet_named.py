"""Every problem of a workbook names its sheet: the reader's did ("desk.xlsx, sheet 'Astana 2023', row 5"), but the
checks against the store (an event already stored, a TimelineJS row left as stored) named the file alone."""
from tests.formats.test_xlsx_in import FLAT_HEADER, TIMELINEJS_HEADER, flat_row, workbook
from tracker.api import Tracker


def test_a_stored_events_warning_names_the_sheet(store, tmp_path):
    stored = store.load().events["event_id"].iloc[0]
    path = workbook(tmp_path / "desk.xlsx", "Astana 2023", FLAT_HEADER, flat_row("x-new"), flat_row(stored))
    _, problems, _ = Tracker(store).read_files([path])
    said = [str(p) for p in problems if p.column == "event_id"]
    assert said and all(s.startswith(f"{path}, sheet 'Astana 2023', row 3, column 'event_id'") for s in said), said


def test_a_timelinejs_sheets_store_warnings_name_the_sheet(store, tmp_path):
    row = ["2024", "2", "1", "", "", "", "", "", "", "Talks", "<p>x</p>", "https://tass.com/a", "TASS", "", "", "", "",
           ""]
    path = workbook(tmp_path / "story.xlsx", "Story", TIMELINEJS_HEADER, row)
    tracker = Tracker(store)
    tables, problems, _ = tracker.read_files([path])
    assert not [p for p in problems if p.severity == "error"], problems
    tracker.save(tables)
    _, problems, _ = tracker.read_files([path])  # again: the sheet's event has the title and start of a stored one
    assert problems and all(str(p).startswith(f"{path}, sheet 'Story'") for p in problems), [str(p) for p in problems]
