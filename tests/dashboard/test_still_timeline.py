"""The timeline drawn for an image (QA9 defect 2): as tall as its lanes, without pointer targets."""
from __future__ import annotations

import numpy as np

from tracker.dashboard.handlers import render_timeline
from tracker.figures import LEAST_PX, MAX_ROW_PX, ROW_PX, TOP_ROOM, TimelineMarks, lane_layout, timeline_spec

ONE_LANE = TimelineMarks(
    lanes=["Astana format"], lane=np.array([0, 0]), start=np.array([19_528, 19_530]), end=np.array([19_529, 19_530]),
    kind=np.array(["span", "point"], dtype=object), event_type=np.array(["talk_round", "statement"], dtype=object),
    event_id=np.array(["r20", "s"], dtype=object), hover=np.array(["r", "s"], dtype=object))


def test_a_fitted_timeline_is_as_tall_as_its_lanes():
    window = (19_520, 19_540)
    page = timeline_spec(ONE_LANE, window)
    still = timeline_spec(ONE_LANE, window, fit=True)
    total = lane_layout(ONE_LANE, window).total
    # the page's rows grow to MAX_ROW_PX for a few lanes, at least LEAST_PX (430 px left most of it empty, QA15 LOW)
    assert page["layout"]["height"] == max(int(96 + MAX_ROW_PX * total), LEAST_PX) < 430
    assert still["layout"]["height"] == int(96 + ROW_PX * total) < 200
    assert still["layout"]["yaxis"]["range"] == [total, 0]  # no room below the last lane


def test_the_image_of_the_page_has_no_pointer_targets_and_no_empty_band(data):
    query = "?q=collective+request&x0=2023-06-01&x1=2023-06-30"
    page, _ = render_timeline(data, query)
    still, _ = render_timeline(data, query, still=True)
    assert any(t.get("meta") == "hit" for t in page["data"])
    assert not any(t.get("meta") == "hit" for t in still["data"])
    assert still["layout"]["height"] < page["layout"]["height"]


def test_a_few_lanes_make_a_figure_as_tall_as_they_need_and_many_keep_theirs():
    """QA15 LOW: a filter that left one or two lanes kept 430 px, most of it empty under them."""
    window = (19_520, 19_540)
    for lanes in (1, 2, 3, 4):
        content = TimelineMarks(
            lanes=[f"lane {i}" for i in range(lanes)], lane=np.arange(lanes), start=np.full(lanes, 19_528),
            end=np.full(lanes, 19_529), kind=np.array(["span"] * lanes, dtype=object),
            event_type=np.array(["talk_round"] * lanes, dtype=object),
            event_id=np.array([f"e{i}" for i in range(lanes)], dtype=object), hover=np.array(["h"] * lanes, dtype=object))
        layout = timeline_spec(content, window)["layout"]
        total = lane_layout(content, window).total
        assert LEAST_PX <= layout["height"] <= max(int(96 + MAX_ROW_PX * total), LEAST_PX), lanes
        assert layout["yaxis"]["range"] == [total, 0], lanes  # the lanes fill the plot: nothing under them
    many = timeline_spec(marks_in_lanes(30), window)["layout"]
    assert many["height"] == int(96 + ROW_PX * (lane_layout(marks_in_lanes(30), window).total + TOP_ROOM))  # as before


def marks_in_lanes(n: int) -> TimelineMarks:
    return TimelineMarks(lanes=[f"lane {i}" for i in range(n)], lane=np.arange(n), start=np.full(n, 19_528),
                         end=np.full(n, 19_529), kind=np.array(["span"] * n, dtype=object),
                         event_type=np.array(["talk_round"] * n, dtype=object),
                         event_id=np.array([f"e{i}" for i in range(n)], dtype=object), hover=np.array(["h"] * n, dtype=object))
