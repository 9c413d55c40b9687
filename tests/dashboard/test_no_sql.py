"""The shell never speaks SQL: the dashboard asks the Store (tracker.store.serving) for what it needs."""
from __future__ import annotations

import re
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parents[2] / "tracker" / "dashboard"
#: What talking to a database directly looks like in Python.
SQL = re.compile(r"\.conn\b|\.execute(many)?\(|\bimport sqlite3\b|\bimport psycopg\b|\bSELECT\s+\w|\bINSERT\s+INTO\b")


def test_no_module_of_the_dashboard_speaks_sql():
    found = [f"{path.relative_to(DASHBOARD)}:{number}: {line.strip()}"
             for path in sorted(DASHBOARD.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if SQL.search(line)]
    assert found == []
