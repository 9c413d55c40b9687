"""The events table's server side: natural sorting, pages, page sizes and the pager, over the shipped data."""
from __future__ import annotations

import numpy as np
import pytest
from dash import no_update

from tracker.dashboard import handlers, ids, table
from tracker.dashboard.state import parse_state
from tracker.dashboard.table import LAST, PAGE_SIZES, TableView, natural_key, next_page, page_size_of, sort_of, table_page


def _mask(data, search: str = "") -> np.ndarray:
    return data.mask(parse_state(search)[0].filter)


def _all_rows(data, search: str, sort: list) -> list[dict]:
    rows, *_ = table_page(data, _mask(data, search), 0, 100, sort)
    return rows


@pytest.mark.parametrize("earlier, later", [
    ("2nd International Meeting", "10th International Meeting"),
    ("round 9", "round 10"),
    ("Round 2", "round 10"),  # casefolded
    ("session 02", "session 3"),  # leading zeros count for nothing
    ("Geneva II", "Geneva III"),
    ("a", "a1"),
])
def test_natural_key_orders_numbers_by_value(earlier, later):
    assert natural_key(earlier) < natural_key(later)
    assert sorted([later, earlier], key=natural_key) == [earlier, later]


def test_titles_sort_naturally_both_ways(data):
    titles = [r["title"] for r in _all_rows(data, "?q=International+Meeting", [{"colId": "title", "sort": "asc"}])]
    meetings = [t for t in titles if t.endswith("International Meeting on Syria in the Astana format")]
    assert meetings[:3] == [f"{n} International Meeting on Syria in the Astana format" for n in ("1st", "2nd", "3rd")]
    assert meetings.index("2nd International Meeting on Syria in the Astana format") < \
        meetings.index("10th International Meeting on Syria in the Astana format")
    backwards = [r["title"] for r in _all_rows(data, "?q=International+Meeting", [{"colId": "title", "sort": "desc"}])]
    assert backwards == titles[::-1]


@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_missing_rounds_and_processes_stay_last_either_way(data, direction):
    rounds = [r["round"] for r in _all_rows(data, "", [{"colId": "round", "sort": direction}])]
    present = [r for r in rounds if r != ""]
    assert rounds[len(present):] == [""] * (len(rounds) - len(present)) and len(present) < len(rounds)
    assert present == sorted(present, reverse=direction == "desc")  # numbers: 9 before 10
    processes = [r["process"] for r in _all_rows(data, "", [{"colId": "process", "sort": direction}])]
    named = [p for p in processes if p]
    assert processes[len(named):] == [""] * (len(processes) - len(named))


def test_the_process_column_sorts_rounds_by_number_within_a_process(data):
    rows = _all_rows(data, "?process=Astana+format", [{"colId": "process", "sort": "asc"}])
    rounds = [r["round"] for r in rows if r["round"] != ""]
    assert rounds == sorted(rounds) and 9 in rounds and 10 in rounds
    assert rows[0]["stage"] == "Astana format, round 1"


def test_dates_sort_by_day(data):
    rows = _all_rows(data, "", [{"colId": "date", "sort": "desc"}])
    positions = [data.position_of(r["id"]) for r in rows]
    days = data.start_days[positions]
    assert list(days) == sorted(days, reverse=True)


