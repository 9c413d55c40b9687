"""Date ticks of the timeline and the activity chart: days or coarser, never hours (QA11: one event in view drew
"00:00 / 12:00 Jun 21, 2023" for a chronology dated to days; the activity chart of one month had day ticks)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from tracker.aggregate import Window
from tracker.dashboard.views import day_number, timeline_content
from tracker.date_ticks import DAY_MS, day_ticks, period_ticks
from tracker.figures import activity_spec, timeline_figure
from tracker.filters import EventFilter


def test_one_event_in_view_has_day_ticks_at_midnight(data):
    mask = data.mask(EventFilter.build(actors=("Kazakhstan",), types=("statement",), text="Astana",
                                       date_from="2023-06", date_to="2024"))
    day = day_number(dt.date(2023, 6, 22))
    content = timeline_content(data, mask, "process", Window(day, day))
    axis = timeline_figure(content, (day, day)).layout.xaxis
    assert axis.tickmode == "linear" and axis.dtick == DAY_MS and axis.tick0 % DAY_MS == 0
    assert "%H" not in axis.tickformat and "%M" not in axis.tickformat


@pytest.mark.parametrize("days", [1, 3, 9, 16, 17, 400, 4000])
def test_ticks_are_never_finer_than_a_day(days):
    ticks = day_ticks(19_000.0, 19_000.0 + days)
    if "dtick" in ticks:
        assert ticks["dtick"] >= DAY_MS and ticks["dtick"] % DAY_MS == 0 and ticks["tick0"] % DAY_MS == 0
        assert (days + 1) / (ticks["dtick"] / DAY_MS) <= 10  # labels that fit
    else:  # Plotly's own, whose labels below a day are days too (while a zoom is drawn, before the redraw)
        assert all(stop["dtickrange"][1] <= DAY_MS and "%H" not in stop["value"] for stop in ticks["tickformatstops"])


def test_the_activity_chart_of_one_month_has_a_month_tick_not_days():
    spec = activity_spec(np.array(["2023-06-01"], dtype="datetime64[D]"), np.array([[1]]), ["statement"])
    axis = spec["layout"]["xaxis"]
    assert axis["dtick"] == "M1" and axis["tick0"] == "2023-06-01" and "%d" not in axis["tickformat"]


@pytest.mark.parametrize("first, periods, unit, step", [("2023-01-01", 12, "month", "M2"), ("2000-01-01", 300, "month", "M60"),
                                                         ("1990-01-01", 30, "year", "M60"), ("2023-01-01", 1, "year", "M12")])
def test_period_ticks_are_whole_months_or_years_and_few(first, periods, unit, step):
    assert period_ticks(np.datetime64(first), periods, unit)["dtick"] == step


@pytest.mark.parametrize("first, periods, unit, tick0", [("2012-06-01", 58, "month", "2012-01-01"),
                                                          ("2023-02-01", 16, "month", "2023-01-01"),
                                                          ("1993-05-01", 30, "year", "1990-01-01"),
                                                          ("2023-06-01", 1, "month", "2023-06-01")])
def test_period_ticks_start_on_a_whole_step_of_the_calendar(first, periods, unit, tick0):
    # a label is drawn under the period from its tick to the next: yearly ticks from June put the bars of January 2014
    # under "2013"
    ticks = period_ticks(np.datetime64(first), periods, unit)
    assert ticks["tick0"] == tick0 and ticks["ticklabelmode"] == "period"


def test_the_activity_charts_range_holds_the_middle_of_its_last_and_first_year_label():
    """ux23's defect 6: bars of June 2017 to June 2023 under yearly labels read 2017-2022; Plotly drops a period
    label whose middle (2 July 2023) lies beyond the range's end (1 July 2023)."""
    from tracker.date_ticks import labelled_range

    months = np.array(["2017-06-01", "2023-06-01"], dtype="datetime64[D]")
    xaxis = activity_spec(months, np.array([[1, 1]]), ["statement"])["layout"]["xaxis"]
    assert xaxis["dtick"] == "M12" and xaxis["ticklabelmode"] == "period"
    start, end = (np.datetime64(day) for day in xaxis["range"])
    assert start <= np.datetime64("2017-06-01") and np.datetime64("2023-07-02") < end <= np.datetime64("2023-09-30")
    assert start < np.datetime64("2017-07-02")
    monthly = {"tick0": "2023-01-01", "dtick": "M1"}  # one label a month: the bars' own range
    assert labelled_range(np.datetime64("2023-01-01"), np.datetime64("2023-03-01"), monthly) == ["2023-01-01", "2023-03-01"]
