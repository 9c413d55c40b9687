"""The dashboard "as of" an instant (`as_of` in the URL): every view, the downloads and the editor, on both engines."""
from __future__ import annotations

import csv
import datetime as dt
import io
import time

import pytest

from tracker.dashboard import handlers, ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.handlers import act
from tracker.dashboard.live import LiveData
from tracker.dashboard.past import banner, data_for
from tracker.dashboard.state import parse_state
from tracker.instants import query_text
from tracker.store.history import now_utc

OLD_TITLE = "20th International Meeting on Syria in the Astana format"


@pytest.fixture()
def past(empty_store, mini):
    """A LiveData over `mini` after an edit of r20's title and the deletion of r12, made after `live.before`."""
    empty_store.save(mini)
    time.sleep(0.01)
    before = now_utc()
    time.sleep(0.01)
    empty_store.edit_event("r20", {"title": "Renamed round"}, expected_version=None, user="alice")
    empty_store.delete_event("r12", expected_version=None, user="bob")
    live = LiveData(empty_store, DashboardData.load(empty_store))
    live.before = query_text(before)
    return live


def _text(children) -> str:
    return str(children)


def test_the_url_keeps_as_of_and_the_controls_show_it():
    state, notices = parse_state("?actor=Kazakhstan&as_of=2026-12-01T09:30")
    assert notices == [] and state.filter.as_of is not None
    assert handlers.controls_of(state)[handlers.CONTROLS.index(ids.AS_OF)] == "2026-12-01T09:30:00"
    assert state.to_search() == "?actor=Kazakhstan&as_of=2026-12-01T09%3A30%3A00"


def test_every_view_shows_the_chronology_as_known_then(past):
    then, now = f"?event=r20&as_of={past.before}&state=any", "?event=r20&state=any"
    assert data_for(past, now) is past.data  # no as_of: the current copy itself
    old = data_for(past, then)
    assert old is not past.data and data_for(past, then) is old  # built once, then kept
    assert OLD_TITLE in _text(handlers.render_detail(old, then)[0])
    assert "Renamed round" in _text(handlers.render_detail(past.data, now)[0])
    count_then = handlers.render_summary(old, then, None, "/")[0]
    count_now = handlers.render_summary(past.data, now, None, "/")[0]
    assert count_then.split()[0] == str(int(count_now.split()[0]) + 1)  # r12 was still there
    rows_then = handlers.render_table(old, then, ids.TABLE_PAGE, 0, 100, [], None)[0]
    rows_now = handlers.render_table(past.data, now, ids.TABLE_PAGE, 0, 100, [], None)[0]
    assert "r12" in {r["id"] for r in rows_then} and "r12" not in {r["id"] for r in rows_now}
    assert "as of" in handlers.render_summary(old, then, None, "/")[1]
    figure = handlers.render_timeline_view(old, then)[0]
    assert any("r12" in (t.get("customdata") or []) for t in figure["data"] if isinstance(t.get("customdata"), list))


def test_the_copy_is_dropped_when_the_store_changes(past):
    then = f"?as_of={past.before}"
    old = data_for(past, then)
    past.write(lambda data, store: [store.edit_event("prop", {"title": "Another"}, expected_version=None).event_id])
    assert data_for(past, then) is not old and data_for(past, then).version == past.data.version


def test_the_banner_links_back_to_now_keeping_the_view(past):
    children, hidden = banner(f"?actor=Kazakhstan&as_of={past.before}&event=r20", "/")
    assert not hidden and "Showing the chronology as known on" in _text(children)
    assert "'/?actor=Kazakhstan&event=r20'" in _text(children) or "href='/?actor=Kazakhstan&event=r20'" in _text(children)
    assert banner("?actor=Kazakhstan", "/") == ([], True)


def test_the_as_of_box_writes_the_url_and_a_bad_value_says_why(past):
    values = handlers.controls_of(parse_state("")[0])
    values[handlers.CONTROLS.index(ids.AS_OF)] = past.before
    answer = handlers.next_view(past.data, ids.AS_OF, f"{ids.AS_OF}.value", past.before, "", values)
    assert parse_state(answer.search)[0].filter.as_of is not None
    values[handlers.CONTROLS.index(ids.AS_OF)] = "last spring"
    bad = handlers.next_view(past.data, ids.AS_OF, f"{ids.AS_OF}.value", "last spring", "", values)
    assert "as-of" in bad.notice and "last spring" in bad.notice and bad.search is handlers.no_update
    values[handlers.CONTROLS.index(ids.AS_OF)] = ""  # cleared: now
    cleared = handlers.next_view(past.data, ids.AS_OF, f"{ids.AS_OF}.value", "", f"?as_of={past.before}", values)
    assert cleared.search == ""