def test_pages_cover_every_event_once_and_clamp(data):
    mask = _mask(data)
    total = int(mask.sum())
    seen, page, pages = [], 0, None
    while pages is None or page < pages:
        rows, shown, pages, count, _ = table_page(data, mask, page, 25, [])
        assert shown == page and count == total and len(rows) <= 25
        seen += [r["id"] for r in rows]
        page += 1
    assert len(seen) == len(set(seen)) == total and pages == -(-total // 25)
    assert table_page(data, mask, 10_000, 25, [])[1] == pages - 1  # past the end: the last page
    assert table_page(data, mask, -3, 25, [])[1] == 0


@pytest.mark.parametrize("asked, size", [(12, 12), (25, 25), (100, 100), ("50", 50), (1_000_000, 12), (0, 12), (-5, 12),
                                         (None, 12), ("lots", 12)])
def test_page_size_is_one_of_those_offered(data, asked, size):
    assert page_size_of(asked) == size
    rows, *_ = table_page(data, _mask(data), 0, asked, [])
    assert len(rows) == min(size, int(_mask(data).sum()))


def test_title_sort_gives_way_on_huge_sets(data, monkeypatch):
    monkeypatch.setattr(table, "TITLE_SORT_LIMIT", 10)
    rows, _, _, _, note = table_page(data, _mask(data), 0, 12, [{"colId": "title", "sort": "asc"}])
    assert "narrow the filters" in note and rows[0]["date"] == "30 Jun 2012"  # date order kept


def test_sort_comes_from_the_grid_column_state():
    state = [{"colId": "date", "sort": None, "width": 100}, {"colId": "status", "sort": "desc", "sortIndex": 1},
             {"colId": "title", "sort": "asc", "sortIndex": 0}, {"colId": "bogus", "sort": "asc"}]
    assert sort_of(state) == [{"colId": "title", "sort": "asc"}, {"colId": "status", "sort": "desc"}]
    assert sort_of(None) == []


def test_the_pager_moves_and_a_new_filter_or_sort_starts_again():
    shown = TableView(key="actor=Kazakhstan", version=1, sort=[], size=12, page=3, pages=8, count=96)
    assert next_page(shown, shown.key, [], 12, "next") == 4
    assert next_page(shown, shown.key, [], 12, "previous") == 2
    assert next_page(shown, shown.key, [], 12, "first") == 0
    assert next_page(shown, shown.key, [], 12, "last") == LAST  # clamped to the data's own last page when drawn
    assert next_page(shown, "actor=Iran", [], 12, "next") == 0
    assert next_page(shown, shown.key, [{"colId": "title", "sort": "asc"}], 12, None) == 0
    assert next_page(shown, shown.key, [], 50, None) == 0  # row 37 is on the first page of 50
    assert next_page(shown, shown.key, [], 12, None) == 3  # new data or a selected event: the same page
    assert TableView.of(shown.stored()) == shown and TableView.of(None) == TableView()
    assert shown.info() == "Rows 37–48 of 96 · page 4 of 8" and TableView(count=0).info() == "No rows"


def test_last_goes_to_the_last_page_of_the_data_not_of_the_view_shown_before(data):
    """After a Save that added a page, "Last" went to the last page the view knew (before the edit), without the new
    event (a browser test saw it on a busy machine)."""
    first = handlers.render_table(data, "", None, None, 12, [], None)
    stale = {**first[3], "pages": first[3]["pages"] - 1, "count": first[3]["count"] - 12, "version": data.version - 1}
    rows, info, *_ = handlers.render_table(data, "", ids.TABLE_LAST, None, 12, [], stale)
    pages = -(-first[3]["count"] // 12)
    assert info.endswith(f"page {pages} of {pages}"), info


def test_selecting_an_event_redraws_only_the_row_mark(data):
    first = handlers.render_table(data, "?process=Astana+format", None, None, 12, [], None)
    view = first[3]
    again = handlers.render_table(data, "?process=Astana+format&event=astana-20", ids.URL, None, 12, [], view)
    assert again[:4] == (no_update,) * 4 and "astana-20" in again[4]["selected-event"]
    moved = handlers.render_table(data, "?process=Astana+format", ids.TABLE_NEXT, None, 12, [], view)
    assert moved[3]["page"] == 1 and moved[1].startswith("Rows 13–24") and moved[5:] == ("false", "false", "false", "false")
    back = handlers.render_table(data, "?process=Astana+format", ids.TABLE_PAGE, 0, 12, [], moved[3])
    assert back[3]["page"] == 0
    assert all(size in PAGE_SIZES for size in (12, 25, 50, 100))
