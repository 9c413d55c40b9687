"""XLSX in: our flat format and TimelineJS sheets saved as workbooks, real Excel dates, errors naming the sheet."""
import datetime as dt

import openpyxl
import pytest

from tracker.importers import read_events, workbook_sheet


FLAT_HEADER = ["event_id", "title", "event_type", "status", "start_date", "end_date", "actors", "sources", "created_at"]
TIMELINEJS_HEADER = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                     "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                     "Background"]


def workbook(path, sheet_name, header, *rows):
    """A real workbook written by openpyxl: the first sheet named `sheet_name`, a second one the import ignores."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.create_sheet("Notes").append(["not read"])
    book.save(path)
    return path


def flat_row(event_id, event_type="statement", start=dt.date(2024, 2, 1), end=None):
    return [event_id, "Türkiye statement, \"quoted\"", event_type, "held", start, end, "Türkiye [speaker]",
            "Anadolu | 2024-02-01 | t | https://aa.com.tr/x", dt.datetime(2024, 2, 2, 9, 30)]


def test_flat_workbook_with_real_excel_dates(run_cli, store, tmp_path):
    path = workbook(tmp_path / "mine.xlsx", "Events", FLAT_HEADER, flat_row("x-1"),
                    flat_row("x-2", start=dt.datetime(2024, 3, 4), end=dt.date(2024, 3, 6)))
    assert openpyxl.load_workbook(path)["Events"]["E2"].is_date  # a date cell, not text
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    events = store.load().events.set_index("event_id")
    assert events.loc["x-1", "start_date"] == dt.datetime(2024, 2, 1)
    assert (events.loc["x-2", "start_date"], events.loc["x-2", "end_date"]) == (dt.datetime(2024, 3, 4), dt.datetime(2024, 3, 6))
    assert events.loc["x-1", "created_at"] == dt.datetime(2024, 2, 2, 9, 30)


def test_a_date_cell_with_a_time_of_day_keeps_its_day_and_warns(run_cli, store, tmp_path):
    """A date typed with its hour (or filled by =NOW()) is the event's day; the dropped hour is said, per cell."""
    path = workbook(tmp_path / "timed.xlsx", "Events", FLAT_HEADER,
                    flat_row("x-1", start=dt.datetime(2024, 3, 4, 14, 30), end=dt.datetime(2024, 3, 6, 0, 0)))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    events = store.load().events.set_index("event_id")
    assert (events.loc["x-1", "start_date"], events.loc["x-1", "end_date"]) == (dt.datetime(2024, 3, 4), dt.datetime(2024, 3, 6))
    assert f"{path}, sheet 'Events', row 2, column 'start_date': warning" in result.output
    assert "read as 2024-03-04" in result.output
    assert "column 'end_date'" not in result.output  # midnight is a plain date


@pytest.mark.parametrize("cell", ["2024-03-04 14:30:00", "2024-03-04T14:30+03:00"])
def test_a_csv_date_with_a_time_of_day_keeps_its_day_and_warns(run_cli, store, tmp_path, cell):
    path = tmp_path / "timed.csv"
    path.write_text("event_id,title,event_type,status,start_date,sources\n"
                    f"x-1,Talks,meeting,held,{cell},Anadolu | 2024-03-04 | t | https://aa.com.tr/x\n", encoding="utf-8")
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    assert store.load().events.set_index("event_id").loc["x-1", "start_date"] == dt.datetime(2024, 3, 4)
    assert f"{path}, row 2, column 'start_date': warning" in result.output


def test_flat_workbook_errors_name_file_sheet_row_and_column(run_cli, store, tmp_path, fingerprint):
    before = fingerprint(store)
    path = workbook(tmp_path / "bad.xlsx", "Events", FLAT_HEADER, flat_row("x-1"),
                    flat_row("x-2", event_type="summit meeting"), flat_row("x-3", end=dt.date(2024, 1, 1)))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code != 0
    assert f"{path}, sheet 'Events', row 3, column 'event_type'" in result.output
    assert f"{path}, sheet 'Events', row 4, column 'end_date'" in result.output
    assert fingerprint(store) == before


