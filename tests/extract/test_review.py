"""Review actions are pure functions over Tables; they never delete."""
from __future__ import annotations

import pytest

from tracker.extract.review import ReviewError, accept, candidates, edit, merge, reject


def test_pure_and_checked(shipped) -> None:
    event_id = "kaz-statement-2023-06-22"
    changes = reject(shipped, event_id)
    assert changes.events["review_state"].astype(str).tolist() == ["rejected"]
    assert len(changes.quotes) == len(shipped.quotes[shipped.quotes["event_id"] == event_id])
    assert shipped.events.set_index("event_id").loc[event_id, "review_state"] == "confirmed"  # input untouched
    assert accept(shipped, event_id).events["review_state"].astype(str).tolist() == ["confirmed"]
    assert candidates(shipped).empty
    with pytest.raises(ReviewError, match="unknown event type"):
        edit(shipped, event_id, {"event_type": "party"})
    with pytest.raises(ReviewError, match="end_date.*before start"):
        edit(shipped, event_id, {"end_date": "2020-01-01"})
    with pytest.raises(ReviewError, match="cannot be edited"):
        edit(shipped, event_id, {"event_id": "x"})
    with pytest.raises(ReviewError, match="into itself"):
        merge(shipped, event_id, event_id)


def test_merge_moves_children_and_links(shipped) -> None:
    changes = merge(shipped, "kaz-statement-2023-06-22", "kaz-proposal-2023-06-21")
    moved = dict(zip(changes.sources["source_id"], changes.sources["event_id"]))
    # the Interfax story the target cites already stays with the candidate; the other source moves
    assert moved == {"kaz-statement-2023-06-22:s1": "kaz-statement-2023-06-22",
                     "kaz-statement-2023-06-22:s2": "kaz-proposal-2023-06-21"}
    assert changes.event_links[["from_event_id", "to_event_id"]].values.tolist()[-1] == [
        "kaz-statement-2023-06-22", "kaz-proposal-2023-06-21"]
