"""The downloads' "only the visible time window" and the briefing's "what changed since" live in the URL, as the
filters do (QA: they were lost on reload and in a shared link)."""
from __future__ import annotations

from urllib.parse import parse_qs

from dash import no_update

from tracker.dashboard import handlers, ids
from tracker.dashboard.brief import brief_href, changes_query
from tracker.dashboard.download import download_links
from tracker.dashboard.state import ViewState, parse_state

EMPTY = [[], [], [], [], [], [], ["confirmed"], "", "", "", "process", [], [], "", [], ""]  # one per handlers.CONTROLS
WINDOW = "?process=Astana+format&x0=2023-01-01&x1=2023-06-30"


def controls(**changes) -> list:
    values = list(EMPTY)
    for name, value in changes.items():
        values[handlers.CONTROLS.index(getattr(ids, name.upper()))] = value
    return values


def test_the_choices_round_trip_through_the_url_and_a_bad_one_is_noted():
    state, notices = parse_state(WINDOW + "&window=only&changes_since=2023-06-15")
    assert notices == [] and state.window_only and state.changes_since == "2023-06-15"
    assert parse_state(state.to_search()) == (state, [])
    state, notices = parse_state("?window=all&changes_since=soon")
    assert not state.window_only and state.changes_since is None
    assert notices[0] == "ignored URL parameter window=all: use window=only"
    assert notices[1].startswith("ignored URL parameter changes_since=soon: ")
    assert changes_query("soon")[1].startswith("Not read")  # the box's hint, read as the URL is


def test_ticking_the_window_box_and_typing_a_date_write_the_url(data):
    ticked = controls(process=["Astana format"], download_window=["window"])
    sync = handlers.next_view(data, ids.DOWNLOAD_WINDOW, f"{ids.DOWNLOAD_WINDOW}.value", ["window"], WINDOW, ticked)
    assert parse_qs(sync.search.lstrip("?"))["window"] == ["only"]
    assert parse_qs(sync.search.lstrip("?"))["x1"] == ["2023-06-30"]  # the window itself stays
    typed = controls(process=["Astana format"], download_window=["window"], brief_changes=" 2023-06-15 ")
    sync = handlers.next_view(data, ids.BRIEF_CHANGES, f"{ids.BRIEF_CHANGES}.value", " 2023-06-15 ",
                              WINDOW + "&window=only", typed)
    assert parse_qs(sync.search.lstrip("?"))["changes_since"] == ["2023-06-15"]
    refused = controls(process=["Astana format"], brief_changes="soon")
    sync = handlers.next_view(data, ids.BRIEF_CHANGES, f"{ids.BRIEF_CHANGES}.value", "soon",
                              "?process=Astana+format&changes_since=2023-06-15", refused)
    assert sync.search == "?process=Astana+format"  # not read: the briefing has no changes, as its hint says


def test_opening_a_url_sets_the_box_and_the_checkbox_and_reset_keeps_them(data):
    search = WINDOW + "&window=only&changes_since=2023-06-15"
    sync = handlers.next_view(data, None, "", None, search, EMPTY)
    assert sync.controls[handlers.CONTROLS.index(ids.DOWNLOAD_WINDOW)] == ["window"]
    assert sync.controls[handlers.CONTROLS.index(ids.BRIEF_CHANGES)] == "2023-06-15"
    sync = handlers.next_view(data, ids.RESET, f"{ids.RESET}.n_clicks", 1, search, EMPTY)
    assert parse_qs(sync.search.lstrip("?")) == {"window": ["only"], "changes_since": ["2023-06-15"]}


def test_the_links_follow_the_urls_choices(data):
    search = WINDOW + "&window=only&changes_since=2023-06-15"
    csv_href = download_links(data, search, parse_state(search)[0].window_only, "/")[0]
    assert "x1=2023-06-30" in csv_href and "window=" not in csv_href and "changes_since" not in csv_href
    state = parse_state(search)[0]
    href = brief_href(data, search, "md", "/", state.window_only, None, state.changes_since)
    assert href.endswith("x1=2023-06-30&since=2023-06-15&changes_since=2023-06-15")
    assert handlers.next_view(data, ids.FIT, f"{ids.FIT}.n_clicks", 1, search, EMPTY).search is not no_update
    assert ViewState().to_search() == ""
