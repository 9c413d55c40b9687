"""Every bad input is reported with file, row, column and reason, and leaves the store untouched."""

import pytest

HEADER = "event_id,title,event_type,status,start_date,end_date,actors,sources\n"
GOOD = "ok-1,Good row,statement,held,2023-06-22,,Kazakhstan [speaker],Interfax | 2023-06-22 | t | https://interfax.com/a\n"




CASES = {
    "missing column": (b"event_id,title,event_type,status,start_date\nx,T,statement,held,2023-01-01\n",
                       ["row 1", "'sources'", "required column(s) missing"]),
    "unknown column": ((HEADER.strip() + ",colour\n" + GOOD.strip() + ",red\n").encode(),
                       ["row 1", "'colour'", "unknown column"]),
    "unparseable date": ((HEADER + GOOD.replace("2023-06-22,", "22/06/2023,", 1)).encode(),
                         ["row 2", "'start_date'", "not a YYYY-MM-DD date"]),
    "impossible date": ((HEADER + GOOD.replace("2023-06-22,", "2023-02-30,", 1)).encode(),
                        ["row 2", "'start_date'", "day is out of range"]),
    "end before start": ((HEADER + GOOD.replace("2023-06-22,,", "2023-06-22,2023-06-01,", 1)).encode(),
                         ["row 2", "'end_date'", "before start"]),
    "unknown event type": ((HEADER + GOOD.replace("statement", "parade", 1)).encode(),
                           ["row 2", "'event_type'", "unknown event type 'parade'"]),
    "unknown role": ((HEADER + GOOD.replace("[speaker]", "[cheerleader]")).encode(),
                     ["row 2", "'actors'", "unknown role 'cheerleader'"]),
    "duplicate id": ((HEADER + GOOD + GOOD).encode(), ["row 3", "'event_id'", "duplicate id 'ok-1', first used on row 2"]),
    "javascript url": ((HEADER + GOOD.replace("https://interfax.com/a", "javascript:alert(1)")).encode(),
                       ["row 2", "'sources'", "not an http(s) address"]),
    "ftp url": ((HEADER + GOOD.replace("https://", "ftp://")).encode(), ["row 2", "'sources'", "not an http(s) address"]),
    "not utf-8": ((HEADER + GOOD.replace("Good row", "Türkiye")).encode("cp1252"),
                  ["row 2", "not UTF-8", "encodings tried: utf-8, utf-8-sig"]),
    "empty file": (b"", ["the file is empty"]),
    "only whitespace": (b"  \n\n", ["the file is empty"]),
    "header only": (HEADER.encode(), ["no event rows"]),
    "huge field": ((HEADER + GOOD.replace("Good row", "x" * 200_000)).encode(),
                   ["row 2", "'title'", "over the limit of 100,000"]),
    "binary file": (bytes(range(256)) * 40, ["binary file"]),
    "no source": ((HEADER + GOOD.split(",Interfax")[0] + ",\n").encode(), ["row 2", "'sources'", "at least one source"]),
    "bad link": ((HEADER.strip() + ",links\n" + GOOD.strip() + ",refers_to nowhere-99\n").encode(),
                 ["row 2", "'links'", "neither in this file, nor in an earlier file of this import, nor in the store"]),
}


@pytest.mark.parametrize("command", ["validate", "import"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_and_store_unchanged(run_cli, store, tmp_path, command, case, fingerprint):
    content, expected = CASES[case]
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = fingerprint(store)
    result = run_cli(command, "--db", store.location, path)
    assert result.exit_code != 0
    assert str(path) in result.stderr
    for part in expected:
        assert part in result.stderr, (part, result.stderr)
    assert fingerprint(store) == before


def test_every_problem_is_reported_at_once(run_cli, store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(HEADER + GOOD.replace("statement", "parade") + GOOD.replace("ok-1", "ok-2").replace("2023-06-22,", "2023-13-01,", 1)
                    + GOOD.replace("ok-1", "ok-3").replace("[speaker]", "[fan]"), encoding="utf-8")
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 1
    assert "row 2" in result.stderr and "row 3" in result.stderr and "row 4" in result.stderr
    assert "3 problem(s) found; nothing was imported" in result.stderr


def test_a_bad_file_among_good_ones_imports_nothing(run_cli, store, tmp_path, fingerprint):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(HEADER + GOOD, encoding="utf-8")
    bad.write_text(HEADER + GOOD.replace("ok-1", "ok-9").replace("held", "maybe"), encoding="utf-8")
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, good, bad)
    assert result.exit_code == 1 and "unknown status 'maybe'" in result.stderr
    assert fingerprint(store) == before


@pytest.mark.parametrize("name, content, message", [
    ("bad.json", b'{"events": [', "not valid JSON"),
    ("bad.json", b'{"rows": 1}', 'expected {"events": [...]}'),
    ("bad.xlsx", b"PK\x03\x04 not really a zip", "not a readable XLSX workbook"),
    ("bad.txt", b"hello", "unsupported file type .txt"),
])
def test_bad_json_xlsx_and_types(run_cli, store, tmp_path, name, content, message, fingerprint):
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code != 0 and message in result.stderr and str(path) in result.stderr
    assert fingerprint(store) == before


def test_missing_file(run_cli, store, tmp_path):
    result = run_cli("import", "--db", store.location, tmp_path / "nope.csv")
    assert result.exit_code != 0 and "file not found" in result.stderr


def test_an_unknown_actor_is_one_warning_with_its_rows(run_cli, tmp_path):
    """Importing into an empty store said "actor 'Russia' is not known" on every row (QA of the command line)."""
    rows = "".join(f"e{n},Talks {n},meeting,held,2023-01-{n:02d},Russia [participant],W | 2023-01-01 | t | "
                   f"https://e.org/{n}\n" for n in range(1, 8))
    path = tmp_path / "seven.csv"
    path.write_text("event_id,title,event_type,status,start_date,actors,sources\n" + rows, encoding="utf-8")
    empty = tmp_path / "empty.db"
    assert run_cli("init", "--db", empty, "--empty").exit_code == 0
    result = run_cli("validate", "--db", empty, path)
    said = [line for line in result.output.splitlines() if "'Russia' is not known" in line]
    assert len(said) == 1 and "row 2" in said[0] and "(and on 6 more rows)" in said[0], result.output
