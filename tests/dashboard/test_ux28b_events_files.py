"""The page import's loose ends (ux28b): "Show the timeline" after an import opens a view that shows what was
imported (its review states and the days it spans, as a shareable URL the timeline reads), and the check tells the
stored events a file changes from those it leaves as they are."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.dashboard.test_ux27b_events_files import _upload, live  # noqa: F401 - the page's data over `store`, a fixture
from tracker.dashboard.review import events_files
from tracker.filters import EventFilter, apply_filter

HEADER = "event_id,title,event_type,status,start_date,end_date,venue,venue_country,sources\n"
GOOD = (HEADER + "desk-1,Envoys meet in Astana,meeting,held,2024-05-14,,Astana,KAZ,Desk Wire | 2024-05-14 |  | "
        "https://example.org/1\ndesk-2,Guarantors' talks,talk_round,held,2024-05-15,2024-05-17,Astana,KAZ,Desk Wire | "
        "2024-05-15 |  | https://example.org/2\n")


def _link(panel) -> str:
    found = []

    def walk(node):
        if getattr(node, "href", None) is not None:
            found.append(node.href)
        children = getattr(node, "children", None)
        for child in children if isinstance(children, list) else [children]:
            if child is not None and not isinstance(child, str):
                walk(child)
    walk(panel)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("state, states", [("candidate", ("candidate",)), ("", ("confirmed",))])
def test_show_the_timeline_opens_a_view_that_shows_what_was_imported(live, store, state, states):
    """ux27b's defect 3: the link opened the default view, where candidates are hidden."""
    files = [{"name": "desk.csv", "contents": _upload(GOOD)}]
    panel, kept, _ = events_files.clicked(live, 0, files, {0: state}, "editor", "/app/")
    href = _link(panel)
    assert href.startswith("/app/?")
    shown, notices = EventFilter.from_query_string(href.split("?", 1)[1])
    assert notices == [] and shown.states == states
    assert (shown.date_from, shown.date_to) == (dt.date(2024, 5, 14), dt.date(2024, 5, 17))
    selected = apply_filter(store.load(), shown)["event_id"]
    assert {"desk-1", "desk-2"} <= set(selected)
    # the card is drawn again from what the page keeps (after the next file's import): the same link
    assert _link(events_files.render(live, kept, "editor", "/app/")) == href


def test_the_page_check_says_which_stored_events_change(live, store):
    events_files.clicked(live, 0, [{"name": "desk.csv", "contents": _upload(GOOD)}], {0: "confirmed"}, "editor", "/")
    again = GOOD.replace("Guarantors' talks", "Guarantors' talks (first day)")
    panel, _ = events_files.dropped(live, [_upload(again)], ["desk.csv"], "editor", "/")
    text = str(panel)
    assert ("2 events would come in (0 new; 1 changes a stored event; 1 already stored exactly as given: left as it "
            "is), with 2 sources") in text, text
    assert "'desk-2' is already in the store; it will be updated: its title changes" in text


def test_a_csv_no_importer_recognises_is_checked_as_tracker_import_reads_it(live):
    """Found on ux28b's walk: a CSV whose header no importer knew went to the article upload ("names no publisher")."""
    odd = "Desk list\nid;what;when\n1;talks;2024-05-14\n"
    panel, files = events_files.dropped(live, [_upload(odd)], ["desk_list.csv"], "editor", "/")
    text = str(panel)
    assert [f["name"] for f in files] == ["desk_list.csv"]
    assert "read as the tracker's flat format" in text and "required column(s) missing" in text, text

