"""The event form on the Review page, as an analyst works it (ux28a): a Save there stays on the Review page and links
the event on the timeline; a write that changes no name keeps extraction's lexicon; the selection can be read again
while the form is open, keeping what was typed; a known venue fills an empty Country. Our own wire text."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from dash import dcc, no_update

from tracker.dashboard import ids
from tracker.dashboard.app import create_app
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor import handlers
from tracker.dashboard.editor.callbacks import VENUE_COUNTRY
from tracker.dashboard.editor.from_article import lexicon_of
from tracker.dashboard.live import LiveData
from tracker.dashboard.review.handlers import MAX_ARTICLE_CHARS
from tracker.extract import extract_articles
from tracker.extract.article import parse_text
from tracker.extract.ingest import plan_ingest
from tracker.venue_names import venue_country_codes

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


def test_an_article_text_over_the_pages_bound_carried_back_by_the_form_is_neither_read_nor_kept(store):
    live = _live(store)
    request = {"article": "text:1", "text": WIRE, "selection": TOO_LITTLE, "publisher": "AFP", "published": "2025-11-20"}
    opened = handlers.act(live, ids.REVIEW_ADD_FROM, request, None, {}, "")
    assert opened.opened["article"]["text"] == WIRE and _field(opened, "evidence") == TOO_LITTLE
    forged = {**opened.opened, "article": {**opened.opened["article"], "text": WIRE + "x" * MAX_ARTICLE_CHARS}}
    form = _form(opened, title="Fidan meets Araghchi", event_type="meeting", start_date="2025-11-18")
    again = handlers.act(live, ids.REVIEW_ADD_FROM, {"reselect": True, "selection": SENTENCE}, forged, form, "")
    assert _field(again, "evidence") is no_update and again.article is no_update  # nothing read, nothing sent back
    assert f"takes articles of up to {MAX_ARTICLE_CHARS:,} characters" in str(again.message)
    data_before = live.data
    refused = handlers.save(live, forged, form, "")
    assert refused.hidden is not True and live.data is data_before and "Evidence" in refused.message  # not saved


# --- 4. a known venue fills an empty Country -------------------------------------------------------------------

def test_the_country_of_a_known_venue_is_the_importers_one(shipped):
    from tracker.venue_names import venue_country

    venues = shipped.venues
    assert venue_country("Geneva", venues) == "CHE" and venue_country(" astana ", venues) == "KAZ"
    assert venue_country("Nur-Sultan", venues) == "KAZ" and venue_country("Vela Cove", venues) is None
    assert venue_country("Ankara", venues) == "TUR"  # not in the table: a capital (`world_venue_countries`)
    assert venue_country("", venues) is None


def run_in_node(function: str, args: list):
    """What a clientside callback's `function` (its JavaScript source) returns for `args`, run by Node; None stands
    for no_update."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("no Node.js to run the page's function")
    script = ("window = {dash_clientside: {no_update: null}};\nconst fill = " + function + ";\n"
              f"console.log(JSON.stringify(fill(...{json.dumps(args)})));")
    return json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)


def _fill(venue, country, filled, opened, codes) -> list:  # noqa: PLR0913 (the page's arguments)
    """What the page's fill (`callbacks.VENUE_COUNTRY`) returns."""
    return run_in_node(VENUE_COUNTRY, [venue, codes, country, filled, opened])


