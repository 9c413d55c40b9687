"""A link named by an event's title (ux25): "follows: Round 4 of the Caucasus talks" was refused as naming no event
although one has that title. The title says "Round 4", so it was read as a round only: round 4 of a process named
with "caucasus", which none is, and the title was never tried. A title is tried when no round fits."""
from __future__ import annotations

import pandas as pd

from tracker.event_refs import event_refs


def _events(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["event_id", "title", "process", "round_number", "start_date"])
    frame["round_number"] = frame["round_number"].astype("Int64")
    frame["start_date"] = pd.to_datetime(frame["start_date"])
    return frame


EVENTS = _events([
    ("geneva-iv", "Geneva IV: intra-Syrian talks", "Geneva process", 4, "2017-02-23"),
    ("cauc-r4", "Round 4 of the Caucasus talks", "Geneva process", None, "2024-05-14"),
    ("astana-20", "20th International Meeting on Syria in the Astana format", "Astana format", 20, "2023-06-20"),
])


def test_a_title_that_says_round_names_its_event_when_no_round_fits():
    assert event_refs(EVENTS, "Round 4 of the Caucasus talks") == ["cauc-r4"]
    assert event_refs(EVENTS, "round 4 of the caucasus talks ") == ["cauc-r4"]


def test_a_round_that_fits_is_still_read_first():
    assert event_refs(EVENTS, "Geneva round 4") == ["geneva-iv"]
    assert event_refs(EVENTS, "round 20") == ["astana-20"]
    assert event_refs(EVENTS, "Round 9 of nothing") == []
