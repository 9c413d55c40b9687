"""ux25b's finding 11: the editor's country box reads a country as people write it (its name in any case, its official
name, its alpha-2 or alpha-3 code) and stores the alpha-3 code; what names no country is refused as typed."""
from __future__ import annotations

import pytest

from tests.dashboard.test_editor_saving import _values, live  # noqa: F401 - the store on both engines, as there
from tracker.dashboard.editor import handlers


@pytest.mark.parametrize("typed", ["Switzerland", "switzerland", "Swiss Confederation", "CH", "che"])
def test_a_country_typed_by_name_or_code_is_stored_as_its_alpha_3_code(live, typed):
    event_id = live.data.ids.ids[0].decode()
    opened = handlers.open_edit(live, event_id)
    answer = handlers.save(live, opened.opened, _values(opened) | {"venue_country": typed}, "")
    assert answer.hidden is True, answer.message
    assert live.store.event_record(event_id)["event"]["venue_country"] == "CHE"


@pytest.mark.parametrize("typed", ["xyz", "Swizerland"])
def test_a_country_that_names_none_is_refused_as_typed(live, typed):
    event_id = live.data.ids.ids[0].decode()
    opened = handlers.open_edit(live, event_id)
    before = live.store.event_record(event_id)
    answer = handlers.save(live, opened.opened, _values(opened) | {"venue_country": typed}, "")
    errors = dict(zip(handlers.ERROR_FIELDS, answer.errors))
    assert f"{typed!r} is no country" in errors["venue_country"]
    assert live.store.event_record(event_id) == before
