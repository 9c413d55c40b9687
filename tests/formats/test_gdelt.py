"""GDELT 1.0 and 2.0 event files in: CAMEO codes, actors, merging, SQLDATE, zipped or not, candidates."""
import datetime as dt
import zipfile

import pytest

from tracker.importers import ImportOptions, detect, read_events
from tracker.importers.gdelt import LAYOUTS
from tracker.models import CAMEO_CODES, EVENT_TYPES, cameo_type

from .gdelt_rows import POSITIONS, actor, gdelt_line, sample_lines
from .helpers import GDELT_V1, GDELT_V2, event


def zipped(path, tmp_path):
    target = tmp_path / (path.name + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, path.name)
    return target


@pytest.mark.parametrize("columns", [57, 58, 61])
def test_layouts_match_the_codebook_positions(columns):
    names = LAYOUTS[columns][1]
    assert len(names) == columns
    for name, where in POSITIONS.items():
        if columns in where:
            assert names[where[columns]] == name


@pytest.mark.parametrize("path, version", [(GDELT_V1, "1.0"), (GDELT_V2, "2.0")])
@pytest.mark.parametrize("zip_it", [False, True])
def test_gdelt_files_import(path, version, zip_it, shipped, tmp_path):
    source = zipped(path, tmp_path) if zip_it else path
    fmt, reason = detect(source)
    assert fmt == "gdelt" and f"GDELT {version}" in reason and (("zipped" in reason) == zip_it)
    tables, problems, _, _ = read_events(source, shipped)
    assert [p for p in problems if p.severity == "error"] == []
    assert len(tables.events) == 5  # 8 rows: 3 merge into one, the fight (CAMEO 19) is dropped
    talks = event(tables, "gdelt-20230620-KAZGOV-RUS-046")
    assert talks["event_type"] == "talk_round" and talks["review_state"] == "candidate"
    assert talks["venue"] == "Astana" and talks["start_date"].date() == dt.date(2023, 6, 20)
    urls = tables.sources[tables.sources["event_id"] == talks["event_id"]]["url"].tolist()
    assert urls == ["https://news.example.org/a", "https://www.example.com/b"]  # three rows, two distinct sources
    actors = tables.event_actors[tables.event_actors["event_id"] == talks["event_id"]]
    assert set(zip(actors["actor_id"], actors["role"])) == {("kaz", "participant"), ("rus", "participant")}


def test_sqldate_not_dateadded_is_the_date(shipped):
    tables, *_ = read_events(GDELT_V2, shipped)
    old = event(tables, "gdelt-20190301-TUR-IRN-057")
    assert old["start_date"].date() == dt.date(2019, 3, 1) and old["event_type"] == "agreement"
    published = tables.sources[tables.sources["event_id"] == old["event_id"]]["published_at"].iloc[0]
    assert published.date() == dt.date(2023, 6, 21)  # DATEADDED is when GDELT saw the article


def test_actor_codes_to_actors(shipped):
    tables, problems, _, _ = read_events(GDELT_V2, shipped)
    visit = tables.event_actors[tables.event_actors["event_id"] == "gdelt-20230624-RUSMIL-SYRGOV-0421"]
    military = tables.actors[tables.actors["name"] == "Russia military"].iloc[0]
    assert (military["kind"], military["country"]) == ("body", "RUS")
    assert military["parent_id"] == "rus"  # under its state: --actor Russia finds what it did (QA of the CLI)
    assert set(visit["actor_id"]) == {military["actor_id"], "syr"}
    un = tables.event_actors[tables.event_actors["event_id"] == "gdelt-20230623-IGOUNO-SYR-042"]
    assert set(un["actor_id"]) == {"un", "syr"}  # an IGO without a country: found by its name


@pytest.mark.parametrize("path", [GDELT_V1, GDELT_V2])
def test_the_venue_country_comes_from_the_fips_code(path, shipped):
    """ActionGeo_CountryCode is FIPS 10-4 ("TU" is Türkiye, "SZ" Switzerland), not ISO: it becomes venue_country."""
    tables, problems, _, _ = read_events(path, shipped)
    countries = dict(zip(tables.events["event_id"], tables.events["venue_country"]))
    assert countries["gdelt-20230622-KAZ-TUR-036"] == "TUR"
    assert countries["gdelt-20190301-TUR-IRN-057"] == "CHE"
    assert countries["gdelt-20230620-KAZGOV-RUS-046"] == "KAZ"