def test_timelinejs_workbook_errors_name_the_sheet(shipped, tmp_path):
    path = workbook(tmp_path / "story.xlsx", "Timeline", TIMELINEJS_HEADER,
                    [2023, 6, 21] + [None] * 6 + ["Kazakh proposal"] + [None] * 8,
                    ["twenty"] + [None] * 8 + ["Bad year"] + [None] * 8)
    tables, problems, fmt, _ = read_events(path, shipped)
    errors = [p for p in problems if p.severity == "error"]
    assert fmt == "timelinejs" and errors
    assert all(p.file == f"{path}, sheet 'Timeline'" for p in problems)
    assert (errors[0].row, errors[0].column) == (3, "Year")


def test_timelinejs_workbook_with_a_real_date_in_display_date(shipped, tmp_path):
    path = workbook(tmp_path / "story.xlsx", "Timeline", TIMELINEJS_HEADER,
                    [2023, 6, 21, None, None, None, None, None, dt.date(2023, 6, 21), "Kazakh proposal"] + [None] * 8)
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "timelinejs" and [p for p in problems if p.severity == "error"] == []
    assert tables.events.iloc[0]["start_date"].date() == dt.date(2023, 6, 21)


@pytest.mark.parametrize("name, sheet", [("a.xlsx", "Events"), ("a.csv", None)])
def test_workbook_sheet(tmp_path, name, sheet):
    path = tmp_path / name
    if sheet:
        workbook(path, sheet, FLAT_HEADER)
    else:
        path.write_text("event_id\n", encoding="utf-8")
    assert workbook_sheet(path) == sheet


def test_a_hidden_first_sheet_is_passed_over_for_the_first_one_shown(run_cli, store, tmp_path):
    """A hidden lookup sheet before the events was read instead of them (QA of the command line)."""
    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title, hidden.sheet_state = "Lookup", "hidden"
    hidden.append(["code", "name"])
    shown = book.create_sheet("Events")
    shown.append(FLAT_HEADER)
    shown.append(flat_row("x-9"))
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    assert workbook_sheet(path) == "Events"
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    assert "x-9" in set(store.load().events["event_id"])


def test_a_title_above_the_header_is_skipped_with_one_warning(run_cli, store, tmp_path):
    """A title row above the header gave an error for every row and column (QA of the command line), then one error
    (ux26); now the header is found below it and a warning says which row it was (ux27b)."""
    path = workbook(tmp_path / "titled.xlsx", "Events", ["Chronology of the Astana talks, 2024"], [None],
                    FLAT_HEADER, flat_row("x-1"), flat_row("x-2"))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.output
    assert "row 1, column" not in result.output and "row 3 was read as the header" in result.output, result.output
    assert result.output.count("error:") == 0 and {"x-1", "x-2"} <= set(store.load().events["event_id"])


def _two_sheets(path):
    """A workbook whose first sheet is a read-me and whose events are on the second, with a formula cell there."""
    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "Read me"
    readme.append(["This workbook keeps our chronology on the sheet 'Astana rounds'."])
    events = book.create_sheet("Astana rounds")
    events.append(FLAT_HEADER)
    events.append(flat_row("x-sheet-1"))
    events.append(flat_row("x-sheet-2", start=dt.date(2024, 2, 5)))
    book.save(path)
    return path


def test_sheet_names_the_sheet_to_read_in_import_and_validate(run_cli, store, tmp_path, fingerprint):
    """Analysts keep a read-me or last year's sheet before the events: `--sheet` names the one to read (a name
    typed in another case works), and a name the workbook lacks is one error listing its sheets."""
    path = _two_sheets(tmp_path / "desk.xlsx")
    before = fingerprint(store)
    default = run_cli("import", "--db", store.location, path)
    assert default.exit_code == 1 and "sheet 'Read me'" in default.output
    assert "other sheets ('Astana rounds'): name the one to read with --sheet NAME" in default.output
    missing = run_cli("validate", "--db", store.location, "--sheet", "Rounds", path)
    assert missing.exit_code == 1 and "no sheet named 'Rounds'" in missing.output
    assert "'Read me', 'Astana rounds'" in missing.output and str(path) in missing.output
    checked = run_cli("validate", "--db", store.location, "--sheet", "astana ROUNDS", path)
    assert checked.exit_code == 0, checked.output
    assert fingerprint(store) == before  # validate and a refused import write nothing
    done = run_cli("import", "--db", store.location, "--sheet", "Astana rounds", path)
    assert done.exit_code == 0, done.output
    assert {"x-sheet-1", "x-sheet-2"} <= set(store.load().events["event_id"])


