"""An event dated to a month or a year is the whole period: with no end date it was taken for its first day, so
"from 20 March" missed an event of March (QA of the page: the form accepted it, the filters, the CSV and `tracker
list` gave nothing). Every write gives it the period's last day; migration 0008 mends stored ones."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.conftest import BACKENDS, open_backend
from tracker.api import event_filter
from tracker.filters import apply_filter
from tracker.store import open_store

HEADER = "event_id,title,event_type,status,start_date,end_date,date_precision,sources\n"
SOURCE = "TASS | 2024-03-30 | t | https://tass.com/{n}"


def _import(run_cli, db: str, tmp_path, *rows: str):
    path = tmp_path / "rows.csv"
    path.write_text(HEADER + "".join(f"{row},{SOURCE.format(n=n)}\n" for n, row in enumerate(rows)), encoding="utf-8")
    return run_cli("import", "--db", db, str(path))


def test_a_month_or_a_year_without_an_end_is_the_whole_period(run_cli, tmp_path):
    db = str(tmp_path / "t.db")
    result = _import(run_cli, db, tmp_path, "m-1,March talks,meeting,held,2024-03-01,,month",
                     "m-2,Typed as a month,meeting,held,2024-03,,", "y-1,Typed as a year,meeting,held,2024,,",
                     "d-1,A day,meeting,held,2024-03-01,,day")
    assert result.exit_code == 0, result.output
    events = open_store(db).load().events.set_index("event_id")
    assert events.loc["m-1", "end_date"] == dt.datetime(2024, 3, 31)
    assert (events.loc["m-2", "start_date"], events.loc["m-2", "end_date"], events.loc["m-2", "date_precision"]) == \
        (dt.datetime(2024, 3, 1), dt.datetime(2024, 3, 31), "month")
    assert (events.loc["y-1", "end_date"], events.loc["y-1", "date_precision"]) == (dt.datetime(2024, 12, 31), "year")
    assert pd.isna(events.loc["d-1", "end_date"])  # a day keeps no end
    listed = run_cli("list", "--db", db, "--from", "2024-03-20", "--to", "2024-03-31").output
    assert "m-1" in listed and "m-2" in listed and "y-1" in listed and "d-1" not in listed


def test_a_date_that_is_no_iso_day_says_so_without_python_words(run_cli, tmp_path):
    result = _import(run_cli, str(tmp_path / "t.db"), tmp_path, "x-1,Bad,meeting,held,2024-3-x,,")
    assert result.exit_code == 1
    assert "column 'start_date': error: '2024-3-x' is not a YYYY-MM-DD date" in result.output
    assert "isoformat" not in result.output
    bad_month = _import(run_cli, str(tmp_path / "t.db"), tmp_path, "x-1,Bad,meeting,held,2024-13-01,,")
    assert "month must be in 1..12" in bad_month.output  # a reason a reader can act on is kept


@pytest.mark.parametrize("backend", BACKENDS)
def test_stored_months_without_an_end_are_mended_by_the_migration(backend, tmp_path, mini):
    store = open_backend(backend, tmp_path)
    store.save(mini)
    cursor = store.conn.cursor()
    cursor.execute("UPDATE events SET date_precision = 'month', end_date = NULL WHERE event_id = 'r20'")
    cursor.execute("DELETE FROM migrations WHERE name = '0008_period_ends'")
    store.conn.commit()
    start = store.load().events.set_index("event_id").loc["r20", "start_date"]
    assert store.migrate() == ["0008_period_ends"]
    events = store.load()
    mended = events.events.set_index("event_id").loc["r20", "end_date"]
    last = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert mended == last
    late_in_month = event_filter(since=(last - dt.timedelta(days=2)).date().isoformat(), state="any")
    assert "r20" in set(apply_filter(events, late_in_month)["event_id"])
    store.close()
