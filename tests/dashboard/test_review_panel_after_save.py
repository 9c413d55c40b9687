"""The "Selected for review" panel after one's own Save: it showed the title and actors of before the Save (the form's
redraw for the new version draws nothing when only this person changed the candidate, so that a colleague's write
elsewhere does not redraw the article box under a selection); the Save's answer now carries the panel drawn anew."""
from __future__ import annotations

import json

from dash import no_update
from plotly.utils import PlotlyJSONEncoder

from tracker.dashboard import ids
from tracker.dashboard.review import form, handlers, views

from tests.dashboard.test_review_page import LAVROV, _open_form, _press, live  # noqa: F401 (its fixture)

FIELDS = len(ids.REVIEW_FIELDS)  # the form callback's outputs: the fields, then hidden, panel, actors, links, base


def output(outcome, component: str, prop: str):
    """The value `outcome` gives the action callback's output `component`.`prop` (`callbacks.ACTION_OUTPUTS`)."""
    from tracker.dashboard.review.callbacks import ACTION_OUTPUTS

    places = [(o.component_id, o.component_property) for o in ACTION_OUTPUTS]
    assert len(outcome.flat()) == len(places)
    return outcome.flat()[places.index((component, prop))]


def _panel_text(children) -> str:
    """Everything the components hold, as JSON (their repr is cut short)."""
    return json.dumps(children, cls=PlotlyJSONEncoder, ensure_ascii=False)


def test_a_save_draws_the_selected_panel_with_the_new_title_and_actors(live):
    fields, actors, links, base = _open_form(live, LAVROV)
    before = _panel_text(handlers.render_form(live.data, LAVROV)[FIELDS + 1])
    assert "Lavrov on the next round" not in before and "Kazakhstan (host)" not in before
    saved = _press(live, ids.REVIEW_SAVE, LAVROV, fields, actors + "\nKazakhstan: host", links, base,
                   title="Lavrov on the next round")
    assert "Saved" in str(saved.message), saved.message
    panel = _panel_text(saved.panel)
    assert "Lavrov on the next round" in panel and "Kazakhstan (host)" in panel, panel
    assert output(saved, ids.REVIEW_EVIDENCE, "children") is saved.panel  # the action callback's output
    # the form's own redraw for that version leaves the panel as the Save's answer drew it
    redrawn = form.redraw_form(live.data, LAVROV, *_after_save(fields, saved, actors + "\nKazakhstan: host", links))
    assert redrawn[FIELDS + 1] is no_update


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


