"""Date parsing for filters and imports, and dates as analysts write them."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from tracker.dates import DateParseError, format_span, parse_date_span, parse_iso_day

D = dt.date


@pytest.mark.parametrize("text, start, end, precision", [
    ("2023-06-21", D(2023, 6, 21), D(2023, 6, 21), "day"),
    ("2023-06", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("June 2023", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("Jun 2023", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("21 June 2023", D(2023, 6, 21), D(2023, 6, 21), "day"),
    ("June 21, 2023", D(2023, 6, 21), D(2023, 6, 21), "day"),
])
def test_parse_date_span(text, start, end, precision):
    assert parse_date_span(text) == (span := parse_date_span(text))
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize("text", ["", "   ", "yesterday-ish", "2023-13", "June", "31 February 2023", "2023-02-30"])
def test_parse_date_span_refuses(text):
    with pytest.raises(DateParseError):
        parse_date_span(text)


@pytest.mark.parametrize("text", ["2023-02-29", "2023-6-1x", "21/06/2023", "2023-00-10"])
def test_parse_iso_day_refuses_impossible_and_non_iso(text):
    with pytest.raises(DateParseError):
        parse_iso_day(text)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_iso_day_round_trips(day):
    assert parse_date_span(day.isoformat()) == parse_date_span(day.isoformat())
    span = parse_date_span(day.isoformat())
    assert span.start == span.end == day and span.precision == "day"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_month_span_covers_the_month(day):
    span = parse_date_span(f"{day:%Y-%m}")
    assert span.start.day == 1 and span.start <= day <= span.end
    assert (span.end + dt.timedelta(days=1)).day == 1
    assert parse_date_span(f"{day:%B %Y}") == span


@pytest.mark.parametrize("start, end, precision, text", [
    (D(2023, 6, 21), None, "day", "21 Jun 2023"),
    (D(2023, 6, 20), D(2023, 6, 21), "day", "20-21 Jun 2023"),
    (D(2017, 11, 28), D(2017, 12, 14), "day", "28 Nov-14 Dec 2017"),
    (D(2023, 12, 30), D(2024, 1, 2), "day", "30 Dec 2023-2 Jan 2024"),
    (D(2023, 6, 1), D(2023, 6, 30), "month", "Jun 2023"),
    (D(2023, 7, 1), D(2023, 12, 31), "month", "Jul-Dec 2023"),
    (D(2024, 1, 1), D(2024, 12, 31), "year", "2024"),
])
def test_format_span(start, end, precision, text):
    assert format_span(start, end, precision) == text


@pytest.mark.parametrize("text, both", [("06/07/2023", "7 June or 6 July"), ("6.7.2023", "7 June or 6 July"),
                                         ("01-02-2024", "2 January or 1 February")])
def test_a_day_whose_numbers_read_both_ways_is_refused_with_both_readings(text, both):
    """`--from 06/07/2023` was read as 7 June, `31/12/2023` as 31 December, with no word (QA of the command line)."""
    with pytest.raises(DateParseError, match=f"could be {both}: write it as YYYY-MM-DD"):
        parse_date_span(text)


@pytest.mark.parametrize("text, day", [("31/12/2023", "2023-12-31"), ("12/31/2023", "2023-12-31"),
                                        ("07/07/2023", "2023-07-07")])
def test_a_numeric_day_that_reads_one_way_only_is_taken(text, day):
    assert parse_date_span(text).start.isoformat() == day
