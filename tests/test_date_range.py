"""The supported dates (1800-01-01 to 2200-12-31): refused on import and in filters, read as the range's end in URLs."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.dates import FIRST_DAY, LAST_DAY, DateParseError, DateRangeError, parse_date_span, parse_iso_day
from tracker.filters import EventFilter

HEADER = "event_id,title,event_type,status,start_date,end_date,actors,sources\n"
ROW = "far-1,Far row,statement,held,{start},{end},Kazakhstan [speaker],Interfax | 2023-06-22 | t | https://interfax.com/a\n"


def test_the_range_is_1800_to_2200():
    assert (FIRST_DAY, LAST_DAY) == (dt.date(1800, 1, 1), dt.date(2200, 12, 31))


@pytest.mark.parametrize("text", ["1800-01-01", "2200-12-31", "1800", "2200-12", "December 2200"])
def test_dates_at_the_edges_are_read(text):
    span = parse_date_span(text)
    assert FIRST_DAY <= span.start <= span.end <= LAST_DAY


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01", "1799", "0001-01", "January 2201"])
def test_dates_outside_the_range_are_refused_with_the_range(text):
    with pytest.raises(DateRangeError, match="outside the supported dates .1800-01-01 to 2200-12-31."):
        parse_date_span(text)


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01"])
def test_a_strict_day_outside_the_range_is_refused(text):
    with pytest.raises(DateParseError, match="outside the supported dates"):
        parse_iso_day(text)
    assert parse_iso_day("1800-01-01") == FIRST_DAY and parse_iso_day("2200-12-31") == LAST_DAY


@pytest.mark.parametrize("start, end, field", [("0001-01-01", "", "'start_date'"), ("9999-12-31", "", "'start_date'"),
                                               ("2023-06-01", "9999-12-31", "'end_date'")])
@pytest.mark.parametrize("command", ["validate", "import"])
def test_an_import_refuses_far_dates_and_leaves_the_store_as_it_was(run_cli, store, tmp_path, fingerprint, start, end,
                                                                    field, command):
    path = tmp_path / "far.csv"
    path.write_text(HEADER + ROW.format(start=start, end=end), encoding="utf-8")
    before = fingerprint(store)
    result = run_cli(command, "--db", store.location, path)
    assert result.exit_code != 0
    assert "row 2" in result.stderr and field in result.stderr and "outside the supported dates" in result.stderr
    assert fingerprint(store) == before


def test_an_import_takes_the_edge_days(run_cli, store, tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text(HEADER + ROW.format(start="1800-01-01", end="") + ROW.replace("far-1", "far-2").format(
        start="2200-12-31", end=""), encoding="utf-8")
    assert run_cli("import", "--db", store.location, path).exit_code == 0


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("command", ["list", "stats", "export", "brief"])
def test_a_command_refuses_a_far_filter_date_naming_the_option(run_cli, db_path, command, option):
    result = run_cli(command, "--db", db_path, option, "0001-01-01")
    assert result.exit_code == 2
    assert f"{option}: '0001-01-01' is outside the supported dates (1800-01-01 to 2200-12-31)" in result.stderr


def test_the_api_filter_names_the_option():
    with pytest.raises(ValueError, match="^--to: '9999-12-31' is outside"):
        EventFilter.build(date_to="9999-12-31")


@pytest.mark.parametrize("query, expected, note", [
    ("from=0001-01-01", (FIRST_DAY, None), "from=0001-01-01 is outside the supported dates"),
    ("to=9999-12-31", (None, LAST_DAY), "to=9999-12-31 is outside"),
    ("from=9999-12-31", (LAST_DAY, None), "read as 2200-12-31"),
    ("to=0001-01", (None, FIRST_DAY), "read as 1800-01-01"),
])
def test_a_url_date_outside_the_range_is_read_as_the_nearest_end_with_a_note(query, expected, note):
    f, notices = EventFilter.from_query_string(query)
    assert (f.date_from, f.date_to) == expected
    assert any(note in n for n in notices), notices


def test_a_hand_built_filter_with_a_far_date_selects_without_overflow(shipped):
    from tracker.filters import apply_filter

    assert len(apply_filter(shipped, EventFilter(date_from=dt.date(1, 1, 1), date_to=dt.date(9999, 12, 31)))) == \
        len(apply_filter(shipped, EventFilter()))
