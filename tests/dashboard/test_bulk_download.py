"""The CSV download reads its rows from SQLite in bulk: the same Tables as `DashboardData.subset`, the same bytes."""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest

from tracker.dashboard.bulk import read_subset
from tracker.dashboard.data import DashboardData
from tracker.dashboard.download import csv_chunks
from tracker.export import export_bytes
from tracker.filters import EventFilter, apply_filter

EVERYTHING = EventFilter(states=("candidate", "confirmed", "rejected"))


def same(bulk, plain):
    for name, frame in plain.items():
        pd.testing.assert_frame_equal(getattr(bulk, name).reset_index(drop=True), frame.reset_index(drop=True), obj=name)


@pytest.mark.parametrize("pick", ["all", "every seventh", "first and last"])
@pytest.mark.parametrize("from_lean", [False, True])
def test_bulk_rows_equal_the_subset_rows(store, data, pick, from_lean):
    positions = np.arange(len(data))
    positions = {"all": positions, "every seventh": positions[::7], "first and last": positions[[0, -1]]}[pick]
    bulk = read_subset(sqlite3.connect(store.location), data.tables, data.rowids[positions],
                       positions if from_lean else None)
    same(bulk, data.subset(data.ids.take(positions)))


def test_text_holding_the_separator_bytes_is_read_the_ordinary_way(store):
    tables = store.load()
    events = tables.events.copy()
    events.loc[0, "summary"] = "a\x00b and \x01"
    store.save(tables.replace(events=events.iloc[:1]))
    data = DashboardData.load(store)
    assert read_subset(sqlite3.connect(store.location), data.tables, data.rowids) is None
    everything = store.load()
    expected = export_bytes("csv", everything, apply_filter(everything, EVERYTHING))
    assert b"".join(csv_chunks(data, EVERYTHING, chunk=7)) == expected


@pytest.mark.parametrize("chunk", [1, 5, 50_000])
def test_the_download_in_chunks_is_the_export(store, data, chunk):
    everything = store.load()
    expected = export_bytes("csv", everything, apply_filter(everything, EVERYTHING))
    assert b"".join(csv_chunks(data, EVERYTHING, chunk=chunk)) == expected
