"""Fixtures for the dashboard's unit tests: the lean data over a real SQLite store of the shipped data."""
from __future__ import annotations

import pytest

from tracker.dashboard.data import DashboardData


@pytest.fixture()
def data(store) -> DashboardData:
    """The dashboard's copy of the shipped chronology, read from a real SQLite store."""
    return DashboardData.load(store)
