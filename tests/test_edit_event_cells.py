"""The review form's edit of event cells: checked as an import checks them (as with the child cells too), every
child row kept as stored."""
from __future__ import annotations

import pandas as pd
import pytest

from tracker.edits import EditRefused, edited
from tracker.extract.review import _with_children

EVENT = "kaz-statement-2023-06-22"  # actors, sources, quotes and an outgoing link


def _current(tables):
    return _with_children(tables, tables.events[tables.events["event_id"] == EVENT])


@pytest.mark.parametrize("values", [
    {"summary": "A new summary."},
    {"title": "Kazakhstan's statement, retitled", "tags": "exit; Astana"},
    {"venue": "Geneva", "venue_country": "CHE"},
    {"start_date": "2023-06-23", "date_precision": "day"},
    {"process": "Astana format", "round_number": "21"},
    {"process": "A process nobody has named before"},
])
def test_an_edit_of_event_cells_changes_them_and_keeps_every_child_row(shipped, values):
    current = _current(shipped)
    revised, _ = edited(shipped, current, values, exists=lambda ids: set(ids), only_edited=True)
    for table in ("event_actors", "sources", "quotes", "event_links"):
        pd.testing.assert_frame_equal(getattr(revised, table).reset_index(drop=True),
                                      getattr(current, table).reset_index(drop=True))
    full, _ = edited(shipped, current, values, exists=lambda ids: set(ids))  # checked with its child cells too
    pd.testing.assert_frame_equal(revised.events.drop(columns="updated_at"), full.events.drop(columns="updated_at"))
    pd.testing.assert_frame_equal(revised.processes, full.processes)
    before = current.events.reset_index(drop=True)
    changed = [c for c in revised.events.columns if not revised.events[c].equals(before[c])]
    assert set(changed) - {"updated_at"} <= set(values)
    assert str(revised.events[next(iter(values))].iloc[0]) != str(current.events[next(iter(values))].iloc[0]) \
        or next(iter(values)) == "process"  # (the event is of the Astana format already)


@pytest.mark.parametrize("values, field", [({"title": ""}, "title"), ({"round_number": "two"}, "round_number"),
                                           ({"venue_country": "zz"}, "venue_country"),
                                           ({"start_date": "2023-13-40"}, "start_date")])
def test_an_edit_of_event_cells_is_refused_as_an_import_would_refuse_it(shipped, values, field):
    with pytest.raises(EditRefused) as refused:
        edited(shipped, _current(shipped), values, exists=lambda ids: set(ids), only_edited=True)
    assert {p.column for p in refused.value.problems} == {field}
