"""Every bad shape of an input file is an error (or warning) naming file, row and column, and the store is
unchanged: issue 13, items 4, 6 and 13."""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tracker.cli.importing import MAX_SHOWN

HEADER = "event_id,title,event_type,status,start_date,end_date,actors,sources,summary\n"
GOOD = "ok-1,Good row,statement,held,2023-06-22,,Kazakhstan [speaker],Interfax | 2023-06-22 | t | https://interfax.com/a,\n"
CELLS = GOOD.strip().split(",")


def good(event_id: str = "ok-1", **changes: str) -> str:
    cells = dict(zip(HEADER.strip().split(","), CELLS))
    cells.update(event_id=event_id, **changes)
    return ",".join(cells.values()) + "\n"


def exported_event(**changes) -> dict:
    """One event as the JSON export writes it."""
    event = {"event_id": "j-1", "title": "From JSON", "event_type": "statement", "status": "held",
             "start_date": "2023-06-22", "actors": [{"name": "Kazakhstan", "role": "speaker"}],
             "sources": [{"publisher": "TASS", "published_at": "2023-06-22", "title": "t", "url": "https://tass.com/a",
                          "quotes": [{"speaker": "Lavrov", "text": "We agreed."}]}], "links": []}
    event.update(changes)
    return event


def json_file(*events) -> bytes:
    return json.dumps({"events": list(events)}).encode()


