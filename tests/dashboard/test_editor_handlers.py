"""The form's handlers as plain functions: inputs -> form, refusals by field, conflicts, rows, links, history."""
from __future__ import annotations

import datetime as dt

import pytest

from dash import no_update

from tracker.dashboard import ids
from tracker.dashboard.detail import detail_panel
from tracker.dashboard.editor import handlers, layout
from tracker.dashboard.editor.callbacks import edit_rows
from tracker.dashboard.editor.form import record_to_form
from tracker.dashboard.editor.history_list import history_panel
from tracker.dashboard.editor.links import link_search_options
from tracker.dashboard.editor.records import change_rows, record_values
from tracker.dashboard.live import LiveData
from tracker.problems import Problem
from tracker.store.history import Change, EditConflict, EditRefused, make_records

EVENT_ROW = ("e1", "Talks in Astana", "talk_round", "held", "2023-06-20", None, "day", "Astana format", 20, "Astana",
             "KAZ", "Guarantors met.", "syria", "confirmed", None, None, "2024-01-01", "2024-01-01")


def _record(version: int = 1, **event) -> dict:
    from tracker.store.history import EVENT_COLUMNS

    row = dict(zip(EVENT_COLUMNS, EVENT_ROW)) | event
    records = make_records([(*[row[c] for c in EVENT_COLUMNS], version)], {
        "actors": [("e1", "rus", "guarantor")],
        "sources": [("e1", "e1:s1", "TASS", "Talks end", "https://tass.com/1", "2023-06-21")],
        "quotes": [("e1", "e1:q1", "e1:s1", "Lavrentiev", "We agreed.")],
        "links": [],
    })
    return records["e1"]