def test_the_editor_does_nothing_in_a_past_view(past):
    search = f"?event=r20&as_of={past.before}"
    version = past.data.version
    for trigger, value in ((ids.EDITOR_ADD, 1), ({"type": ids.EDITOR_DELETE, "index": "r20"}, 1),
                           ({"type": ids.EDITOR_EDIT, "index": "r20"}, 1), (ids.EDITOR_SAVE, 1)):
        outcome = act(past, trigger, value, {"event_id": "r20", "version": 2}, {}, search)
        assert "Nothing was changed" in _text(outcome.notice) and outcome.hidden is handlers.no_update
    assert past.data.version == version and past.store.event_record("r20") is not None


def test_the_download_as_of_is_the_cli_export_as_of(store, run_cli, tmp_path):
    from openpyxl import load_workbook

    from tracker.dashboard.app import create_app

    time.sleep(0.01)
    before = query_text(now_utc())
    time.sleep(0.01)
    store.edit_event("astana-20", {"title": "Renamed, with a comma"}, expected_version=None)
    store.delete_event("astana-12", expected_version=None)
    client = create_app(store).server.test_client()
    page = client.get(f"/download/events.csv?as_of={before}").data
    cli = run_cli("export", "--db", store.location, "--format", "csv", "--as-of", before)
    assert cli.exit_code == 0, cli.output
    assert page == cli.stdout_bytes
    rows = list(csv.DictReader(io.StringIO(page.decode("utf-8"))))
    assert "astana-12" in {r["event_id"] for r in rows} and "Renamed, with a comma" not in page.decode()
    assert client.get("/download/events.csv").data != page  # now differs

    xlsx = client.get(f"/download/events.xlsx?as_of={before}&process=Astana+format").data
    out = tmp_path / "then.xlsx"
    assert run_cli("export", "--db", store.location, "--format", "xlsx", "-o", str(out), "--as-of", before,
                   "--process", "Astana format").exit_code == 0
    cells = [[list(r) for r in load_workbook(source).active.iter_rows(values_only=True)]
             for source in (io.BytesIO(xlsx), out)]
    assert cells[0] == cells[1] and len(cells[0]) > 1


def test_the_download_and_briefing_links_carry_as_of(past):
    from tracker.dashboard.brief import brief_href
    from tracker.dashboard.download import download_links

    search = f"?process=Astana+format&as_of={past.before}"
    data = data_for(past, search)
    assert all("as_of=" in link for link in download_links(data, search, False, "/")[::2])
    assert "as_of=" in brief_href(data, search, "md", "/")
    assert "as_of=" not in brief_href(past.data, "?process=Astana+format", "md", "/")


def test_a_past_view_searches_the_text_of_then_and_says_when_nothing_was_known(past):
    then = f"?q=Renamed&as_of={past.before}"
    assert handlers.render_summary(data_for(past, then), then, None, "/")[0].startswith("0 of")
    assert handlers.render_summary(past.data, "?q=Renamed", None, "/")[0].startswith("1 of")
    early = "?as_of=2000-01-01"
    summary = handlers.render_summary(data_for(past, early), early, None, "/")
    assert summary[0] == "0 of 0 events" and "No events were known on 1 Jan 2000" in summary[-3]
    figure = handlers.render_timeline(data_for(past, early), early)[0]
    assert "No events were known" in str(figure["layout"]["annotations"] if isinstance(figure, dict) else figure.layout)


@pytest.mark.parametrize("as_of", ["2030-01-01", "2999-12-31T23:59", None])
def test_a_future_as_of_is_now_with_a_note(past, as_of):
    """A future instant (today's date too: a day means its end) is today's data, not "as known on 1 Jan 2030, editing
    off": parse_state drops it with a note; the page takes it out of the URL and the box, saying why."""
    as_of = as_of or query_text(now_utc()).split("T")[0]  # today
    state, notices = parse_state(f"?process=Astana+format&as_of={as_of}")
    assert state.filter.as_of is None and [n for n in notices if "later than now" in n], notices
    assert banner(f"?as_of={as_of}", "/") == ([], True)
    answer = handlers.next_view(past.data, ids.URL, f"{ids.URL}.search", f"?as_of={as_of}", f"?process=x&as_of={as_of}",
                                handlers.controls_of(state))
    assert answer.search == "?process=x" and "later than now" in answer.notice
    assert answer.controls[handlers.CONTROLS.index(ids.AS_OF)] == ""
    values = handlers.controls_of(parse_state("")[0])
    values[handlers.CONTROLS.index(ids.AS_OF)] = as_of  # typed into the box
    typed = handlers.next_view(past.data, ids.AS_OF, f"{ids.AS_OF}.value", as_of, "?event=r20", values)
    assert typed.search is handlers.no_update and "later than now" in typed.notice
    assert typed.controls[handlers.CONTROLS.index(ids.AS_OF)] == ""


