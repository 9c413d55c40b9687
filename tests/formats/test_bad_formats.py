"""Bad input in each format: every error names file, row and column; the store is left exactly as it was."""
import zipfile

import pytest

from .gdelt_rows import gdelt_line
from .helpers import ACLED_2020, ACLED_NOW, GDELT_V1, GDELT_V2, TIMELINEJS_CSV

TL_HEADER = TIMELINEJS_CSV.read_text(encoding="utf-8").splitlines()[0] + "\n"
TL_GOOD = "2023,6,20,,,,,,,A good row,Text,https://example.org/a,,,,,,\n"
GOOD_GDELT = gdelt_line(61, GLOBALEVENTID="1", SQLDATE="20230620", EventCode="046", SOURCEURL="https://example.org/a",
                        Actor1Code="KAZ", Actor1CountryCode="KAZ", DATEADDED="20230621000000") + "\n"
ACLED_LINES = ACLED_2020.read_text(encoding="utf-8").splitlines(keepends=True)


def tl(*rows: str) -> bytes:
    return (TL_HEADER + "".join(rows)).encode("utf-8")


def gdelt(**cells) -> bytes:
    base = dict(GLOBALEVENTID="2", SQLDATE="20230621", EventCode="046", SOURCEURL="https://example.org/b",
                DATEADDED="20230621000000")
    return (GOOD_GDELT + gdelt_line(61, **{**base, **cells}) + "\n").encode("utf-8")


def acled(find: str, replace: str) -> bytes:
    return (ACLED_LINES[0] + ACLED_LINES[1].replace(find, replace, 1)).encode("utf-8")


CASES = {
    "timelinejs month 13": ("t.csv", tl(TL_GOOD, TL_GOOD.replace("2023,6,20", "2023,13,20")),
                            ["row 3", "'Month'", "not a whole number from 1 to 12"]),
    "timelinejs impossible day": ("t.csv", tl(TL_GOOD.replace("2023,6,20", "2023,2,30")), ["row 2", "'Day'", "February 2023 has no day 30"]),
    "timelinejs end before start": ("t.csv", tl(TL_GOOD.replace("2023,6,20,,,", "2023,6,20,,2022,")),
                                    ["row 2", "'End Year'", "before the start"]),
    "timelinejs no year": ("t.csv", tl(TL_GOOD, TL_GOOD.replace("2023,6,20", ",6,20")),
                           ["row 3", "'Year'", "empty; every event needs at least a year"]),
    "timelinejs javascript media": ("t.csv", tl(TL_GOOD.replace("https://example.org/a", "javascript:alert(1)")),
                                    ["row 2", "'Media'", "not an http(s) address"]),
    "timelinejs no headline nor text": ("t.csv", tl(TL_GOOD.replace("A good row,Text", ",")), ["row 2", "'Headline'", "empty"]),
    "timelinejs unknown group type in facts": (
        "t.csv", tl(TL_GOOD.replace(",Text,", ",<p>Type: parade · Status: held</p>,")),
        ["row 2", "'Text'", "unknown event type 'parade'"]),
    "timelinejs header only": ("t.csv", tl(), ["no event rows"]),
    "timelinejs missing year column": ("t.csv", b"Headline,Text,Media,Group\nX,Y,,\n", ["row 1", "'Year'", "required TimelineJS column"]),
    "gdelt wrong cell count": ("g.CSV", (GOOD_GDELT + "1\t20230620\t3\n").encode(), ["row 2", "3 cells, but the rows before have 61"]),
    "gdelt bad sqldate": ("g.CSV", gdelt(SQLDATE="20230231"), ["row 2", "'SQLDATE'", "not a date written YYYYMMDD"]),
    "gdelt bad event code": ("g.CSV", gdelt(EventCode="04x"), ["row 2", "'EventCode'", "not a CAMEO event code"]),
    "gdelt ftp source": ("g.CSV", gdelt(SOURCEURL="ftp://example.org/x"), ["row 2", "'SOURCEURL'", "not an http(s) address"]),
    "gdelt not utf-8": ("g.CSV", gdelt(Actor1Name="T\u00fcrkiye").replace("T\u00fcrkiye".encode(), "T\u00fcrkiye".encode("cp1252")),
                        ["row 2", "not UTF-8"]),
    "acled bad date": ("a.csv", acled("20 June 2023", "31 June 2023"), ["row 2", "'event_date'", "is not a date"]),
    "acled bad precision": ("a.csv", acled(",2023,1,", ",2023,7,"), ["row 2", "'time_precision'", "1, 2 or 3"]),
    "acled missing column": ("a.csv", ACLED_2020.read_bytes().replace(b",notes,", b",remarks,", 1),
                             ["row 1", "'notes'", "required ACLED column"]),
    "acled empty id": ("a.csv", acled("KAZ9001", ""), ["row 2", "'event_id_cnty'", "empty"]),
}


