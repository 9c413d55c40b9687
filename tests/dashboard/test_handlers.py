"""The callbacks' logic as plain functions: URL in, page out."""
from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from dash import no_update

from tracker.dashboard import handlers, ids
from tracker.dashboard.download import csv_chunks
from tracker.dashboard.state import ViewState, parse_state
from tracker.filters import EventFilter
from tracker.query import select_events

EMPTY = [[], [], [], [], [], [], ["confirmed"], "", "", "", "process", [], []]  # one value per handlers.CONTROLS


def controls(**changes) -> list:
    values = list(EMPTY)
    for name, value in changes.items():
        values[handlers.CONTROLS.index(getattr(ids, name.upper()))] = value
    return values


def test_state_round_trips_through_the_url():
    state = ViewState(EventFilter.build(actors=["Kazakhstan"], date_from="2023-06"), "actor",
                      *map(__import__("datetime").date.fromisoformat, ("2023-01-01", "2023-12-31")), "astana-20")
    assert parse_state(state.to_search()) == (state, [])
    assert ViewState().to_search() == ""


def test_bad_and_unknown_parameters_become_notices():
    state, notices = parse_state("?type=nonsense&bogus=1&group=weird&x0=2023-13-01&x1=2023-01-01&actor=Kazakhstan")
    assert state.filter.actors == ("Kazakhstan",) and state.group == "process" and state.x0 is None
    assert len(notices) == 3  # the unknown type is kept, selecting nothing: selection.resolve_filter notes it
    assert state.filter.types == ("nonsense",)


def test_a_date_that_is_not_a_date_is_named_once_in_a_sentence():
    _, notices = parse_state("?from=notadate&to=2023-02-30")
    assert notices == ["ignored URL parameter from=notadate: not a date (write YYYY, YYYY-MM or YYYY-MM-DD)",
                       "ignored URL parameter to=2023-02-30: not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"]


def test_opening_a_url_sets_the_controls_with_canonical_names(data):
    sync = handlers.next_view(data, None, "", None, "?actor=kazakhstan&venue=nur-sultan&process=astana+talks", EMPTY)
    assert sync.search is no_update
    assert sync.controls[0] == ["Kazakhstan"] and sync.controls[1] == ["Nur-Sultan"] and sync.controls[3] == ["Astana format"]


def test_a_control_change_writes_the_url_and_drops_the_zoom(data):
    sync = handlers.next_view(data, ids.ACTOR, f"{ids.ACTOR}.value", ["Kazakhstan"], "?x0=2020-01-01&x1=2020-02-01",
                              controls(actor=["Kazakhstan"]))
    assert parse_qs(sync.search.lstrip("?")) == {"actor": ["Kazakhstan"]}
    assert sync.page == 0 and all(v is no_update for v in sync.controls)


def test_a_bad_date_is_reported_and_changes_nothing(data):
    sync = handlers.next_view(data, ids.DATE_FROM, f"{ids.DATE_FROM}.value", "soon", "?actor=Kazakhstan",
                              controls(actor=["Kazakhstan"], date_from="soon"))
    assert sync.search is no_update and "soon" in sync.notice


def test_a_refused_date_box_keeps_the_views_date_and_the_other_controls_still_apply(data):
    """QA15 HIGH-1: with "2230" left in To, typing words or picking a process did nothing (the page, its downloads and
    its brief kept the old view) while the panel showed the new values."""
    bad_to = controls(date_from="2023", date_to="2230")
    sync = handlers.next_view(data, ids.DATE_TO, f"{ids.DATE_TO}.value", "2230", "?from=2023-01-01", bad_to)
    assert sync.search is no_update and "2230" in sync.notice  # nothing else changed: the view stays, the note says why
    typed = controls(date_from="2023", date_to="2230", text="Kazakh", process=["Astana format"])
    sync = handlers.next_view(data, ids.PROCESS, f"{ids.PROCESS}.value", ["Astana format"], "?from=2023-01-01", typed)
    assert parse_qs(sync.search.lstrip("?")) == {"from": ["2023-01-01"], "q": ["Kazakh"], "process": ["Astana format"]}
    assert "2230" in sync.notice
    reversed_dates = controls(date_from="2024", date_to="2023", text="round")
    sync = handlers.next_view(data, ids.TEXT, f"{ids.TEXT}.value", "round", "?from=2024-01-01", reversed_dates)
    assert parse_qs(sync.search.lstrip("?")).get("q") == ["round"] and sync.notice


@pytest.mark.parametrize("asked", ["idlib", "IDLIB", "Idlib"])
def test_a_tag_in_the_url_in_any_case_shows_as_stored_and_keeps_its_events(data, asked):
    """QA15 HIGH-2: "?tag=idlib" (as `tracker list --tag` and the downloads take it) reached the tag list as "idlib",
    which it has no option for: the list dropped it, the URL lost it and the page showed every event."""
    sync = handlers.next_view(data, None, "", None, f"?tag={asked}", EMPTY)
    assert sync.controls[handlers.CONTROLS.index(ids.TAG)] == ["Idlib"]
    state, notices = handlers._state(data, f"?tag={asked}")
    assert data.mask(state.filter).sum() == 5 and not notices


