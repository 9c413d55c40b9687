"""ACLED exports in (files written here in ACLED's layouts, never ACLED's data)."""
import datetime as dt

import pytest

from tracker.importers import detect, read_events

from .helpers import ACLED_2020, ACLED_NOW, event


@pytest.mark.parametrize("path, layout", [(ACLED_2020, "2020 layout"), (ACLED_NOW, "current layout")])
def test_both_layouts_are_recognised(path, layout):
    fmt, reason = detect(path)
    assert fmt == "acled" and layout in reason and "31 columns" in reason


def test_agreement_is_an_agreement_with_its_actors_place_notes_and_sources(shipped):
    tables, problems, _, _ = read_events(ACLED_2020, shipped)
    assert [p for p in problems if p.severity == "error"] == []
    row = event(tables, "acled-KAZ9001")
    assert (row["event_type"], row["status"], row["review_state"]) == ("agreement", "held", "confirmed")
    assert (row["venue"], row["venue_country"], row["date_precision"]) == ("Astana", "KAZ", "day")
    assert row["start_date"].date() == dt.date(2023, 6, 20)
    assert row["summary"].startswith("Invented test row: on 20 June 2023") and '"in Astana"' in row["summary"]
    publishers = tables.sources[tables.sources["event_id"] == "acled-KAZ9001"]["publisher"].tolist()
    assert publishers == ["Test Wire", "Example Daily"]
    actors = tables.event_actors[tables.event_actors["event_id"] == "acled-KAZ9001"]
    names = dict(zip(shipped.actors["actor_id"], shipped.actors["name"])) | dict(zip(tables.actors["actor_id"],
                                                                                   tables.actors["name"]))
    # "Government of Kazakhstan (2019-)" is the state, as GDELT's KAZGOV is: --actor Russia finds the event (QA)
    assert {(names[a], r) for a, r in zip(actors["actor_id"], actors["role"])} == {
        ("Kazakhstan", "participant"), ("Russia", "participant")}


def test_other_types_are_kept_as_a_tag(shipped):
    tables, *_ = read_events(ACLED_2020, shipped)
    clash = event(tables, "acled-SYR9003")
    assert clash["event_type"] == "other" and clash["tags"] == "ACLED Battles: Armed clash"
    roles = tables.event_actors[tables.event_actors["event_id"] == "acled-SYR9003"]["role"].tolist()
    assert roles == ["initiator", "participant", "participant", "target"]  # actor1, its two associates, actor2


def test_time_precision_2_and_3_are_the_month_never_a_faked_day(shipped):
    week = event(read_events(ACLED_2020, shipped)[0], "acled-KAZ9002")
    assert (week["date_precision"], week["start_date"].date(), week["end_date"].date()) == \
        ("month", dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    month = event(read_events(ACLED_NOW, shipped)[0], "acled-TUR9102")
    assert (month["date_precision"], month["start_date"].date(), month["end_date"].date()) == \
        ("month", dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def test_current_layout_country_from_numeric_iso(shipped):
    tables, problems, _, _ = read_events(ACLED_NOW, shipped)
    agreement = event(tables, "acled-TUR9101")
    assert (agreement["venue_country"], agreement["event_type"]) == ("TUR", "agreement")


def test_acled_as_xlsx(tmp_path, shipped):
    import pandas as pd

    path = tmp_path / "acled.xlsx"
    pd.read_csv(ACLED_NOW, dtype=str, keep_default_na=False).to_excel(path, index=False)
    fmt, reason = detect(path)
    assert fmt == "acled"
    tables, problems, _, _ = read_events(path, shipped)
    assert [p for p in problems if p.severity == "error"] == [] and len(tables.events) == 2


def _with_dates(tmp_path, *dates: str):
    """The current-layout fixture with its rows' event_date set to `dates` (a US-locale Excel writes 7/4/2019)."""
    import csv

    with ACLED_NOW.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    at, precision = rows[0].index("event_date"), rows[0].index("time_precision")
    body = [row for row in rows[1:] if row][:len(dates)]
    for row, date in zip(body, dates):
        row[at], row[precision] = date, "1"  # dated to the day
    path = tmp_path / "acled_us.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([rows[0], *body])
    return path, [row[0] for row in body]


@pytest.mark.parametrize("dates, read", [
    (("4/7/2019", "6/16/2022"), (dt.date(2019, 4, 7), dt.date(2022, 6, 16))),  # 16 fixes month first
    (("4/7/2019", "16/6/2022"), (dt.date(2019, 7, 4), dt.date(2022, 6, 16))),  # 16 fixes day first
])
def test_slashed_dates_follow_the_order_the_file_shows(shipped, tmp_path, dates, read):
    """A US-locale Excel's 4/7/2019 was read day first, as 4 July, with no word (QA of the command line)."""
    path, ids = _with_dates(tmp_path, *dates)
    tables, problems, _, _ = read_events(path, shipped)
    assert [p for p in problems if p.severity == "error"] == []
    assert [event(tables, f"acled-{i}")["start_date"].date() for i in ids] == list(read)


def test_slashed_dates_no_date_can_order_are_refused(shipped, tmp_path):
    path, _ = _with_dates(tmp_path, "4/7/2019", "5/8/2019")
    _, problems, _, _ = read_events(path, shipped)
    assert any(p.column == "event_date" and "could be day/month or month/day" in p.reason for p in problems)


def test_a_new_actor_is_reported_at_the_column_it_is_in(shipped):
    """QA11: actors of assoc_actor_1 and actor2 were reported at column 'actor1' (the flat check knows one cell)."""
    _, problems, _, _ = read_events(ACLED_2020, shipped)
    where = {p.reason.split("'")[1]: (p.row, p.column) for p in problems if p.reason.startswith("actor '")}
    assert where["Militia A"] == (4, "assoc_actor_1") and where["Militia B"] == (4, "assoc_actor_1")
    assert where["Rebel Group C"] == (4, "actor2")
    assert where["Protesters (Kazakhstan)"] == (3, "actor1")
