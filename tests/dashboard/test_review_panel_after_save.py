"""The "Selected for review" panel after one's own Save: it showed the title and actors of before the Save (the form's
redraw for the new version draws nothing when only this person changed the candidate, so that a colleague's write
elsewhere does not redraw the article box under a selection); the Save's answer now carries the panel drawn anew."""
from __future__ import annotations

from dash import no_update

from tracker.dashboard import ids
from tracker.dashboard.review import form, handlers

from tests.dashboard.test_review_page import LAVROV, _open_form, _press, live  # noqa: F401 (its fixture)


def _panel_text(children) -> str:
    return str(children)


def test_a_save_draws_the_selected_panel_with_the_new_title_and_actors(live):
    fields, actors, links, base = _open_form(live, LAVROV)
    before = _panel_text(handlers.render_form(live.data, LAVROV)[11])
    assert "Lavrov on the next round" not in before and "Kazakhstan (host)" not in before
    saved = _press(live, ids.REVIEW_SAVE, LAVROV, fields, actors + "\nKazakhstan: host", links, base,
                   title="Lavrov on the next round")
    assert "Saved" in str(saved.message), saved.message
    panel = _panel_text(saved.panel)
    assert "Lavrov on the next round" in panel and "Kazakhstan (host)" in panel, panel
    assert saved.flat()[-1] is saved.panel  # the action callback's last output: the panel's children
    # the form's own redraw for that version leaves the panel as the Save's answer drew it
    redrawn = form.redraw_form(live.data, LAVROV, *_after_save(fields, saved, actors + "\nKazakhstan: host", links))
    assert redrawn[11] is no_update


def _after_save(fields: list, saved: handlers.Outcome, actors: str, links: str) -> tuple:
    shown = list(fields)
    shown[list(ids.REVIEW_FIELDS).index("title")] = "Lavrov on the next round"
    return shown, actors, links, saved.base


def test_other_answers_leave_the_panel_alone(live):
    fields, actors, links, base = _open_form(live, LAVROV)
    unchanged = _press(live, ids.REVIEW_SAVE, LAVROV, fields, actors, links, base)
    assert "Nothing changed" in str(unchanged.message) and unchanged.panel is no_update
    refused = _press(live, ids.REVIEW_SAVE, LAVROV, fields, actors, links, base, round_number="seven")
    assert "Not saved" in str(refused.message) and refused.panel is no_update
    assert form.render_panel(live.data, None) == [] and form.render_panel(live.data, "no-such-event") == []