def test_clicks_select_zoom_and_narrow(data):
    search = "?actor=Kazakhstan"
    picked = handlers.next_view(data, ids.TIMELINE, "timeline.clickData",
                                {"points": [{"customdata": "astana-20", "x": "2023-06-20"}]}, search, EMPTY)
    assert parse_qs(picked.search.lstrip("?"))["event"] == ["astana-20"]
    zoomed = handlers.next_view(data, ids.TIMELINE, "timeline.relayoutData",
                                {"xaxis.range[0]": "2019-01-01 10:00", "xaxis.range[1]": "2019-12-31"}, search, EMPTY)
    assert parse_qs(zoomed.search.lstrip("?"))["x0"] == ["2019-01-01"]
    slid = handlers.next_view(data, ids.OVERVIEW, "overview.relayoutData",
                              {"xaxis.range": ["2020-03-01", "2020-06-30 12:00"]}, search, EMPTY)
    assert parse_qs(slid.search.lstrip("?"))["x1"] == ["2020-06-30"]
    overview, (timeline, _) = handlers.render_overview(data, slid.search), handlers.render_timeline(data, slid.search)
    assert overview["layout"]["xaxis"]["range"] == timeline["layout"]["xaxis"]["range"]
    reset = handlers.next_view(data, ids.TIMELINE, "timeline.relayoutData", {"xaxis.autorange": True},
                               search + "&x0=2019-01-01&x1=2019-12-31", EMPTY)
    assert reset.search == search
    cell = handlers.next_view(data, ids.TIMELINE, "timeline.clickData", {"points": [{"x": "2023-06-15", "y": "x", "z": 4}]},
                              search, EMPTY)
    query = parse_qs(cell.search.lstrip("?"))
    assert query["x0"][0] <= "2023-06-15" <= query["x1"][0]
    month = handlers.next_view(data, ids.ACTIVITY, "activity.clickData", {"points": [{"x": "2023-06-01"}]}, search, EMPTY)
    assert parse_qs(month.search.lstrip("?"))["from"] == ["2023-06-01"]
    assert month.controls[handlers.CONTROLS.index(ids.DATE_TO)] == "2023-06-30"
    row = handlers.next_view(data, ids.TABLE, "events-table.cellClicked", {"rowIndex": 0, "rowId": "astana-21"}, search, EMPTY)
    assert "event=astana-21" in row.search
    linked = handlers.next_view(data, {"type": ids.LINKED_EVENT, "index": "astana-19"}, "x.n_clicks", 1, search, EMPTY)
    assert "event=astana-19" in linked.search
    ignored = handlers.next_view(data, {"type": ids.LINKED_EVENT, "index": "astana-19"}, "x.n_clicks", None, search, EMPTY)
    assert ignored.search is no_update
    reset = handlers.next_view(data, ids.RESET, "reset.n_clicks", 1, search + "&group=actor", EMPTY)
    assert reset.search == "?group=actor" and reset.controls[0] == []


@pytest.mark.parametrize("search", ["", "?actor=Kazakhstan&venue=Astana", "?q=collective+request", "?state=any&type=statement"])
def test_the_count_is_the_command_lines(store, data, search):
    state, _ = parse_state(search)
    want = len(select_events(store.load(), state.filter, store))
    count = handlers.render_summary(data, search, None, "/")[0]
    assert count.startswith(f"{want} of ")


def test_summary_skips_work_when_the_filter_is_unchanged(data):
    first = handlers.render_summary(data, "?actor=Kazakhstan", None, "/")
    again = handlers.render_summary(data, "?actor=Kazakhstan&event=astana-20", first[-1], "/")
    assert again[0] is no_update and again[-1] is no_update
    from tracker.dashboard.download import download_links

    assert download_links(data, "?actor=Kazakhstan", False, "/")[0] == "/download/events.csv?actor=Kazakhstan"


def test_no_match_and_bad_event_explain_themselves(data):
    summary = handlers.render_summary(data, "?q=zzzzzz&event=nope", None, "/")
    assert summary[0].startswith("0 of") and "No events match" in summary[-3]
    assert any("nope" in str(item.children) for item in summary[-2])
    assert handlers.render_overview(data, "?q=zzzzzz")["data"] == []
    figure, _ = handlers.render_timeline(data, "?q=zzzzzz")
    assert "No events match" in figure.layout.annotations[0].text


def test_table_pages_and_sorts(data):
    rows, info, note, view, selected, *ends = handlers.render_table(
        data, "?process=Astana+format&event=astana-21", None, None, 12, [{"colId": "round", "sort": "desc"}], None)
    assert len(rows) == 12 and view["pages"] >= 2 and note == "" and info.startswith("Rows 1–12 of ")
    assert rows[0]["round"] == max(r["round"] for r in rows if r["round"] != "")
    assert "astana-21" in selected["selected-event"] and ends == ["true", "true", "false", "false"]
    dated = handlers.render_table(data, "", None, None, 12, [], None)[0]
    assert dated[0]["date"] == "30 Jun 2012"


