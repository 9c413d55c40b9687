"""`detect` recognises each format from its content; a known other format is never our column problems."""
import zipfile

import pytest

from tracker.importers import detect

from .helpers import ACLED_2020, ACLED_NOW, GDELT_V1, GDELT_V2, TIMELINEJS_CSV


@pytest.mark.parametrize("path, fmt", [(TIMELINEJS_CSV, "timelinejs"), (GDELT_V1, "gdelt"), (GDELT_V2, "gdelt"),
                                       (ACLED_2020, "acled"), (ACLED_NOW, "acled")])
def test_fixtures_are_recognised(path, fmt):
    assert detect(path)[0] == fmt


def test_flat_csv_and_json_export(tmp_path):
    flat = tmp_path / "mine.csv"
    flat.write_text("event_id,title,event_type,status,start_date,sources\n", encoding="utf-8")
    assert detect(flat) == ("flat", "the tracker's flat header (6 of its 22 columns)")
    exported = tmp_path / "export.json"
    exported.write_text('{"events": [{"event_id": "a", "start_date": "2023-01-01"}]}', encoding="utf-8")
    assert detect(exported)[0] == "flat"


def test_the_name_does_not_matter_the_content_does(tmp_path):
    """A GDELT file renamed .csv is still GDELT; a TimelineJS sheet renamed .txt is still TimelineJS."""
    renamed = tmp_path / "events.csv"
    renamed.write_bytes(GDELT_V2.read_bytes())
    assert detect(renamed)[0] == "gdelt"
    sheet = tmp_path / "sheet.txt"
    sheet.write_bytes(TIMELINEJS_CSV.read_bytes())
    assert detect(sheet)[0] == "timelinejs"


def test_zip_of_a_gdelt_file_and_an_unknown_file(tmp_path):
    archive = tmp_path / "x.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("20230621.export.CSV", GDELT_V1.read_text(encoding="utf-8"))
    assert detect(archive)[0] == "gdelt"
    other = tmp_path / "hello.txt"
    other.write_text("hello", encoding="utf-8")
    assert detect(other)[0] is None


def test_state_option_overrides_a_flat_file(run_cli, db_path, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("event_id,title,event_type,status,start_date,sources\n"
                    "s-1,A statement,statement,held,2024-01-19,Wire | 2024-01-19 | t | https://example.org/x\n",
                    encoding="utf-8")
    result = run_cli("import", "--db", db_path, "--state", "candidate", path)
    assert result.exit_code == 0 and "the tracker's flat header" in result.stderr
    listed = run_cli("list", "--db", db_path, "--state", "candidate")
    assert "s-1" in listed.output


def test_state_candidate_never_takes_a_stored_confirmation_away(run_cli, db_path, tmp_path):
    """Re-importing an export with --state candidate turned 96 confirmed events into candidates (QA: wrong data)."""
    export = tmp_path / "all.csv"
    assert run_cli("export", "--db", db_path, "--format", "csv", "-o", export).exit_code == 0
    with export.open("a", encoding="utf-8") as stream:
        stream.write("s-2,A new statement,statement,held,2024-01-19,,day,,,,,,,,,"
                     "Wire | 2024-01-19 | t | https://example.org/y,,,,\n")
    result = run_cli("import", "--db", db_path, "--state", "candidate", export)
    assert result.exit_code == 0, result.output
    assert "event(s) confirmed in the store keep their state (--state candidate sets the others)" in result.stderr
    assert "astana-20" not in run_cli("list", "--db", db_path, "--state", "candidate").output
    assert "s-2" in run_cli("list", "--db", db_path, "--state", "candidate").output
