"""The one selection path (`tracker.selection`), export file names, XLSX, paper sizes and the CLI's notes and names."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.export.names import MAX_CHARS, export_filename
from tracker.filters import EventFilter, apply_filter
from tracker.selection import resolve_filter, select, within_window


def ids(tables, **options) -> set[str]:
    return set(select(tables, EventFilter.build(**options)).events["event_id"])


@pytest.mark.parametrize("options, canonical, notices", [
    ({"actors": ["kazakhstan"]}, {"actors": ("Kazakhstan",)}, ()),
    ({"actors": ["Republic of Kazakhstan"]}, {"actors": ("Kazakhstan",)}, ()),
    ({"actors": ["turkiye"]}, {"actors": ("Türkiye",)}, ()),
    ({"actors": ["Nowhere"]}, {"actors": ("Nowhere",)}, ("no actor named 'Nowhere'; nothing selected",)),
    ({"actors": ["Kazakhstan", "Nowhere"]}, {"actors": ("Kazakhstan", "Nowhere")}, ("no actor named 'Nowhere'",)),
    ({"processes": ["astana talks"]}, {"processes": ("Astana format",)}, ()),
    ({"processes": ["Atlantis talks"]}, {}, ("no process named 'Atlantis talks'; nothing selected",)),
    ({"venues": ["nur-sultan"]}, {"venues": ("Nur-Sultan",)}, ()),
    ({"venues": ["Atlantis"]}, {}, ("no venue named 'Atlantis'; nothing selected",)),
    ({"rounds": ["77"]}, {}, ("no event has round 77; nothing selected",)),
    ({"rounds": ["20", "77"]}, {}, ("no event has round 77",)),
])
def test_resolve_spells_names_as_the_store_and_notes_what_matches_nothing(shipped, options, canonical, notices):
    resolved = resolve_filter(shipped, EventFilter.build(**options))
    for field, value in canonical.items():
        assert getattr(resolved.filter, field) == value
    assert resolved.notices == notices


@pytest.mark.parametrize("options", [{"actors": ["Nowhere"]}, {"venues": ["Atlantis"]}, {"processes": ["Atlantis talks"]},
                                     {"rounds": ["77"]}, {"actors": ["Kazakhstan"], "rounds": ["77"]}])
def test_a_value_that_matches_nothing_selects_nothing(shipped, options):
    # the dashboard's old `known_filter` dropped such values, and then every event was selected
    assert ids(shipped, **options) == set()


def test_aliases_case_accents_renamed_venues_and_descendants_select_the_same_events(shipped):
    assert ids(shipped, actors=["Turkey"]) == ids(shipped, actors=["TÜRKIYE"]) == ids(shipped, actors=["tur"])
    assert ids(shipped, venues=["Nur-Sultan"]) == ids(shipped, venues=["astana"]) and ids(shipped, venues=["Astana"])
    officials = ids(shipped, actors=["Kanat Tumysh"])
    assert officials and officials <= ids(shipped, actors=["Kazakhstan"])  # a state includes its officials
    assert ids(shipped, actors=["Kazakhstan", "Nowhere"]) == ids(shipped, actors=["Kazakhstan"])


def test_select_is_apply_filter_for_known_values(shipped):
    f = EventFilter.build(processes=["Astana format"], date_from="2023", text="round")
    assert list(select(shipped, f).events["event_id"]) == list(apply_filter(shipped, f)["event_id"])


def test_within_window_keeps_events_that_overlap_both_the_dates_and_the_window(shipped):
    f = EventFilter.build(processes=["Astana format"], date_from="2023-01-01")
    narrowed = within_window(f, dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert (narrowed.date_from, narrowed.date_to) == (dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert within_window(f, None, None) == f
    got = select(shipped, narrowed).events
    assert len(got) and (got["start_date"] <= "2023-06-30").all()
    assert (got["end_date"].fillna(got["start_date"]) >= "2023-06-01").all()
    apart = within_window(EventFilter.build(date_from="2019-01-01", date_to="2019-01-31"), dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert select(shipped, apart).events.empty  # the window and the dates do not meet


def test_file_names_say_what_they_hold_and_stay_short():
    f = EventFilter.build(processes=["Astana format"], actors=["Kazakhstan"], date_from="2023-06-01", date_to="2023-06-30")
    assert export_filename(f, ".csv", dt.date(2026, 12, 4)) == "tracker_astana-format_kazakhstan_2023-06-01_to_2023-06-30_2026-12-04.csv"
    assert export_filename(EventFilter(), "xlsx", dt.date(2026, 12, 4)) == "tracker_2026-12-04.xlsx"
    odd = EventFilter.build(actors=["Türkiye", 'Côte d\'Ivoire "/\\:*?<>|'], rounds=["20"], text="collective request",
                            states=["any"], date_from="2023-06")
    name = export_filename(odd, ".csv", dt.date(2026, 12, 4), prefix="briefing")
    assert name == "briefing_turkiye_cote-d-ivoire_round-20_q-collective-request_candidate-confirmed-rejected_from_2023-06-01_2026-12-04.csv"
    # a tag and the past: an export "as of" 1 December is another file than one of now (QA D14)
    past = EventFilter.build(tags=["Idlib"], as_of="2026-12-01")
    assert export_filename(past, ".csv", dt.date(2026, 12, 4)) == "tracker_tag-idlib_as-of-2026-12-01_2026-12-04.csv"
    morning = EventFilter.build(as_of="2026-12-01T09:30+03:00")
    assert export_filename(morning, ".csv", dt.date(2026, 12, 4)) == "tracker_as-of-2026-12-01T0630_2026-12-04.csv"
    many = EventFilter.build(actors=[f"Actor number {i}" for i in range(40)])
    long = export_filename(many, ".docx", dt.date(2026, 12, 4))
    assert len(long) <= MAX_CHARS and long.endswith("_2026-12-04.docx") and long.isascii()


@pytest.mark.parametrize("paper, width_mm, height_mm", [(None, 210, 297), ("a4", 210, 297), ("letter", 215.9, 279.4)])
def test_the_docx_brief_is_a4_unless_letter_is_asked(run_cli, db_path, tmp_path, paper, width_mm, height_mm):
    from docx import Document

    target = tmp_path / "brief.docx"
    cli = run_cli("brief", "--db", db_path, "--process", "Astana format", "--from", "2023-06", "--to", "2023-06",
                  "--no-chart", "-o", target, *(["--paper", paper] if paper else []))
    assert cli.exit_code == 0, cli.output
    section = Document(str(target)).sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (width_mm, height_mm)
    assert section.page_width - section.left_margin - section.right_margin >= 914400 * 6.5 - 1000  # the 6.5 in table fits


def test_the_pdf_brief_takes_the_paper_too(run_cli, db_path, tmp_path):
    import re

    sizes = {}
    for paper in ("a4", "letter"):
        target = tmp_path / f"{paper}.pdf"
        assert run_cli("brief", "--db", db_path, "--round", "20", "--no-chart", "--paper", paper, "-o", target).exit_code == 0
        box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", target.read_bytes())
        sizes[paper] = (round(float(box[1])), round(float(box[2])))
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}


def test_the_cli_says_an_unknown_actor_selects_nothing(run_cli, db_path):
    cli = run_cli("export", "--db", db_path, "--actor", "Nowhere")
    assert cli.exit_code == 0
    assert cli.stdout_bytes.count(b"\r\n") == 1  # the header alone
    assert "no actor named 'Nowhere'; nothing selected" in cli.stderr


def test_the_cli_names_files_for_what_they_hold(run_cli, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 Nov 2023
    cli = run_cli("export", "--db", db_path, "--process", "astana talks", "--from", "2023-06-01", "--to", "2023-06-30",
                  "-o", tmp_path)
    assert cli.exit_code == 0, cli.output
    assert (tmp_path / "tracker_astana-format_2023-06-01_to_2023-06-30_2023-11-14.csv").exists()
    monkeypatch.chdir(tmp_path)
    assert run_cli("export", "--db", db_path, "--round", "20", "--format", "xlsx").exit_code == 0
    assert (tmp_path / "tracker_round-20_2023-11-14.xlsx").exists()
    cli = run_cli("brief", "--db", db_path, "--round", "20", "--format", "md", "-o", tmp_path)
    assert cli.exit_code == 0, cli.output
    assert (tmp_path / "briefing_round-20_2023-11-14.md").exists()
    assert run_cli("export", "--db", db_path, "--format", "json", "--excel").exit_code == 2