def test_sheet_given_twice_is_refused_not_the_last_one_read(run_cli, store, tmp_path, fingerprint):
    """QA: `--sheet 'Read me' --sheet 'Astana rounds'` read the last sheet only and said nothing of the first."""
    path = _two_sheets(tmp_path / "desk.xlsx")
    before = fingerprint(store)
    for command in ("import", "validate"):
        result = run_cli(command, "--db", store.location, "--sheet", "Read me", "--sheet", "Astana rounds", path)
        assert result.exit_code == 2 and "--sheet is given 2 times" in result.output, result.output
    assert fingerprint(store) == before
    same = run_cli("validate", "--db", store.location, "--sheet", "Astana rounds", "--sheet", "Astana rounds", path)
    assert same.exit_code == 0, same.output


def test_sheet_on_a_file_that_is_no_workbook_is_an_error(run_cli, store, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text(",".join(FLAT_HEADER) + "\n", encoding="utf-8")
    result = run_cli("import", "--db", store.location, "--sheet", "Events", path)
    assert result.exit_code == 1 and "not one" in result.output and "plain.csv" in result.output, result.output


def test_sheet_in_the_python_api(tmp_path, store):
    from tracker.importers import ImportOptions

    path = _two_sheets(tmp_path / "desk.xlsx")
    tables, problems, fmt, _ = read_events(path, store.load(), options=ImportOptions(sheet="Astana rounds"))
    assert fmt == "flat" and not [p for p in problems if p.severity == "error"]
    assert list(tables.events["event_id"]) == ["x-sheet-1", "x-sheet-2"]
    assert workbook_sheet(path) == "Read me" and workbook_sheet(path, "astana rounds") == "Astana rounds"


def test_sheet_names_match_across_accents_typed_apart_and_hidden_sheets_are_said(run_cli, store, tmp_path):
    """QA: a sheet name pasted from macOS (É as E and a combining accent) was not found, and the error then listed a
    name that looked the same; the hint listed hidden sheets as if they were the events."""
    import unicodedata

    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["see the other sheet"])
    hidden = book.create_sheet("Old 2022")
    hidden.sheet_state = "hidden"
    hidden.append(FLAT_HEADER)
    events = book.create_sheet("Événements 2023")
    events.append(FLAT_HEADER)
    events.append(flat_row("x-accent-1"))
    path = tmp_path / "accents.xlsx"
    book.save(path)
    default = run_cli("validate", "--db", store.location, path)
    assert "other sheets ('Événements 2023')" in default.output, default.output
    missing = run_cli("validate", "--db", store.location, "--sheet", "Nope", path)
    assert "'Old 2022' (hidden)" in missing.output and "'Événements 2023'" in missing.output
    typed_apart = unicodedata.normalize("NFD", "événements 2023")
    assert run_cli("import", "--db", store.location, "--sheet", typed_apart, path).exit_code == 0
    assert "x-accent-1" in set(store.load().events["event_id"])


def test_a_sheet_that_is_no_name_is_a_clear_error():
    from tracker.importers import ImportOptions

    with pytest.raises(ValueError, match="name of a workbook's sheet"):
        ImportOptions(sheet=3)


def test_a_format_that_contradicts_the_named_sheet_names_the_sheet(run_cli, store, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    timeline = book.create_sheet("Timeline")
    timeline.append(TIMELINEJS_HEADER)
    timeline.append([2024, 2, 1, None, None, None, None, None, None, "Talks", "Text", None, None, None, None, None,
                     None, None])
    path = tmp_path / "formats.xlsx"
    book.save(path)
    result = run_cli("validate", "--db", store.location, "--sheet", "Timeline", "--format", "acled", path)
    assert result.exit_code == 1 and "formats.xlsx, sheet 'Timeline': error: this is TimelineJS" in result.output, \
        result.output
