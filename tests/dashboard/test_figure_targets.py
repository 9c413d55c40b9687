"""The timeline's marks as targets for the pointer (QA9 defect 1): each bar carries an invisible marker at its
middle, so a bar a pixel wide is as easy to hover and click as a one-day marker, and wins over a marker beside it."""
from __future__ import annotations

import numpy as np

from tracker.figures import TimelineMarks, timeline_spec
from tracker.marks import DAY_MS, HIT_PX

#: A five-day round and, a day after it ends, a one-day proposal in the same lane; a month-known statement.
MARKS = TimelineMarks(
    lanes=["Astana format"], lane=np.array([0, 0, 0]), start=np.array([19_000, 19_005, 19_030]),
    end=np.array([19_004, 19_005, 19_059]), kind=np.array(["span", "point", "uncertain"], dtype=object),
    event_type=np.array(["talk_round", "proposal", "statement"], dtype=object),
    event_id=np.array(["round", "proposal", "statement"], dtype=object),
    hover=np.array(["<b>Round</b>", "<b>Proposal</b>", "<b>Statement</b>"], dtype=object),
    candidate=np.array([False, False, True]))


def _targets(spec: dict) -> list[dict]:
    return [trace for trace in spec["data"] if trace.get("meta") == "hit"]


def test_every_bar_has_an_invisible_target_at_its_middle_carrying_its_event():
    spec = timeline_spec(MARKS, (18_000, 20_000))  # ~2,000 days: the round is a couple of pixels wide
    targets = _targets(spec)
    assert len(targets) == 1
    target = targets[0]
    assert target["customdata"] == ["round", "statement"]  # the bars, not the one-day marker
    assert target["x"] == [(19_000 + 19_004 + 1) * DAY_MS / 2, (19_030 + 19_059 + 1) * DAY_MS / 2]
    bars = {trace["customdata"][0]: trace for trace in spec["data"] if trace["type"] == "bar"}
    assert target["y"] == [bars["round"]["y"][0], bars["statement"]["y"][0]]
    assert target["hovertext"] == ["<b>Round</b>", "<b>Statement</b>"]
    assert target["hovertemplate"] == ["%{hovertext}<extra></extra>", "%{hovertext}<extra>candidate</extra>"]
    assert target["marker"]["size"] >= HIT_PX >= 11  # at least as wide as a one-day marker
    assert target["marker"]["opacity"] == 0 and target["showlegend"] is False


def test_the_targets_come_after_every_mark_and_only_bars_have_them():
    spec = timeline_spec(MARKS, (18_000, 20_000))
    names = [trace.get("meta") for trace in spec["data"] if trace.get("customdata")]
    assert names[-1] == "hit" and names.count("hit") == 1
    points = TimelineMarks(**{**MARKS.__dict__, "kind": np.array(["point"] * 3, dtype=object)})
    assert _targets(timeline_spec(points, (18_000, 20_000))) == []


def test_the_targets_pass_plotlys_validation():
    from tracker.figures import timeline_figure

    figure = timeline_figure(MARKS, (18_000, 20_000))
    assert [trace.meta for trace in figure.data if trace.meta == "hit"] == ["hit"]


def test_a_still_image_is_drawn_without_targets():
    """The brief's chart (and the timeline's download) is a picture: nothing to point at."""
    assert _targets(timeline_spec(MARKS, (18_000, 20_000), targets=False)) == []
