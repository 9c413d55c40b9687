"""The event form on the Review page, as an analyst works it (ux28a): a Save there stays on the Review page and links
the event on the timeline; a write that changes no name keeps extraction's lexicon; the selection can be read again
while the form is open, keeping what was typed; a known venue fills an empty Country. Our own wire text."""
from __future__ import annotations

from dash import dcc, no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor import handlers
from tracker.dashboard.editor.from_article import lexicon_of
from tracker.dashboard.live import LiveData
from tracker.extract import extract_articles
from tracker.extract.article import parse_text
from tracker.extract.ingest import plan_ingest

WIRE = """GENEVA, Nov 20 2025 (AFP) - The UN special envoy for Syria, Geir Pedersen, said on Thursday that the Constitutional Committee would hold its ninth round in Geneva on 15 December.

"We cannot afford another year without progress," Pedersen told reporters after briefing the Security Council in New York.

On Tuesday, Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Ankara to prepare the next Astana-format meeting, diplomats said.
"""
TOO_LITTLE = "Turkish Foreign Minister Hakan Fidan met"
SENTENCE = ("On Tuesday, Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Ankara to "
            "prepare the next Astana-format meeting, diplomats said.")


def _live(store) -> LiveData:
    return LiveData(store, DashboardData.load(store))


def _ingested(store) -> str:
    """Ingest the wire; the id of a candidate it stored (whose article the form is opened on)."""
    known = store.load()
    tables, report = plan_ingest(extract_articles([parse_text(WIRE, "wire")], known), known)
    store.save_ingest(tables, report.suggestions, report.texts)
    return str(tables.events["event_id"].iloc[0])


def _field(outcome: handlers.Outcome, name: str):
    return outcome.scalars[handlers.FIELDS.index(name)]


def _form(outcome: handlers.Outcome, **typed) -> dict:
    """The form as the page sends it back after `outcome` opened it, with `typed` over it."""
    form = handlers.form_from_inputs(outcome.scalars, {})
    form.update(actors=[{"name": "Türkiye", "role": "participant"}],
                sources=[{"publisher": "AFP", "published": "2025-11-20", "title": "", "url": ""}], quotes=[], links=[])
    form.update(typed)
    return form


def _links(component) -> list[str]:
    """The hrefs of the dcc.Links in a component tree."""
    if isinstance(component, (list, tuple)):
        return [href for c in component for href in _links(c)]
    if isinstance(component, dcc.Link):
        return [component.href]
    children = getattr(component, "children", None)
    return [] if children is None or isinstance(children, str) else _links(children)


# --- 1. a Save on the Review page -------------------------------------------------------------------------------

def test_a_save_on_the_review_page_stays_there_and_its_notice_opens_the_event_on_the_timeline(store):
    live = _live(store)
    opened = handlers.open_new(live.data)
    form = _form(opened, title="Fidan and Araghchi meet in Ankara", start_date="2025-11-18")
    saved = handlers.act(live, ids.EDITOR_SAVE, 1, opened.opened, form, "?tag=x", None, "/app/review", "/app/")
    assert saved.hidden is True and saved.search is no_update  # the URL stays /review, the queue as it was
    event_id = saved.opened["event_id"]
    assert _links(saved.notice) == [f"/app/?event={event_id}"]


def test_a_save_on_the_timeline_still_selects_the_saved_event_in_the_url(store):
    live = _live(store)
    opened = handlers.open_new(live.data)
    form = _form(opened, title="Fidan and Araghchi meet in Ankara", start_date="2025-11-18")
    saved = handlers.act(live, ids.EDITOR_SAVE, 1, opened.opened, form, "?tag=x", None, "/", "/")
    assert saved.search == f"?tag=x&event={saved.opened['event_id']}" and _links(saved.notice) == []


# --- 2. extraction's lexicon after a write -----------------------------------------------------------------------

