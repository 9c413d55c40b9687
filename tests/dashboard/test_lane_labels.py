"""Lane labels (QA9 defect 4): a long name takes two lines where its lane is tall enough, instead of being cut
to 30 characters ("Kassym-Jomart Tokayev (Kazakh…" at 1280 px, grouped by actor)."""
from __future__ import annotations

import numpy as np
import pytest

from tracker.figures import LABEL_LINE_CHARS, TimelineBins, TimelineMarks, lane_label, timeline_spec


@pytest.mark.parametrize("label, expected", [
    ("Kazakhstan", "Kazakhstan"),
    ("Syrian Negotiation Commission", "Syrian Negotiation Commission"),  # 29: one line, as before
    ("Kassym-Jomart Tokayev (Kazakhstan)", "Kassym-Jomart Tokayev<br>(Kazakhstan)"),
    ("Syrian Constitutional Committee", "Syrian Constitutional<br>Committee"),
    ("UN Office of the Special Envoy for Syria", "UN Office of the Special Envoy<br>for Syria"),
    ("A & B <talks> on the long-running question of X", "A &amp; B &lt;talks&gt; on the<br>long-running question of X"),
])
def test_a_long_lane_name_is_wrapped_whole_onto_two_lines(label, expected):
    assert lane_label(label) == expected


def test_a_name_longer_than_two_lines_is_cut_on_the_second_and_one_line_when_asked():
    long = "Working Group on the Release of Detainees and Abductees, Handover of Bodies and Missing Persons"
    first, second = lane_label(long).split("<br>")
    assert long.startswith(first) and second.endswith("…") and len(second) == LABEL_LINE_CHARS
    assert lane_label("Kassym-Jomart Tokayev (Kazakhstan)", lines=1) == "Kassym-Jomart Tokayev (Kazakh…"


def _marks(lanes: list[str]) -> TimelineMarks:
    n = len(lanes)
    return TimelineMarks(lanes=lanes, lane=np.arange(n), start=np.full(n, 19_000), end=np.full(n, 19_000),
                         kind=np.array(["point"] * n, dtype=object), event_type=np.array(["meeting"] * n, dtype=object),
                         event_id=np.array([f"e{i}" for i in range(n)], dtype=object),
                         hover=np.array(["x"] * n, dtype=object))


def test_the_timeline_shows_each_lane_name_whole_right_aligned_with_the_whole_name_on_hover():
    lanes = ["Kassym-Jomart Tokayev (Kazakhstan)", "Syria", "UN Office of the Special Envoy for Syria"]
    spec = timeline_spec(_marks(lanes), (18_990, 19_010))
    labels = [a for a in spec["layout"]["annotations"] if a["name"] == "lane label"]
    assert [a["text"].replace("<br>", " ") for a in labels] == lanes
    assert all(a["align"] == "right" and a["xanchor"] == "right" for a in labels)
    assert [a["hovertext"] for a in labels] == lanes


def test_thin_lanes_keep_one_line_per_label():
    """Beyond the tallest figure, sub-rows get thinner: two-line labels would run into each other."""
    lanes = [f"Kassym-Jomart Tokayev (Kazakhstan) {i}" for i in range(200)]
    spec = timeline_spec(_marks(lanes), (18_990, 19_010))
    labels = [a["text"] for a in spec["layout"]["annotations"] if a["name"] == "lane label"]
    assert all("<br>" not in text and text.endswith("…") for text in labels)


def test_the_heatmap_of_many_events_wraps_its_lane_names_too():
    lanes = ["Kassym-Jomart Tokayev (Kazakhstan)", "Syria"]
    bins = TimelineBins(lanes=lanes, edges=np.array([0, 10, 20]), counts=np.array([[3, 0], [1, 2]]), unit="day", total=6)
    spec = timeline_spec(bins, (0, 19))
    assert spec["data"][0]["y"] == ["Kassym-Jomart Tokayev<br>(Kazakhstan)", "Syria"]