def test_the_last_ingests_new_candidates_follow_saves_and_decisions(live):
    """The "New candidates" under an ingest's result were drawn once: a Save of a new title, an Accept or a Reject
    did not show there (the queue below showed them). They are drawn from the current data, in the ingest's order."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus" / "006_interfax_normandy_berlin.txt").read_text("utf-8")
    ingested = handlers.ingest_text(live, text)
    new_ids = output(ingested, ids.REVIEW_INGEST_NEW_IDS, "data")
    assert output(ingested, ids.REVIEW_INGEST_NEW, "children")  # drawn with the result
    assert len(new_ids) >= 2 and new_ids == ingested.new_ids, ingested.ingest
    assert "New candidates" not in str(ingested.ingest)  # listed under it, from the data (`views.new_candidates`)
    first, second = new_ids[:2]
    listed = _panel_text(views.new_candidates(live.data, new_ids, first, "/"))
    assert f"{len(new_ids)} of {len(new_ids)} waiting" in listed and '"aria-pressed": "true"' in listed

    fields, actors, links, base = _open_form(live, first)
    _press(live, ids.REVIEW_SAVE, first, fields, actors, links, base, title="Renamed by the analyst")
    assert "Renamed by the analyst" in _panel_text(views.new_candidates(live.data, new_ids, first, "/"))
    accepted = _press(live, ids.REVIEW_ACCEPT, first, *_open_form(live, first))
    assert "Accepted" in str(accepted.message), accepted.message
    _press(live, ids.REVIEW_REJECT, second, *_open_form(live, second))
    after = views.new_candidates(live.data, new_ids, None, "/")
    shown = _panel_text(after)
    assert f"{len(new_ids) - 2} of {len(new_ids)} waiting" in shown
    assert "accepted: a confirmed event now" in shown and f"?event={first}" in shown and "rejected" in shown
    assert shown.index("Renamed by the analyst") < shown.index("rejected")  # the ingest's order is kept
    assert views.new_candidates(live.data, [], None, "/") == []
    # another answer of the ingest box (a refusal, a clear) empties the list
    refused = handlers.ingest_text(live, "   ")
    assert output(refused, ids.REVIEW_INGEST_NEW_IDS, "data") == [] == output(refused, ids.REVIEW_INGEST_NEW, "children")
    assert output(handlers.Outcome(message="x"), ids.REVIEW_INGEST_NEW_IDS, "data") is no_update


def _place(live, event_id: str) -> tuple:
    event = live.store.event_record(event_id)["event"]
    return event["venue"], event["venue_country"]


def test_a_changed_venue_takes_its_own_country_and_the_panel_shows_it(live):
    """review29 HIGH: the review form has no Country, and a changed Venue was saved with the earlier venue's country
    ("Ankara" in DEU), unseen; a venue with no country was accepted without one ("New York", None)."""
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Berlin")
    assert _place(live, LAVROV) == ("Berlin", "DEU")
    saved = _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Ankara")
    assert _place(live, LAVROV) == ("Ankara", "TUR") and "Ankara (TUR)" in _panel_text(saved.panel)
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Vela Cove")  # a place no table knows
    assert _place(live, LAVROV)[0] == "Vela Cove" and not _place(live, LAVROV)[1]  # not Türkiye any more
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), summary="Only the summary")
    assert not _place(live, LAVROV)[1]  # nothing to fill for an unknown place


def test_an_accept_fills_an_empty_country_from_the_venue(live):
    fields, actors, links, base = _open_form(live, LAVROV)
    _press(live, ids.REVIEW_SAVE, LAVROV, fields, actors, links, base, venue="Vela Cove")
    accepted = _press(live, ids.REVIEW_ACCEPT, LAVROV, *_open_form(live, LAVROV), venue="New York")
    assert "Accepted" in str(accepted.message) and _place(live, LAVROV) == ("New York", "USA")
    # a candidate stored with a venue and no country (as extraction may store it): Accept fills it, a bare Save not
    follows = views.country_follows_venue
    assert follows(live.data, {}, "New York", None, fill_empty=True) == {"venue_country": "USA"}
    assert follows(live.data, {}, "New York", None) == {}  # "Nothing changed" stays nothing
    assert follows(live.data, {"summary": "x"}, "New York", "") == {"summary": "x", "venue_country": "USA"}
    assert follows(live.data, {}, "New York", "GBR", fill_empty=True) == {}  # a stored country is the analyst's
    assert follows(live.data, {"venue": "Geneva"}, "Berlin", "DEU") == {"venue": "Geneva", "venue_country": "CHE"}


def test_a_large_ingests_new_candidates_are_all_counted_and_the_first_200_listed(live):
    """review29 LOW: 250 new ids (a large feed) were cut to 200 before counting: "(26 of 200 waiting)"."""
    many = [LAVROV] + [f"gone-{n}" for n in range(249)]
    heading, listed = views.new_candidates(live.data, many, None, "/")
    assert heading.children == ("New candidates of the last ingest (1 of 250 waiting for review; the first "
                                f"{views.LIST_LIMIT} are listed)")
    assert len(listed.children) == views.LIST_LIMIT


def test_a_decision_on_one_of_the_last_ingests_candidates_opens_the_next_of_them(live):
    """review29 LOW: after Reject of a card picked from the new list, the form opened another article's candidate
    from the queue while two of the ingest's own were still waiting above."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus" / "006_interfax_normandy_berlin.txt").read_text("utf-8")
    batch = handlers.ingest_text(live, text).new_ids
    assert len(batch) >= 2
    last = batch[-1]
    rejected = handlers.act(live, ids.REVIEW_REJECT, 1, last, [None] * 10, None, None, None, None, "/", batch=batch)
    assert "Rejected" in str(rejected.message) and rejected.selected == batch[0]  # round the batch, not the queue
    accepted = handlers.act(live, ids.REVIEW_ACCEPT, 1, batch[0], list(_open_form(live, batch[0])[0]), None, None,
                            None, None, "/", batch=batch)
    assert "Accepted" in str(accepted.message)
    assert accepted.selected == (batch[1] if len(batch) > 2 else accepted.selected)
    queue_next = handlers._next(live.data, LAVROV)  # not one of the batch: the queue's next, as before
    alone = handlers.act(live, ids.REVIEW_REJECT, 1, LAVROV, [None] * 10, None, None, None, None, "/", batch=batch)
    assert "Rejected" in str(alone.message) and alone.selected == queue_next