def test_a_write_that_changes_no_name_keeps_the_lexicon_and_one_that_adds_an_actor_gets_a_new_one(store):
    live = _live(store)
    before = lexicon_of(live.data)
    opened, data_before = handlers.open_new(live.data), live.data
    saved = handlers.save(live, opened.opened, _form(opened, title="Fidan and Araghchi meet", start_date="2025-11-18"),
                          "")
    assert saved.hidden is True and live.data is not data_before  # it wrote: the data is a new copy ...
    assert lexicon_of(live.data) is before  # ... with the same names: no rebuild
    live.write(lambda _data, s: [s.create_event({
        "event_id": "vela-visit", "title": "Ana Vela visits Ankara", "event_type": "meeting", "status": "held",
        "start_date": "2025-11-19", "actors": "Ana Vela [participant]",
        "sources": "AFP | 2025-11-20 | | "}).event_id])
    after = lexicon_of(live.data)
    assert after is not before and after.entries["ana-vela"].name == "Ana Vela"


# --- 3. the selection read again while the form is open ------------------------------------------------------------

def test_the_selection_read_again_replaces_the_evidence_and_keeps_what_was_typed(store):
    live = _live(store)
    request = {"article": f"source:{_ingested(store)}", "selection": TOO_LITTLE}
    opened = handlers.act(live, ids.REVIEW_ADD_FROM, request, None, {}, "")
    assert _field(opened, "evidence") == TOO_LITTLE and _field(opened, "start_date") == ""
    form = _form(opened, title="Fidan meets Araghchi", event_type="meeting", summary="Typed by hand.")
    again = handlers.act(live, ids.REVIEW_ADD_FROM, {"reselect": True, "selection": SENTENCE}, opened.opened, form, "")
    assert _field(again, "evidence") == SENTENCE
    assert _field(again, "start_date") == "2025-11-18"  # not typed: what the readers find in the new selection
    for typed in ("title", "event_type", "summary"):
        assert _field(again, typed) is no_update  # as typed
    assert again.rows == [no_update] * len(ids.EDITOR_GROUPS)  # the actor typed stays
    assert again.hidden is no_update and SENTENCE in str(again.article)
    assert again.opened["read"]["start_date"] == "2025-11-18" and again.opened["article"] == opened.opened["article"]
    refused = handlers.act(live, ids.REVIEW_ADD_FROM, {"reselect": True, "selection": "Not in it."}, opened.opened,
                           form, "")
    assert _field(refused, "evidence") is no_update and "not in the article" in str(refused.message)


# --- 4. a known venue fills an empty Country -------------------------------------------------------------------

def test_the_country_of_a_known_venue_is_the_importers_one(shipped):
    from tracker.venue_names import venue_country

    venues = shipped.venues
    assert venue_country("Geneva", venues) == "CHE" and venue_country(" astana ", venues) == "KAZ"
    assert venue_country("Nur-Sultan", venues) == "KAZ" and venue_country("Ankara", venues) is None
    assert venue_country("", venues) is None


def test_a_known_venue_fills_an_empty_country_and_never_one_typed(shipped):
    venues = shipped.venues
    assert handlers.venue_country_fill(venues, "Geneva", "", "", {}) == ("CHE", "CHE")
    assert handlers.venue_country_fill(venues, "Geneva", "Switzerland", "", {}) == (no_update, no_update)  # typed
    assert handlers.venue_country_fill(venues, "Sochi", "CHE", "CHE", {}) == ("RUS", "RUS")  # filled, not typed
    assert handlers.venue_country_fill(venues, "Sochi town", "RUS", "RUS", {}) == ("", "")  # no longer its venue's
    assert handlers.venue_country_fill(venues, "Ankara", "", "", {}) == (no_update, no_update)
    stored = {"event_id": "e1", "base": {"venue": "Geneva"}}  # the form of a stored event opens: no change made
    assert handlers.venue_country_fill(venues, "Geneva", "", "", stored) == (no_update, no_update)