def test_a_known_venue_fills_an_empty_country_in_the_page_and_never_one_typed(store, shipped):
    app = create_app(store)
    country = f"{ids.EDITOR_FIELDS['venue_country']}.value"
    by_venue = [c for c in app._callback_list if {"id": ids.EDITOR_FIELDS["venue"], "property": "value"} in c["inputs"]]
    assert len(by_venue) == 1 and country in by_venue[0]["output"]  # the one callback that fills Country ...
    assert by_venue[0].get("clientside_function")  # ... runs in the page: no server answer lands after a typed one
    codes = venue_country_codes(shipped.venues)
    assert codes["geneva"] == "CHE" and codes["astana"] == codes["nur-sultan"] == "KAZ" and "vela cove" not in codes
    assert codes["ankara"] == "TUR" and codes["new york"] == "USA"  # the world's capitals and large cities too
    assert _fill("Geneva", "", None, {}, codes) == ["CHE", "CHE"]
    assert _fill(" GENÈVA ", "", None, {}, {"geneva": "CHE", "genèva": "X"}) == ["CHE", "CHE"]  # folded as `fold` does
    assert _fill("Geneva", "Switzerland", None, {}, codes) == [None, None]  # typed
    assert _fill("Sochi", "CHE", "CHE", {}, codes) == ["RUS", "RUS"]  # filled, not typed: it follows the venue
    assert _fill("Sochi town", "RUS", "RUS", {}, codes) == ["", ""]  # no longer its venue's
    assert _fill("Vela Cove", "", None, {}, codes) == [None, None]
    assert _fill("Ankara", "", None, {}, codes) == ["TUR", "TUR"]
    stored = {"event_id": "e1", "base": {"venue": "Geneva"}}  # the form of a stored event opens: no change made
    assert _fill("Geneva", "", None, stored, codes) == [None, None]
    # review29: a stored event moved from Geneva to "Ankara" kept CHE; the stored venue's own country follows the venue
    placed = {"event_id": "e1", "base": {"venue": "Geneva", "venue_country": "CHE"}}
    assert _fill("Ankara", "CHE", None, placed, codes) == ["TUR", "TUR"]
    assert _fill("Geneva", "CHE", None, placed, codes) == [None, None]  # opened, not moved
    assert _fill("Ankara", "FRA", None, placed, codes) == [None, None]  # a Country typed meanwhile
    chosen = {"event_id": "e1", "base": {"venue": "Geneva", "venue_country": "FRA"}}  # stored apart from its venue's
    assert _fill("Ankara", "FRA", None, chosen, codes) == [None, None]
    # review30: "Genevas" emptied the Country, and the Backspace back to "Geneva" left it empty (Save wrote that): the
    # stored venue typed back gives its stored Country back; one emptied by hand stays empty; no venue fills nothing
    assert _fill("Genevas", "CHE", None, placed, codes) == ["", ""]
    assert _fill("Geneva", "", "", placed, codes) == ["CHE", "CHE"]
    assert _fill("Geneva", "", None, placed, codes) == [None, None]
    assert _fill("", "", None, {}, {**codes, "": "MAC"}) == [None, None]
    assert _fill("", "TUR", "TUR", {}, codes) == ["", ""]


def test_a_save_before_the_page_filled_country_stores_the_known_venues_country(store):
    live = _live(store)
    opened = handlers.open_new(live.data)  # Venue typed, then Enter at once: saved before the page's fill ran
    form = _form(opened, title="Experts meet in Geneva", start_date="2025-11-18", venue="Geneva")
    saved = handlers.save(live, opened.opened, form, "")
    assert saved.hidden is True and store.event_record(saved.opened["event_id"])["event"]["venue_country"] == "CHE"
    typed = handlers.open_new(live.data)
    form = _form(typed, title="Experts meet in Geneva again", start_date="2025-11-19", venue="Geneva",
                 venue_country="FRA")
    saved = handlers.save(live, typed.opened, form, "")
    assert store.event_record(saved.opened["event_id"])["event"]["venue_country"] == "FRA"  # typed: never changed


def test_a_save_of_a_stored_event_moved_to_another_city_takes_that_citys_country(store):
    """review29: Edit of a Geneva event, Venue "Ankara", Enter before the page's fill: it was saved as Ankara, CHE."""
    live = _live(store)
    opened = handlers.open_edit(live, "geneva-vi")
    form = _form(opened, venue="Ankara")
    assert form["venue_country"] == "CHE"  # as the form showed it
    handlers.save(live, opened.opened, form, "")
    assert store.event_record("geneva-vi")["event"]["venue_country"] == "TUR"
    again = handlers.open_edit(live, "geneva-vi")
    handlers.save(live, again.opened, _form(again, venue="Vela Cove", venue_country="ITA"), "")  # typed: kept
    assert store.event_record("geneva-vi")["event"]["venue_country"] == "ITA"
