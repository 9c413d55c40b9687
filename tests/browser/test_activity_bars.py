"""Real Chromium: each bar of the activity chart stands over the month it counts, centred on it, not on its 1st (QA)."""
from __future__ import annotations

import datetime as dt


import pytest


@pytest.mark.parametrize("query", ["?from=2023-01&to=2023-12", "", "?state=confirmed&state=candidate&state=rejected"])
def test_each_activity_bar_is_centred_on_its_month(probe, query):
    probe.open(query)
    spans = probe.page.evaluate("""() => {
        const g = document.getElementById('activity').querySelector('.js-plotly-plot') || document.getElementById('activity');
        const axis = g._fullLayout.xaxis;
        return Array.from(g.querySelectorAll('.trace.bars .point')).map(p => {
            const box = p.getBBox();
            return [p.__data__ && p.__data__.cd0 ? null : null, axis.p2d(box.x), axis.p2d(box.x + box.width)];
        });
    }""")
    assert spans
    for _, start, end in spans:
        first = dt.datetime.fromisoformat(start[:19])
        last = dt.datetime.fromisoformat(end[:19])
        yearly = last - first > dt.timedelta(days=40)  # a chart of many years counts per year
        month = first.replace(month=1 if yearly else first.month, day=1, hour=0, minute=0, second=0)
        following = month.replace(year=month.year + 1) if yearly else (month + dt.timedelta(days=32)).replace(day=1)
        middle = month + (following - month) / 2
        assert month <= first and last <= following, (start, end)  # within its month (or year)
        assert abs((first + (last - first) / 2) - middle) < dt.timedelta(hours=12), (start, end)  # centred on it
    assert probe.errors == []