def _texts(component) -> str:
    """All the text of a component tree."""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, (list, tuple)):
        return " ".join(_texts(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else _texts(children)


def _actors():
    import pandas as pd

    return pd.DataFrame({"actor_id": ["rus"], "name": ["Russia"], "kind": ["state"]})


def test_record_values_are_the_export_cells():
    values = record_values(_record(), _actors())
    assert values["title"] == "Talks in Astana" and values["round_number"] == "20"
    assert values["actors"] == "Russia [guarantor]"
    assert values["sources"] == "TASS | 2023-06-21 | Talks end | https://tass.com/1"
    assert values["quotes"] == '[1] Lavrentiev: "We agreed."'
    assert record_values(None, _actors()) == {}


def test_form_from_inputs_zips_each_groups_parts_into_rows():
    scalars = ["", "A title", "meeting", None, *[""] * (len(handlers.FIELDS) - 4)]
    form = handlers.form_from_inputs(scalars, {"actors": [["Russia", "Kazakhstan"], ["guarantor", None]],
                                               "links": [["follows"], [None]]})
    assert form["title"] == "A title" and form["status"] == ""
    assert form["actors"] == [{"name": "Russia", "role": "guarantor"}, {"name": "Kazakhstan", "role": ""}]
    assert form["links"] == [{"link_type": "follows", "event_id": ""}]
    assert form["sources"] == [] and form["quotes"] == []


def test_a_refusal_puts_each_problem_next_to_its_field_and_keeps_the_input():
    exc = EditRefused([Problem("edit", None, "start_date, end_date", "end 2023-01-01 is before start 2023-02-01"),
                       Problem("edit", None, "event_type", "unknown event type 'x'"),
                       Problem("edit", None, "actors", "a warning", "warning")])
    problems = handlers.problems_of(exc)
    assert set(problems) == {"start_date", "end_date", "event_type"}
    outcome = handlers.refused(problems)
    errors = dict(zip(handlers.ERROR_FIELDS, outcome.errors))
    assert "before start" in errors["start_date"] and "before start" in errors["end_date"]
    assert "unknown event type" in errors["event_type"] and errors["title"] == ""
    assert outcome.scalars == [no_update] * len(handlers.FIELDS) and outcome.hidden is no_update
    assert outcome.rows == [no_update] * 4 and outcome.version is no_update
    assert "Start date" in outcome.message


def test_a_conflict_shows_who_when_and_their_values_against_mine(data):
    actors = _actors()
    base = record_values(_record(1), actors)
    current = _record(2, status="postponed", venue="Geneva")
    change = Change(7, "e1", 2, "edit", "alice", dt.datetime(2026, 12, 4, 13, 5, tzinfo=dt.timezone.utc), _record(1), current)
    mine = base | {"status": "cancelled", "summary": "Mine."}
    opened = {"event_id": "e1", "version": 1, "base": base}
    lines, going_on = handlers.conflict_view(EditConflict("e1", 1, current, change), opened, mine, actors)
    text = _texts(lines)
    assert "changed by alice at 2026-12-04 13:05 UTC" in text and "now version 2" in text
    assert "postponed" in text and "cancelled" in text and "Geneva" in text
    assert "Mine." not in text  # a field only I changed is no conflict
    assert going_on["conflict"]["version"] == 2 and going_on["version"] == 1
    form = handlers.form_from_inputs([mine.get(f, "") for f in handlers.FIELDS], {})
    form.update({group: record_to_form(mine)[group] for group in ("actors", "sources", "quotes", "links")})
    kept = handlers.keep_mine(LiveData(None, data), going_on, form)
    assert kept.opened["version"] == 2 and kept.opened["base"]["status"] == "postponed"
    scalars = dict(zip(handlers.FIELDS, kept.scalars))
    assert scalars["status"] == "cancelled"  # both changed it: mine stays
    assert scalars["venue"] == "Geneva"  # only they changed it: theirs is taken in
    assert scalars["summary"] == "Mine."  # only I changed it
    assert "Their Venue taken in" in kept.message and "Your Status kept" in kept.message


def test_a_conflict_with_a_deleted_event_says_so():
    change = Change(8, "e1", 2, "delete", "bob", dt.datetime(2026, 12, 4, 13, 6, tzinfo=dt.timezone.utc), _record(1), None)
    opened = {"event_id": "e1", "version": 1, "base": {"title": "Talks in Astana"}}
    lines, _ = handlers.conflict_view(EditConflict("e1", 1, None, change), opened, {}, _actors())
    assert "was deleted by bob" in _texts(lines)


def test_rows_are_added_empty_and_removed_by_their_key():
    added = edit_rows("actors", layout.add_id("actors"), 1, ["a", "b"])
    assert added.to_plotly_json()["operations"][0]["operation"] == "Append"
    removed = edit_rows("actors", layout.remove_id("actors", "b"), 1, ["a", "b"])
    operation = removed.to_plotly_json()["operations"][0]
    assert operation["operation"] == "Delete" and operation["location"] == [1]
    assert edit_rows("actors", layout.remove_id("actors", "zz"), 1, ["a", "b"]) is no_update
    assert edit_rows("actors", layout.remove_id("actors", "a"), 0, ["a", "b"]) is no_update  # a row just drawn


def test_link_search_finds_events_by_title_words_and_by_id(data):
    options = link_search_options(data, "Astana", None)
    assert options and all("(" in o["label"] for o in options)
    some_id = options[0]["value"]
    assert link_search_options(data, some_id, None)[0]["value"] == some_id or \
        some_id in {o["value"] for o in link_search_options(data, some_id, None)}
    assert link_search_options(data, "a", None) is no_update


def test_link_search_puts_the_events_whose_id_starts_with_the_typed_text_first(data):
    """Typed "kaz-prop", the proposal comes first, not an event whose words start with "kaz" and "prop" (QA)."""
    assert link_search_options(data, "kaz-prop", None)[0]["value"] == "kaz-proposal-2023-06-21"
    assert link_search_options(data, "astana-2", None)[0]["value"].startswith("astana-2")
    assert link_search_options(data, "ASTANA-20", None)[0]["value"] == "astana-20"


def test_history_lists_versions_newest_first_with_what_changed():
    actors = _actors()
    stamp = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.timezone.utc)
    changes = [Change(1, "e1", 1, "import", "lead", stamp, None, _record(1)),
               Change(2, "e1", 2, "edit", "alice", stamp + dt.timedelta(hours=1), _record(1), _record(2, status="postponed"))]
    panel = history_panel(changes, actors, "e1")[0]
    assert getattr(panel, "open", None) in (None, False)  # collapsed by default
    text = _texts(panel)
    assert "History · 2 versions" in text
    assert text.index("Version 2") < text.index("Version 1")
    assert "edit by alice · 2026-12-04 13:00 UTC" in text and "postponed" in text and "Created." in text
    assert change_rows(record_values(_record(1), actors), record_values(_record(2, status="postponed"), actors)) == [
        ("Status", "held", "postponed")]
    assert history_panel([], actors, "e1") == []


def test_the_detail_panel_offers_edit_and_delete(data):
    event_id = data.ids.ids[0].decode()
    subset = data.subset([event_id])
    panel = detail_panel(subset, event_id, data.links_to(event_id), {})
    found = [c.id for c in _walk(panel) if isinstance(getattr(c, "id", None), dict)]
    assert {"type": ids.EDITOR_EDIT, "index": event_id} in found
    assert {"type": ids.EDITOR_DELETE, "index": event_id} in found


def _walk(component):
    if isinstance(component, (list, tuple)):
        for c in component:
            yield from _walk(c)
        return
    if hasattr(component, "children"):
        yield component
        yield from _walk(component.children or [])


@pytest.mark.parametrize("typed", ["round 20", "Round 20", "R20", "20th round", "astana round 20", "round #20"])
def test_link_search_finds_a_round_by_its_number(data, typed):
    """Analysts name rounds "round 20": astana-20's title says "20th International Meeting", so the words alone
    offered the 22nd meeting first and never astana-20 (QA6 D17). Other words narrow by the process's name."""
    options = link_search_options(data, typed, None)
    assert options[0]["value"] == "astana-20", options[:3]


def test_link_search_by_round_keeps_only_the_named_process(data):
    options = link_search_options(data, "geneva round 20", None)
    assert not options or options[0]["value"] != "astana-20"
