"""A large save is written in batches inside its one transaction: the same rows, and nothing stored on an error."""
import sqlite3

import pandas as pd
import pytest

from tracker.frames import coerce
from tracker.store import base



@pytest.mark.parametrize("size", [1, 7, 100_000])
def test_batches_hold_the_rows_frame_rows_makes(shipped, size):
    for table, frame in shipped.items():
        frame = coerce(table, frame)
        batched = [row for batch in base.frame_row_batches(table, frame, size) for row in batch]
        assert batched == base.frame_rows(table, frame), table


def test_an_error_in_a_late_batch_leaves_the_store_unchanged(store, shipped, monkeypatch, fingerprint):
    monkeypatch.setattr(base, "SAVE_BATCH", 10)
    before = fingerprint(store)
    events = shipped.events.copy()
    events["event_id"] = "copy-" + events["event_id"].astype(str)
    links = pd.DataFrame({"event_id": events["event_id"], "actor_id": "kaz", "role": "participant"})
    links.loc[len(links) - 1, "event_id"] = "no-such-event"  # the last batch breaks a foreign key
    with pytest.raises(sqlite3.IntegrityError):
        store.save(shipped.replace(events=events, event_actors=links, sources=shipped.sources.iloc[:0],
                                   quotes=shipped.quotes.iloc[:0], event_links=shipped.event_links.iloc[:0]))
    assert fingerprint(store) == before
