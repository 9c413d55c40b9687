"""Reading the timeline in real Chromium (issue 9, defect 8): stacked overlaps, lane names on hover, the key,
the date axis at the top of tall views, and the rollup of ministries and officials into their state."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from plotly.offline import get_plotlyjs_version

#: The y of each event's mark in the drawn figure, from Plotly's own data of the page.
MARK_Y = """() => { const gd = document.querySelector('#timeline .js-plotly-plot'); const y = {};
    gd._fullData.forEach(t => (t.customdata || []).forEach((id, i) => { y[id] = t.y[i]; })); return y; }"""


def test_month_long_spans_of_2017_are_in_distinct_sub_rows(probe):
    """July 2017: the working group agreement and the next-round announcement are both known only to the month;
    drawn over the same days of one lane they used to cover each other."""
    probe.open("?x0=2017-01-01&x1=2017-12-31")
    y = probe.page.evaluate(MARK_Y)
    july = ["astana-05-next-round", "astana-05-working-group", "astana-05"]
    assert len({y[e] for e in july}) == 3, y
    december = ["astana-08-demining-statement", "astana-08-detainees-working-group", "astana-08-sochi-congress-dates"]
    assert len({y[e] for e in december}) == 3, y
    assert probe.errors == []


def test_hovering_a_cut_lane_label_shows_the_whole_name(probe):
    probe.open("?group=actor")
    label = probe.page.locator("#timeline .annotation", has_text="MFA (Kazakhstan)")
    assert label.count() == 1, "a short form that says which state's ministry it is"
    label.scroll_into_view_if_needed()
    label.hover()
    probe.page.wait_for_function("() => document.querySelector('#timeline .hoverlayer').textContent"
                                 ".includes('Ministry of Foreign Affairs of Kazakhstan')")
    assert probe.errors == []


def test_the_key_explains_the_marks(probe):
    probe.open("")
    key = probe.page.locator(".timeline-key")
    assert key.is_visible()
    text = key.inner_text()
    for words in ("one day", "several days", "hatched", "scheduled", "postponed", "cancelled", "candidate",
                  "selected", "round number", "today"):
        assert words in text, words
    # The page runs the partial plotly.js it serves (assets/vendor), of the version the Python figures are made for,
    # and that bundle draws every trace of the timeline, the overview and the activity chart.
    bundle = probe.plotly_bundle()
    assert bundle["version"] == get_plotlyjs_version(), bundle
    assert bundle["scripts"] == ["/assets/vendor/plotly-cartesian.min.js"], "the full plotly.min.js was fetched too"
    assert bundle["graphs"] == 3 and bundle["undrawn"] == [], bundle


def test_a_tall_actor_view_has_the_date_axis_at_the_top_too(probe):
    probe.open("?group=actor")
    assert probe.page.locator("#timeline .x2tick").count() > 0
    top = probe.page.locator("#timeline .x2tick").first.bounding_box()["y"]
    bottom = probe.page.locator("#timeline .xtick").first.bounding_box()["y"]
    assert top < bottom - 400
    for query in ("?group=actor", "?group=actor&x0=2019-01-01&x1=2019-12-31"):
        if query != "?group=actor":
            probe.open(query)
        # the same dates on both axes (an overlaying axis synced its ticks to the other's positions: 2015, 2017 at
        # the top over 2016, 2018 at the bottom)
        labels = probe.page.evaluate("(c) => [...document.querySelectorAll('#timeline .' + c + ' text')]"
                                     ".map(t => t.textContent)", "xtick")
        top = probe.page.evaluate("(c) => [...document.querySelectorAll('#timeline .' + c + ' text')]"
                                  ".map(t => t.textContent)", "x2tick")
        assert top and top == labels, (query, top, labels)
    probe.open("?group=type&x0=2023-06-01&x1=2023-06-30")
    assert probe.page.locator("#timeline .x2tick").count() == 0, "a short view needs no second axis"


def test_the_rollup_checkbox_puts_ministries_in_their_states_lane(probe):
    probe.open("?group=actor")
    box = probe.page.locator("#rollup input[value=state]")
    assert box.is_visible()
    box.check()
    probe.page.wait_for_function("() => new URLSearchParams(location.search).get('rollup') === 'state'")
    probe.settle()
    labels = probe.page.evaluate("() => [...document.querySelectorAll('#timeline .annotation')].map(a => a.textContent)")
    assert "Kazakhstan" in labels and not any("(Kazakhstan)" in label for label in labels)
    assert parse_qs(urlparse(probe.page.url).query)["group"] == ["actor"]
    probe.page.locator("#group-by input[value=process]").check()
    probe.settle()
    assert not probe.page.locator("#rollup").is_visible(), "only offered when grouping by actor"


def test_the_ring_round_the_last_event_is_whole_when_the_detail_panel_narrows_the_plot(probe):
    """The x range ended 2% past the last event: with the detail panel open (a plot some 400 px wide at 1280 px)
    the ring round the selected last event was cut in half at the plot's edge (exploratory session)."""
    probe.open("?process=Astana+format&from=2023&event=doha-fm-2024")
    boxes = probe.page.evaluate("""() => {
        const plot = document.querySelector('#timeline .nsewdrag').getBoundingClientRect();
        const traces = [...document.querySelectorAll('#timeline .scatterlayer .trace')];
        const ring = traces[traces.length - 1].querySelector('.point').getBoundingClientRect();
        return [[plot.left, plot.right], [ring.left, ring.right]];
    }""")
    (left, right), (ring_left, ring_right) = boxes
    assert right - left < 600, "the detail panel is open beside a narrowed plot"
    assert left <= ring_left and ring_right <= right, boxes
    assert probe.errors == []