@pytest.mark.parametrize("command", ["validate", "import"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_names_file_row_column_and_leaves_the_store(run_cli, store, tmp_path, command, case, fingerprint):
    name, content, expected = CASES[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(store)
    result = run_cli(command, "--db", store.location, path)
    assert result.exit_code != 0, result.output
    assert str(path) in result.stderr
    for part in expected:
        assert part in result.stderr, (part, result.stderr)
    assert fingerprint(store) == before


def test_zip_with_two_files_is_refused(run_cli, store, tmp_path, fingerprint):
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.CSV", GOOD_GDELT)
        archive.writestr("b.CSV", GOOD_GDELT)
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, "--format", "gdelt", path)
    assert result.exit_code != 0 and "holds one file, this holds 2" in result.stderr
    assert fingerprint(store) == before


@pytest.mark.parametrize("path, said", [(TIMELINEJS_CSV, "TimelineJS sheet header"), (GDELT_V2, "GDELT 2.0 events"),
                                        (GDELT_V1, "GDELT 1.0 events"), (ACLED_2020, "ACLED export header"),
                                        (ACLED_NOW, "ACLED export header")])
def test_a_known_other_format_is_never_our_column_problems(run_cli, store, path, said):
    """Before the registry, a TimelineJS sheet was refused as 'unknown column(s)' and a GDELT file as
    '7 cells but the header has 5 columns'."""
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    assert said in result.stderr and "unknown column" not in result.stderr and "cells but the header" not in result.stderr


def test_format_that_does_not_match_the_content_says_what_it_is(run_cli, store, fingerprint):
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, "--format", "flat", TIMELINEJS_CSV)
    assert result.exit_code != 0
    assert "this is TimelineJS sheet header" in result.stderr and "use --format timelinejs" in result.stderr
    assert fingerprint(store) == before


def test_a_bad_gdelt_file_among_good_files_imports_nothing(run_cli, store, tmp_path, fingerprint):
    bad = tmp_path / "bad.CSV"
    bad.write_bytes(gdelt(SQLDATE="2023"))
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, TIMELINEJS_CSV, ACLED_2020, bad)
    assert result.exit_code == 1 and "'SQLDATE'" in result.stderr
    assert fingerprint(store) == before


def test_bad_cameo_and_state_options_are_usage_errors(run_cli, store):
    assert run_cli("import", "--db", store.location, "--cameo", "4x", GDELT_V2).exit_code == 2
    assert run_cli("import", "--db", store.location, "--state", "rejected", GDELT_V2).exit_code == 2


def test_every_problem_of_a_sheet_is_reported_at_once(run_cli, store, tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(tl(TL_GOOD.replace("2023,6,20", "2023,13,20"),
                        TL_GOOD.replace(",Text,", ",<p>Type: parade · Status: held</p>,")))
    result = run_cli("validate", "--db", store.location, path)
    assert result.exit_code == 1
    assert "row 2, column 'Month'" in result.stderr and "row 3, column 'Text'" in result.stderr