def test_an_unknown_or_empty_fips_code_leaves_the_venue_country_empty(shipped, tmp_path):
    path = tmp_path / "20230621120000.export.CSV"
    lines = [gdelt_line(61, GLOBALEVENTID=str(n), SQLDATE="20230620", EventCode="046", ActionGeo_FullName="Somewhere",
                        ActionGeo_CountryCode=code, DATEADDED="20230621120000", SOURCEURL=f"https://example.org/{n}",
                        Actor1Code=actor_code, Actor1Name="X", Actor1CountryCode=actor_code)
             for n, (code, actor_code) in enumerate([("", "KAZ"), ("QQ", "RUS")], start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tables, problems, _, _ = read_events(path, shipped)
    assert tables.events["venue_country"].isna().all(), tables.events["venue_country"].tolist()


def test_cameo_option_and_state_option(shipped):
    tables, *_ = read_events(GDELT_V2, shipped, options=ImportOptions(cameo=("19",), state="confirmed"))
    assert list(tables.events["event_id"]) == ["gdelt-20230622-USA-CHN-190"]
    assert set(tables.events["review_state"]) == {"confirmed"}
    usa = tables.actors[tables.actors["name"] == "United States"].iloc[0]
    assert (usa["kind"], usa["country"]) == ("state", "USA")  # pycountry's name for USA


def test_a_file_of_other_codes_only_imports_nothing(shipped, tmp_path):
    path = tmp_path / "fights.CSV"
    path.write_text(gdelt_line(61, GLOBALEVENTID="1", SQLDATE="20230101", EventCode="190",
                               SOURCEURL="https://x.example.org/") + "\n", encoding="utf-8")
    tables, problems, *_ = read_events(path, shipped)
    assert tables.events.empty and "no event of CAMEO code(s) 01, 02, 03, 04, 05" in str(problems[0])


def test_the_file_is_streamed_not_read_whole(shipped, tmp_path, monkeypatch):
    """Lines are read one at a time: reading the whole file (read(), readlines()) is never called."""
    import pathlib

    def refuse(*args, **kwargs):
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    monkeypatch.setattr(pathlib.Path, "read_text", refuse)
    tables, *_ = read_events(GDELT_V2, shipped)
    assert len(tables.events) == 5


def test_every_cameo_code_maps_to_an_event_type():
    assert all(kind in EVENT_TYPES for kind, _ in CAMEO_CODES.values())
    listed: dict[str, set[str]] = {}
    for name, (codes, _) in EVENT_TYPES.items():
        for code in codes.split("/"):
            covered = [c for c in CAMEO_CODES if len(c) == 3 and c.startswith(code[:2])] if code.endswith("x") else [code]
            for one in (c for c in covered if c.isdigit()):
                listed.setdefault(one, set()).add(name)
    for code, types in listed.items():
        assert code in CAMEO_CODES, code
        if len(types) == 1:
            assert CAMEO_CODES[code][0] in types, (code, types)
    assert cameo_type("0461") == ("talk_round", "Engage in negotiation")
    assert cameo_type("999") == ("other", "CAMEO 999")


def test_sample_lines_have_the_sizes_of_the_layouts():
    assert {len(line.split("\t")) for line in sample_lines(57)} == {57}


def test_a_new_actor_on_many_rows_is_one_warning(shipped, tmp_path):
    rows = [gdelt_line(61, GLOBALEVENTID=str(n), SQLDATE=f"202306{n:02d}", EventCode="046", Actor1Code="RUSMIL",
                       Actor1Name="RUSSIA", Actor1CountryCode="RUS", Actor1Type1Code="MIL",
                       SOURCEURL=f"https://example.org/{n}", DATEADDED="20230630000000") for n in range(1, 4)]
    path = tmp_path / "many.CSV"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tables, problems, *_ = read_events(path, shipped)
    assert len(tables.events) == 3
    said = [p for p in problems if "Russia military" in p.reason]
    assert len(said) == 1 and said[0].row == 1 and "(and on 2 more rows)" in said[0].reason


def test_gdelt_1_backfile_without_sourceurl_cites_gdelt(shipped, tmp_path):
    path = tmp_path / "2012.export.CSV"
    path.write_text("\n".join(sample_lines(57)) + "\n", encoding="utf-8")
    assert "57 columns" in detect(path)[1]
    tables, problems, _, _ = read_events(path, shipped)
    assert [p for p in problems if p.severity == "error"] == [] and len(tables.events) == 5
    talks = tables.sources[tables.sources["event_id"] == "gdelt-20230620-KAZGOV-RUS-046"]
    assert list(talks["publisher"]) == ["GDELT"] and talks["url"].isna().all()


def _feed(path, *events: tuple[str, str]):
    """A GDELT 2.0 file of (GLOBALEVENTID, SOURCEURL): one event (20230620, KAZGOV-RUS, 046) reported by each."""
    path.write_text("\n".join(gdelt_line(61, GLOBALEVENTID=g, SQLDATE="20230620", EventCode="046",
                                         ActionGeo_FullName="Astana, Astana, Kazakhstan", ActionGeo_CountryCode="KZ",
                                         DATEADDED="20230620120000", SOURCEURL=url,
                                         **actor("Actor1", "KAZGOV", "KAZAKHSTAN", "KAZ", "GOV"),
                                         **actor("Actor2", "RUS", "RUSSIA", "RUS"))
                              for g, url in events) + "\n", encoding="utf-8")
    return path


EVENT = "gdelt-20230620-KAZGOV-RUS-046"


def test_a_later_file_adds_its_sources_to_a_stored_event_and_changes_nothing_else(run_cli, store, tmp_path):
    """With 15-minute files an event comes again; it replaced the stored one: confirmed back to candidate, the
    desk's summary gone, the earlier sources dropped (QA of the command line: data loss)."""
    first = _feed(tmp_path / "20230620120000.export.CSV", ("1", "https://a.example/1"))
    assert run_cli("import", "--db", store.location, first).exit_code == 0
    assert run_cli("review", "accept", "--db", store.location, EVENT).exit_code == 0
    assert run_cli("edit", "--db", store.location, EVENT, "--set", "summary=Checked by the desk.").exit_code == 0
    before = store.event_record(EVENT)
    later = _feed(tmp_path / "20230620121500.export.CSV", ("2", "https://a.example/1"), ("3", "https://b.example/2"))
    result = run_cli("import", "--db", store.location, later)
    assert result.exit_code == 0, result.output
    assert f"'{EVENT}' is already in the store: it is kept as it is" in result.output and "1 new source(s)" in result.output
    after = store.event_record(EVENT)
    assert after["event"]["review_state"] == "confirmed" and after["event"]["summary"] == "Checked by the desk."
    assert [s[3] for s in after["sources"]] == [s[3] for s in before["sources"]] + ["https://b.example/2"]
    assert after["actors"] == before["actors"]
    again = run_cli("import", "--db", store.location, later)  # nothing new: nothing written
    assert again.exit_code == 0 and "this file adds no new source" in again.output
    assert store.event_record(EVENT) == after


def test_the_files_of_one_day_import_together(run_cli, store, tmp_path):
    """One event in two 15-minute files of one import was refused whole as a duplicate id across files."""
    one = _feed(tmp_path / "20230620120000.export.CSV", ("1", "https://a.example/1"))
    two = _feed(tmp_path / "20230620121500.export.CSV", ("2", "https://b.example/2"))
    result = run_cli("import", "--db", store.location, one, two)
    assert result.exit_code == 0, result.output
    assert "already in an earlier file of this import" in result.output
    assert sorted(s[3] for s in store.event_record(EVENT)["sources"]) == ["https://a.example/1", "https://b.example/2"]


def test_a_repeated_event_is_warned_at_its_line_and_id_column(run_cli, store, tmp_path):
    """QA11: the warning said "g3.CSV, column 'event_id'": no line, and a column GDELT files do not have."""
    first = _feed(tmp_path / "20230620120000.export.CSV", ("1", "https://a.example/1"))
    assert run_cli("import", "--db", store.location, first).exit_code == 0
    later = tmp_path / "20230620121500.export.CSV"
    other = gdelt_line(61, GLOBALEVENTID="7", SQLDATE="20230620", EventCode="042", DATEADDED="20230620121500",
                       SOURCEURL="https://c.example/3", **actor("Actor1", "RUS", "RUSSIA", "RUS"))
    later.write_text(other + "\n" + _feed(tmp_path / "x.CSV", ("8", "https://b.example/2")).read_text(), encoding="utf-8")
    result = run_cli("validate", "--db", store.location, later)
    assert f"20230620121500.export.CSV, row 2, column 'GLOBALEVENTID': warning: '{EVENT}' is already in the store" \
        in result.output, result.output
    both = run_cli("validate", "--db", store.location, tmp_path / "x.CSV", later)  # in an earlier file: its line too
    assert f"20230620121500.export.CSV, row 2, column 'GLOBALEVENTID': warning: '{EVENT}' is already in an earlier" \
        in both.output, both.output