def workbook(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


XLSX_HEADER = HEADER.strip().split(",")

#: name -> (file name, bytes or a function of the path that writes the file, [parts the report must hold])
CASES = {
    "csv column named twice": ("dup.csv", (HEADER.strip() + ",title\n" + GOOD.strip() + ",Other\n").encode(),
                               ["row 1, column 'title'", "the column is named twice (columns 2 and 10)"]),
    "csv value under no header": ("nohead.csv", (HEADER.strip() + ",\n" + GOOD.strip() + ",lost data\n").encode(),
                                  ["row 2", "a value in column 10, which has no header"]),
    "csv value right of the header": ("wide.csv", (HEADER + GOOD.strip() + ",lost,more\n").encode(),
                                      ["row 2", "a value in column 10, right of the last header"]),
    "nul byte after 8 KB": ("nul.csv", (HEADER + "".join(good(f"ok-{i}") for i in range(80))
                                        + good("nul-1", summary="before\x00after")).encode(),
                            ["row 82, column 'summary'", "NUL byte"]),
    "not utf-8 names row and column": ("latin.csv", (HEADER + good() + good("ok-2", title="Türkiye")).encode("cp1252"),
                                       ["row 3, column 'title'", "not UTF-8 text: byte 0xfc"]),
    "utf-16 without BOM": ("u16.csv", (HEADER + good()).encode("utf-16-le"), ["UTF-16 text without a byte-order mark"]),
    "zip saved as csv": ("zipped.csv", None, ["this is a ZIP archive, not a text file"]),
    "unterminated quote": ("quote.csv", (HEADER + good() + good("ok-2", title='"Open quote') + good("ok-3")
                                         + good("ok-4")).encode(),
                           ["row 3, column 'title'", "a quoted cell runs from line 3 to line 5", "closing quote"]),
    "xlsx column named twice": ("dup.xlsx", lambda p: workbook(p, [XLSX_HEADER + ["title"], CELLS + ["Other"]]),
                                ["row 1, column 'title'", "named twice (columns B and J)"]),
    "xlsx value under no header": ("nohead.xlsx", lambda p: workbook(p, [XLSX_HEADER + [None, "x"], CELLS + ["lost"]]),
                                   ["row 2", "a value in column J, which has no header"]),
    "xlsx value right of the header": ("wide.xlsx", lambda p: workbook(p, [XLSX_HEADER, CELLS + ["", "lost"]]),
                                       ["row 2", "a value in column K, right of the last header"]),
    "xlsx huge cell": ("huge.xlsx", lambda p: patched_workbook(p, "x" * 150_000),
                       ["row 2, column 'summary'", "150,000 characters is over the limit of 100,000"]),
    "xlsx nul byte": ("nul.xlsx", lambda p: patched_workbook(p, "a&#0;b"), ["not a readable XLSX workbook"]),
    "xlsx formula without value": ("formula.xlsx", lambda p: workbook(p, [XLSX_HEADER, CELLS[:4] + ["=DATE(2023,6,22)"]
                                                                          + CELLS[5:]]),
                                   ["row 2, column 'start_date'", "a formula (=DATE(2023,6,22)) whose value was never saved"]),
    "json no events": ("empty.json", b"[]", ["the file holds no events"]),
    "json nested deep": ("deep.json", b"[" * 100_000 + b"]" * 100_000, ["nested too deeply"]),
    "json sources a number": ("n.json", json_file(exported_event(sources=5)),
                              ["row 2, column 'sources'", "expected a list of sources or the flat text, not a number"]),
    "json null source": ("null.json", json_file(exported_event(sources=[None])),
                         ["row 2, column 'sources'", "source 1 is null, not an object"]),
    "json quotes a string": ("q.json", json_file(exported_event(sources=[{"publisher": "TASS", "quotes": "he said"}])),
                             ["row 2, column 'quotes'", "source 1: quotes must be a list"]),
    "json actors an object": ("a.json", json_file(exported_event(actors={"name": "Kazakhstan"})),
                              ["row 2, column 'actors'", "expected a list or the flat text, not an object"]),
    "json links a list of numbers": ("l.json", json_file(exported_event(links=[1])),
                                     ["row 2, column 'links'", "item 1 is a number"]),
    "json title an object": ("t.json", json_file(exported_event(title={"en": "x"})),
                             ["row 2, column 'title'", "expected text, a number or null, not an object"]),
    "json event a string": ("s.json", json_file(exported_event(), "oops"),
                            ["row 3", "each event must be a JSON object, not text"]),
}


def _write(path: Path, content) -> None:
    if path.name == "zipped.csv":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("events.csv", HEADER + GOOD)
    elif callable(content):
        content(path)
    else:
        path.write_bytes(content)


def patched_workbook(path: Path, summary_xml: str) -> Path:
    """A workbook whose summary cell holds what openpyxl will not write (over 32,767 characters, a NUL),
    as another program may: written with a marker, then the marker replaced in the sheet's XML."""
    workbook(path, [XLSX_HEADER, CELLS[:8] + ["SUMMARY_MARK"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts = {name: data.replace(b"SUMMARY_MARK", summary_xml.encode()) for name, data in parts.items()}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_shape_is_reported_and_store_unchanged(run_cli, store, tmp_path, case, fingerprint):
    name, content, expected = CASES[case]
    path = tmp_path / name
    _write(path, content)
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for part in expected:
        assert f"{path}" in result.stderr and part in result.stderr, (part, result.stderr)
    assert fingerprint(store) == before


def test_an_unterminated_quote_is_one_problem(run_cli, store, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(HEADER + good() + good("ok-2", title='"Open quote') + good("ok-3") + good("ok-4"), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert result.stderr.count("error:") == 1, result.stderr


def test_utf16_with_a_byte_order_mark_is_read(run_cli, store, tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes((HEADER + good("u-1", title="Türkiye and Kazakhstan")).encode("utf-16"))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    assert store.load().events.set_index("event_id").loc["u-1", "title"] == "Türkiye and Kazakhstan"


def test_json_shapes_people_write_are_read(run_cli, store, tmp_path):
    """Actors as strings, sources and links as the flat text: read as the flat format reads them;
    a speaker holding `: "` keeps its quote's text whole."""
    event = exported_event(actors=["Kazakhstan [host]"], links="follows astana-21")
    speaker = 'Lavrov: "the minister'
    event["sources"][0]["quotes"] = [{"speaker": speaker, "text": 'We agreed: "yes".'}]
    other = exported_event(event_id="j-2", sources="Interfax |  | u | https://interfax.ru/b", actors="Russia [participant]")
    path = tmp_path / "shapes.json"
    path.write_bytes(json_file(event, other))
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 0, result.stderr
    tables = store.load()
    quote = tables.quotes.set_index("quote_id").loc["j-1:q1"]
    assert (quote["speaker"], quote["text"]) == (speaker, 'We agreed: "yes".')
    assert set(tables.event_actors[tables.event_actors["event_id"] == "j-1"]["role"]) == {"host"}
    assert ((tables.event_links["from_event_id"] == "j-1") & (tables.event_links["to_event_id"] == "astana-21")).any()
    assert tables.sources.set_index("source_id").loc["j-2:s1", "publisher"] == "Interfax"


def test_many_bad_rows_are_capped_and_summarised(run_cli, store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(good(f"b-{i}", event_type="parade") for i in range(1_000)), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, path)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) < MAX_SHOWN + 30
    assert f"... and {1_000 - MAX_SHOWN:,} more problem(s) not shown:" in result.stderr
    assert f"  {1_000 - MAX_SHOWN:,} error(s) in {path}, column 'event_type'" in result.stderr
    assert "1000 problem(s) found" in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_file_that_is_not_regular_is_refused_without_reading(run_cli, store, tmp_path, kind):
    path = tmp_path / "events.csv"
    if kind == "fifo":
        os.mkfifo(path)  # opening it would block until a writer came: it must not be opened
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 1
    assert f"{path}: error: is a {'FIFO (named pipe)' if kind == 'fifo' else 'device'}, not a regular file" in result.stderr


@pytest.mark.parametrize("name", ["big.csv", "big.json", "big.xlsx"])
def test_a_file_over_the_size_limit_is_refused(run_cli, store, tmp_path, monkeypatch, name, fingerprint):
    monkeypatch.setenv("TRACKER_MAX_INPUT_MB", "0.001")  # 1,048 bytes
    path = tmp_path / name
    if name.endswith(".xlsx"):
        workbook(path, [XLSX_HEADER] + [CELLS[:8] + ["word " * 400]] * 3)
    elif name.endswith(".json"):
        path.write_bytes(json_file(*[exported_event(event_id=f"j-{i}") for i in range(10)]))
    else:
        path.write_text(HEADER + "".join(good(f"b-{i}") for i in range(20)), encoding="utf-8")
    before = fingerprint(store)
    result = run_cli("import", "--db", store.location, path)
    assert result.exit_code == 1
    assert "over the limit of 1,048 (TRACKER_MAX_INPUT_MB)" in result.stderr, result.stderr
    assert fingerprint(store) == before


@pytest.mark.parametrize("encoding, mark", [("utf-8", ";"), ("utf-8-sig", ";"), ("utf-16", "\t"), ("utf-8", "\t")])
def test_semicolon_and_tab_separated_files_are_read(run_cli, db_path, tmp_path, encoding, mark):
    """A European Excel saves CSV with semicolons, and 'Unicode text' as UTF-16 with tabs: each row gave only
    "a value right of the last header" (QA of the command line)."""
    path = tmp_path / "eu.csv"
    header = ["event_id", "title", "event_type", "status", "start_date", "sources"]
    row = ["eu-1", "Talks, in Brussels", "meeting", "held", "2024-03-01", "EUobs | 2024-03-01 | t | https://euobserver.com/1"]
    path.write_bytes((mark.join(header) + "\r\n" + mark.join(row) + "\r\n").encode(encoding))
    result = run_cli("import", "--db", db_path, path)
    assert result.exit_code == 0 and "the tracker's flat header" in result.stderr, result.output
    assert "Talks, in Brussels" in run_cli("export", "--db", db_path, "--format", "json").output
