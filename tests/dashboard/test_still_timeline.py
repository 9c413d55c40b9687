"""The timeline drawn for an image (QA9 defect 2): as tall as its lanes, without pointer targets."""
from __future__ import annotations

import numpy as np

from tracker.dashboard.handlers import render_timeline
from tracker.figures import ROW_PX, TimelineMarks, lane_layout, timeline_spec

ONE_LANE = TimelineMarks(
    lanes=["Astana format"], lane=np.array([0, 0]), start=np.array([19_528, 19_530]), end=np.array([19_529, 19_530]),
    kind=np.array(["span", "point"], dtype=object), event_type=np.array(["talk_round", "statement"], dtype=object),
    event_id=np.array(["r20", "s"], dtype=object), hover=np.array(["r", "s"], dtype=object))


def test_a_fitted_timeline_is_as_tall_as_its_lanes():
    window = (19_520, 19_540)
    page = timeline_spec(ONE_LANE, window)
    still = timeline_spec(ONE_LANE, window, fit=True)
    total = lane_layout(ONE_LANE, window).total
    assert page["layout"]["height"] == 430  # the page's least height, most of it empty under one lane
    assert still["layout"]["height"] == int(96 + ROW_PX * total) < 200
    assert still["layout"]["yaxis"]["range"] == [total, 0]  # no room below the last lane


def test_the_image_of_the_page_has_no_pointer_targets_and_no_empty_band(data):
    query = "?q=collective+request&x0=2023-06-01&x1=2023-06-30"
    page, _ = render_timeline(data, query)
    still, _ = render_timeline(data, query, still=True)
    assert any(t.get("meta") == "hit" for t in page["data"])
    assert not any(t.get("meta") == "hit" for t in still["data"])
    assert still["layout"]["height"] < page["layout"]["height"]
