"""A URL value that matches nothing selects nothing and says so: the page, the CSV, the brief and the command agree."""
from __future__ import annotations

import pytest

from tracker.dashboard import handlers
from tracker.dashboard.app import create_app
from tracker.dashboard.data import DashboardData

CASES = [
    ("actor=Kazakhstan&round=77", ("--actor", "Kazakhstan", "--round", "77"), "no event has round 77; nothing selected"),
    ("tag=nothere", ("--tag", "nothere"), "no event tagged 'nothere'; nothing selected"),
    ("actor=Kazakhstan&tag=nothere", ("--actor", "Kazakhstan", "--tag", "nothere"), "no event tagged 'nothere'"),
    ("actor=Kazakhstan&actor=Nowhere&round=77", ("--actor", "Kazakhstan", "--actor", "Nowhere", "--round", "77"),
     "no event has round 77"),
]


@pytest.mark.parametrize("query, options, note", CASES)
def test_page_download_brief_and_command_select_nothing_and_say_so(store, run_cli, query, options, note):
    data = DashboardData.load(store)
    summary = handlers.render_summary(data, "?" + query, None, "/")
    assert summary[0].startswith("0 of ")
    assert any(note in str(item.children) for item in summary[-2]), summary[-2]

    client = create_app(store).server.test_client()
    csv = client.get(f"/download/events.csv?{query}")
    assert csv.status_code == 200 and csv.data.decode().strip().count("\n") == 0  # the header alone
    brief = client.get(f"/download/brief.md?{query}").data.decode()
    assert "No events match the filters." in brief and note in brief

    result = run_cli("list", "--db", store.location, *options)
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("0 of ")
    assert f"Note: {note}" in result.stderr


def test_a_known_tag_is_not_noted(store):
    data = DashboardData.load(store)
    tag = next(t for cell in data.tables.events["tags"].dropna() for t in str(cell).split(";") if t.strip()).strip()
    summary = handlers.render_summary(data, f"?tag={tag.upper()}", None, "/")
    assert not summary[0].startswith("0 of ") and not summary[-2]


def test_a_known_tag_outside_the_dates_is_not_noted_anywhere(store, run_cli):
    """The command line read only the events inside the dates (its narrowed SQL read) and said 'no event tagged
    ...' of a tag five events carry; the page said nothing. Neither says it now: the dates alone select nothing."""
    data = DashboardData.load(store)
    tag = next(t for cell in data.tables.events["tags"].dropna() for t in str(cell).split(";") if t.strip()).strip()
    result = run_cli("list", "--db", store.location, "--tag", tag, "--from", "2100")
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("0 of ")
    assert "no event tagged" not in result.stderr, result.stderr
    summary = handlers.render_summary(data, f"?tag={tag}&from=2100", None, "/")
    assert summary[0].startswith("0 of ") and not summary[-2]