def test_a_link_to_a_deleted_event_says_who_deleted_it_and_its_panel_closes(past):
    """r12 was deleted by bob: the link's detail says so (a past view, which has it, shows it as it was)."""
    state, notices = handlers._state(past.data, "?event=r12")
    assert state.event is None and any("r12 was deleted by bob" in n for n in notices)
    panel, hidden = handlers.render_detail(past.data, "?event=r12&actor=Kazakhstan")
    assert not hidden and "This event was deleted by bob" in _text(panel) and "as_of=" in _text(panel)
    closed = handlers.next_view(past.data, ids.DETAIL_CLOSE, f"{ids.DETAIL_CLOSE}.n_clicks", 1,
                                "?actor=Kazakhstan&event=r12", handlers.controls_of(state))
    assert closed.search == "?actor=Kazakhstan"
    assert handlers.render_detail(past.data, "?event=nowhere")[1] is True  # never stored: the placeholder


@pytest.mark.parametrize("trigger, picked, typed, answer", [
    ("picker", "2017-01-26", "", ("2017-01-26", "keep", "keep")),  # a day picked fills the box
    ("picker", None, "2017-01-26", ("", "keep", "keep")),  # the calendar cleared: now
    ("picker", "2017-01-26", "2017-01-26T09:30", ("keep", "keep", "keep")),  # its echo of the box keeps the time
    ("picker", None, "last spring", ("keep", "keep", "keep")),  # emptied for a box that holds no day: the text stays
    ("box", None, "2017-01-26T09:30", ("keep", "2017-01-26", "2017-01-26")),  # the box's day shows in the calendar
    ("box", "2017-01-26", "", ("keep", None, "TODAY")),  # emptied: the calendar opens on this month
])
def test_the_as_of_calendar_and_box_say_one_thing(trigger, picked, typed, answer):
    from dash import no_update

    from tracker.dashboard.past import picker_sync

    got = picker_sync(ids.AS_OF_PICKER if trigger == "picker" else ids.AS_OF, picked, typed)
    answer = tuple(dt.date.today().isoformat() if value == "TODAY" else value for value in answer)
    assert tuple("keep" if value is no_update else value for value in got) == answer


def test_a_link_to_an_event_deleted_at_that_moment_says_so_in_the_past_view(past):
    """QA11: `/?as_of=T&event=X`, X deleted before T and restored since, said "ignored URL parameter event=X: no
    such event" (a past copy has no store to ask); it says who had deleted it, as the present view does. An event
    deleted since is shown as it was then."""
    time.sleep(0.01)
    deleted_then = query_text(now_utc())  # r12: deleted by bob (after `before`) ...
    time.sleep(0.01)
    past.store.undo("r12", user="carol")  # ... and back now
    live = LiveData(past.store, DashboardData.load(past.store))
    search = f"?event=r12&as_of={deleted_then}"
    old = data_for(live, search)
    state, notices = handlers._state(old, search)
    assert state.event is None and not any("no such event" in n for n in notices), notices
    assert any("r12 had been deleted by bob" in n for n in notices), notices
    panel, hidden = handlers.render_detail(old, search)
    assert not hidden and "This event had been deleted by bob" in _text(panel) and "Undo" not in _text(panel)
    # before bob deleted it, the same link shows the event as it was
    earlier = f"?event=r12&as_of={past.before}"
    panel, hidden = handlers.render_detail(data_for(live, earlier), earlier)
    assert not hidden and "deleted" not in _text(panel) and "12th International Meeting" in _text(panel)
    assert handlers.render_detail(data_for(live, f"?event=nowhere&as_of={deleted_then}"),
                                  f"?event=nowhere&as_of={deleted_then}")[1] is True  # never stored: the placeholder
