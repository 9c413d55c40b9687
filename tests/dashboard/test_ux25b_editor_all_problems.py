"""ux25's finding 11: one Save of the event form names every problem at once, as an import does: the form's own
checks (a missing source, an actor without a role) and the store's row check (a date that is no date, an end before
the start, a country that is no code), without writing anything."""
from __future__ import annotations

from tests.dashboard.test_editor_saving import _values, live  # noqa: F401 - the store on both engines, as there
from tracker.dashboard.editor import handlers


def test_a_new_event_lists_the_forms_and_the_stores_problems_in_one_save(live):
    count = len(live.data)
    new = handlers.open_new(live.data)
    form = _values(new) | {"title": "Talks in Geneva", "start_date": "2024-02-30", "end_date": "2024-01-01",
                           "venue_country": "Switzerlnd"}
    form["sources"] = []  # no source: the form's own check
    answer = handlers.save(live, new.opened, form, "")
    errors = dict(zip(handlers.ERROR_FIELDS, answer.errors))
    assert "source" in errors["sources"]
    assert "2024-02-30" in errors["start_date"]  # the store's check, in the same Save
    assert "alpha-3" in errors["venue_country"]
    assert "Sources" in answer.message and "Start date" in answer.message and "Country" in answer.message
    assert answer.hidden is not True and len(live.data) == count and len(live.store.load().events) == count


def test_an_edit_lists_the_forms_and_the_stores_problems_in_one_save(live):
    event_id = live.data.ids.ids[0].decode()
    opened = handlers.open_edit(live, event_id)
    before = live.store.event_record(event_id)
    form = _values(opened) | {"end_date": "1900-01-01", "venue_country": "Kazakstan"}
    form["actors"] = [*form["actors"], {"name": "Norway", "role": ""}]  # no role: the form's own check
    answer = handlers.save(live, opened.opened, form, "")
    errors = dict(zip(handlers.ERROR_FIELDS, answer.errors))
    assert "needs a role" in errors["actors"]
    assert "before start" in errors["end_date"] and "alpha-3" in errors["venue_country"]
    assert answer.hidden is not True and live.store.event_record(event_id) == before


def test_the_forms_own_reason_is_kept_for_a_field_both_check(live):
    new = handlers.open_new(live.data)
    form = _values(new) | {"title": "", "start_date": ""}
    answer = handlers.save(live, new.opened, form, "")
    errors = dict(zip(handlers.ERROR_FIELDS, answer.errors))
    assert errors["title"] == "Give the event a title." and errors["start_date"] == "Give a start date (YYYY-MM-DD)."
