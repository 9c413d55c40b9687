"""ux26's importer walk, its loose ends: a title above a sheet's header, a known venue's country, a TimelineJS story
holding one event twice, ACLED titles (files written here as analysts' look, never third-party data)."""
import csv
import datetime as dt
import json

import openpyxl
import pytest

from tracker.importers import detect, read_events

from .helpers import ACLED_NOW, event

HEADER = ["event_id", "title", "event_type", "status", "start_date", "venue", "venue_country", "sources"]


def _row(event_id, venue="Geneva", country="CHE", start="2024-02-01"):
    return [event_id, f"Statement {event_id}", "statement", "held", start, venue, country,
            "Test Wire | 2024-02-01 | t | https://example.org/a"]


def _csv(path, *rows, above=()):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        for line in above:
            writer.writerow(line)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_csv_with_a_title_and_notes_above_its_header_is_read_from_its_header(run_cli, store, tmp_path):
    """ux26's defect 2: the reader knew where the header was and refused the file; now it reads from there and says
    which row was the header. Problems below keep the file's own row numbers."""
    path = _csv(tmp_path / "desk.csv", _row("x-1"), _row("x-2"),
                above=[["Chronology of the Geneva talks, 2024"], ["Compiled by the desk; check before use"], []])
    result = run_cli("import", "--db", store.location, str(path))
    assert result.exit_code == 0, result.output
    assert f"{path}, row 4: warning: row 4 was read as the header: rows 1-3 above it " in result.output
    assert "'Chronology of the Geneva talks, 2024'" in result.output
    assert {"x-1", "x-2"} <= set(store.load().events["event_id"])
    bad = _csv(tmp_path / "bad.csv", _row("x-3"), _row("x-4", start="2024-13-01"), above=[["Chronology"]])
    result = run_cli("validate", "--db", store.location, str(bad))
    assert result.exit_code == 1 and f"{bad}, row 4, column 'start_date': error" in result.output, result.output


def test_a_workbook_with_a_title_row_is_read_from_its_header(tmp_path, shipped):
    path = tmp_path / "desk.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Events"
    sheet.append(["Astana talks: our chronology"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(_row("x-1", start=dt.date(2024, 2, 1)))
    book.save(path)
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "flat" and list(tables.events["event_id"]) == ["x-1"]
    assert [(p.row, p.severity) for p in problems] == [(3, "warning")]
    assert problems[0].file == f"{path}, sheet 'Events'" and "row 3 was read as the header" in problems[0].reason


def test_an_acled_export_with_notes_above_its_header_is_recognised_and_read(tmp_path, shipped):
    path = tmp_path / "acled_notes.csv"
    path.write_text("ACLED export for the desk, downloaded 2024-04-01\nFilters: Türkiye, March 2024\n"
                    + ACLED_NOW.read_text(encoding="utf-8"), encoding="utf-8")
    fmt, _ = detect(path)
    assert fmt == "acled"
    tables, problems, _, _ = read_events(path, shipped)
    assert [p for p in problems if p.severity == "error"] == [] and len(tables.events) == 2
    assert any(p.row == 3 and "row 3 was read as the header" in p.reason for p in problems)


def test_the_first_row_stays_the_header_when_it_could_be_one(tmp_path, shipped):
    path = _csv(tmp_path / "plain.csv", ["x-1", "", "", "", "", "", "", ""], _row("x-2"))
    tables, problems, _, _ = read_events(path, shipped)
    assert not any("read as the header" in p.reason for p in problems)


def test_a_known_venue_fills_an_empty_venue_country_and_says_so(run_cli, store, tmp_path):
    """ux26's defect 4: "Astana" came in with no country though the venues table knows KAZ."""
    path = _csv(tmp_path / "venues.csv", _row("x-1", "Astana", ""), _row("x-2", "Nur-Sultan", "", "2020-02-01"),
                _row("x-3", "Astana", ""), _row("x-4", "Villeneuve", ""), _row("x-5", "Astana", "RUS"))
    result = run_cli("import", "--db", store.location, str(path))
    assert result.exit_code == 0, result.output
    events = store.load().events.set_index("event_id")
    assert [events.loc[e, "venue_country"] for e in ("x-1", "x-2", "x-3")] == ["KAZ"] * 3
    assert events.loc["x-5", "venue_country"] == "RUS"  # as written: a filled cell is never changed
    assert events.loc["x-4", "venue_country"] is None or str(events.loc["x-4", "venue_country"]) in ("", "nan", "<NA>")
    assert (f"{path}, row 2, column 'venue_country': warning: empty; filled in as KAZ, the country of 'Astana' in the "
            "venues table (and on 1 more row of 'Astana')") in result.output
    assert f"{path}, row 3, column 'venue_country': warning: empty; filled in as KAZ, the country of 'Nur-Sultan'" \
        in result.output


def test_a_timelinejs_story_holding_one_event_twice_warns_naming_both_rows(tmp_path, shipped):
    """ux26's defect 6: two slides of one meeting under two ids came in twice without a word."""
    slide = {"start_date": {"year": 2024, "month": 5, "day": 14}, "text": {"headline": "Envoys meet in Geneva",
                                                                        "text": "<p>A meeting.</p>"}}
    story = {"title": {"text": {"headline": "Our story"}},
             "events": [dict(slide, unique_id="meet-a"),
                        {"start_date": {"year": 2024, "month": 5, "day": 20}, "text": {"headline": "Another"},
                         "unique_id": "other"},
                        dict(slide, unique_id="meet-b")]}
    path = tmp_path / "story.json"
    path.write_text(json.dumps(story), encoding="utf-8")
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "timelinejs" and len(tables.events) == 3
    from tracker.api import Tracker
    from tracker.store import open_store

    t = Tracker(open_store(":memory:"))
    _, problems, _ = t.read_files([path])
    twice = [p for p in problems if "twice" in p.reason]
    assert len(twice) == 1 and twice[0].severity == "warning", problems
    rows = tables.events.attrs["rows"]
    assert twice[0].row == rows["meet-b"] and f"row {rows['meet-a']} ('meet-a')" in twice[0].reason
    assert "'meet-a' and 'meet-b'" in twice[0].reason


@pytest.mark.parametrize("event_id, title", [
    ("acled-TUR9101", "Türkiye – Iran: agreement in Ankara"),
    ("acled-TUR9102", "Protesters (Türkiye): peaceful protest in Istanbul"),
])
def test_acled_titles_say_who_what_and_where(shipped, event_id, title):
    """ux26's defect 3: "Agreement: Government of Türkiye (2016-) – Government of Iran (1989-) (Ankara)"."""
    tables, problems, _, _ = read_events(ACLED_NOW, shipped)
    assert event(tables, event_id)["title"] == title


def test_an_import_refused_prints_the_warnings_beside_the_errors(run_cli, store, tmp_path, fingerprint):
    """`tracker import` runs `tracker.importing.import_files` (the review page's import too); refused, it prints what
    `tracker validate` prints, warnings included, and stores nothing."""
    before = fingerprint(store)
    path = _csv(tmp_path / "bad.csv", _row("x-1", "Astana", ""), _row("x-2", start="2024-13-01"))
    result = run_cli("import", "--db", store.location, str(path))
    assert result.exit_code == 1 and fingerprint(store) == before
    assert f"{path}, row 3, column 'start_date': error" in result.output
    assert f"{path}, row 2, column 'venue_country': warning: empty; filled in as KAZ" in result.output
    assert "1 problem(s) found; nothing was imported, the store is unchanged" in result.output