def test_detail_shows_data_as_text_and_only_web_links(data):
    from dash import html

    panel, hidden = handlers.render_detail(data, "?event=kaz-proposal-2023-06-21")
    assert hidden is False
    links = [c for c in _walk(panel) if isinstance(c, html.A)]
    assert links and all(link.href.startswith(("http://", "https://")) for link in links)
    buttons = [c for c in _walk(panel) if isinstance(c, html.Button)]
    assert any(b.id == {"type": ids.LINKED_EVENT, "index": "kaz-statement-2023-06-22"} for b in buttons)


def test_detail_of_a_hostile_event(store, data):
    import pandas as pd
    from dash import html

    from tracker.dashboard.data import DashboardData
    from tracker.frames import coerce
    from tracker.models import Tables

    stamp = pd.Timestamp("2024-01-01")
    store.save(Tables(
        events=coerce("events", pd.DataFrame([{"event_id": "bad", "title": "<img src=x onerror=alert(1)>",
                                                "event_type": "other", "status": "held", "start_date": "2023-01-01",
                                                "created_at": stamp, "updated_at": stamp}])),
        sources=coerce("sources", pd.DataFrame([{"source_id": "bad:s1", "event_id": "bad", "publisher": "p",
                                                 "url": "javascript:alert(1)"}]))))
    panel, _ = handlers.render_detail(DashboardData.load(store), "?event=bad")
    assert panel[0].children == "<img src=x onerror=alert(1)>"
    assert not [c for c in _walk(panel) if isinstance(c, html.A)]
    assert "javascript:alert(1)" in [c.children for c in _walk(panel) if isinstance(c, html.Code)]


def test_download_in_chunks_equals_the_export(store, data, run_cli):
    f = EventFilter.build(actors=["Kazakhstan"])
    body = b"".join(csv_chunks(data, f, chunk=4))
    cli = run_cli("export", "--db", store.location, "--format", "csv", "--actor", "Kazakhstan")
    assert body == cli.stdout_bytes
    assert b"".join(csv_chunks(data, EventFilter.build(text="zzzzzz"))).count(b"\r\n") == 1


def _walk(component):
    if isinstance(component, (list, tuple)):
        for child in component:
            yield from _walk(child)
        return
    yield component
    children = getattr(component, "children", None)
    if children is not None and not isinstance(children, str):
        yield from _walk(children)


def test_warming_up_draws_every_grouping_and_changes_nothing(data):
    before = handlers.render_timeline(data, "?group=actor")
    handlers.warm_up(data)
    assert handlers.render_timeline(data, "?group=actor") == before and hasattr(data, "_names")


def test_a_graph_resize_never_hides_a_click_that_came_with_it():
    from tracker.dashboard.callbacks import pick_trigger

    click = {"prop_id": "events-table.cellClicked", "value": {"rowId": "astana-20"}}
    resize = {"prop_id": "overview.relayoutData", "value": {"autosize": True}}
    zoom = {"prop_id": "overview.relayoutData", "value": {"xaxis.range[0]": "2020-01-01", "xaxis.range[1]": "2020-02-01"}}
    assert pick_trigger([resize, click]) == click and pick_trigger([click, resize]) == click
    assert pick_trigger([zoom]) == zoom and pick_trigger([resize]) == resize
    assert pick_trigger([{"prop_id": ".", "value": None}]) is None and pick_trigger([]) is None


def test_a_tag_in_the_detail_panel_and_the_tag_dropdown_filter_by_it(data):
    search = "?event=astana-06-zones-finalised&process=Astana+format"
    clicked = handlers.next_view(data, {"type": ids.TAG_LINK, "index": "Idlib"}, "x.n_clicks", 1, search, EMPTY)
    assert parse_state(clicked.search)[0].filter.tags == ("Idlib",) and "event=astana-06-zones-finalised" in clicked.search
    assert clicked.controls[handlers.CONTROLS.index(ids.TAG)] == ["Idlib"]
    picked = handlers.next_view(data, ids.TAG, f"{ids.TAG}.value", ["Idlib", "ceasefire"], "", controls(tag=["Idlib", "ceasefire"]))
    assert picked.search == "?tag=Idlib&tag=ceasefire"
    summary = handlers.render_summary(data, "?tag=Idlib", None, "/")
    tag_options = summary[2 + 7]
    assert {"label": "Idlib (5)", "value": "Idlib"} in tag_options and summary[0].startswith("5 of ")
    assert "tags: Idlib" in summary[1]


def test_a_window_with_no_event_in_it_says_so(data):
    """`?x0=2030-01-01&x1=2031-01-01` drew an empty chart with no word (QA)."""
    figure, _ = handlers.render_timeline(data, "?x0=2030-01-01&x1=2031-01-01")
    said = [a["text"] for a in figure["layout"]["annotations"] if a.get("name") == "empty window"]
    assert said and "is in this window" in said[0] and "Fit" in said[0]
    figure, _ = handlers.render_timeline(data, "?x0=2023-01-01&x1=2023-12-31")
    assert not [a for a in figure["layout"]["annotations"] if a.get("name") == "empty window"]
