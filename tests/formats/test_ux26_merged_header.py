"""A workbook an analyst heads by hand, "Dates" merged over the start and end columns (E1:F1): the import said "a
value in column F, which has no header" at every row; it now says once, at the header, that the cells are merged."""
import datetime as dt

import openpyxl
import pytest

from tracker.importers import read_events
from tracker.problems import InputError


def test_a_merged_header_cell_is_said_once_as_what_it_is(tmp_path, shipped):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Events"
    sheet.append(["event_id", "title", "event_type", "status", "Dates", None, "sources"])
    sheet.merge_cells("E1:F1")
    for n in (1, 2):
        sheet.append([f"h-{n}", "Talks", "meeting", "held", dt.datetime(2024, 1, 24), dt.datetime(2024, 1, 25),
                      "TASS | 2024-01-25 | t | https://tass.com/a"])
    book.create_sheet("Notes")
    path = tmp_path / "desk.xlsx"
    book.save(path)
    with pytest.raises(InputError) as raised:
        read_events(path, shipped)
    said = [str(p) for p in raised.value.problems]
    assert said == [f"{path}, sheet 'Events', row 1: error: the header cells E1:F1 are merged into one ('Dates'): "
                    "unmerge them and give each column its own header (start_date, end_date, ...)"], said
