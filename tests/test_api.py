"""The Python front door (`tracker.open`): its doctests, and the same answers as the CLI for the same filters."""
import doctest
import json
import re
import subprocess
import sys
import warnings

import pandas as pd
import pytest

import tracker
from tracker import api
from tracker.problems import InputError

#: (CLI options, API filter words): the same filter said both ways.
SAME_FILTERS = [
    (["--actor", "Kazakhstan", "--from", "2023-06-01", "--to", "2023-06-30"],
     dict(actor="Kazakhstan", since="2023-06-01", until="2023-06-30")),
    (["--process", "Astana format", "--round", "20"], dict(process="Astana format", round=20)),
    (["--actor", "Nowhere"], dict(actor="Nowhere")),
    (["--actor", "Nowhere", "--actor", "Kazakhstan", "--state", "any"], dict(actor=["Nowhere", "Kazakhstan"], state="any")),
    (["--venue", "Nur-Sultan", "--type", "talk_round"], dict(venue="Nur-Sultan", type="talk_round")),
    (["--q", "constitutional", "--tag", "syria"], dict(q="constitutional", tag="syria")),
    ([], {}),
]
IDS = [" ".join(cli) or "everything" for cli, _ in SAME_FILTERS]


@pytest.fixture()
def t(store):
    with tracker.Tracker(store) as opened:
        yield opened


def test_the_doctests_of_the_api_pass_on_the_shipped_data():
    result = doctest.testmod(api, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 10 and result.failed == 0


def test_import_tracker_stays_cheap():
    code = "import sys, tracker; print(sorted(m for m in ('pandas', 'tracker.api', 'tracker.store') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert tracker.Tracker is api.Tracker


@pytest.mark.parametrize(("options", "words"), SAME_FILTERS, ids=IDS)
def test_the_api_exports_what_the_cli_exports(run_cli, db_path, t, options, words):
    for fmt in ("csv", "json", "ics"):
        result = run_cli("export", "--db", db_path, "--format", fmt, *options)
        assert result.exit_code == 0
        assert t.export(fmt, **words) == result.stdout_bytes, fmt
    notes = re.findall(r"Note: (.*)\.\n", result.stderr)
    assert notes == list(t.select(**words).notices)


@pytest.mark.parametrize(("options", "words"), SAME_FILTERS, ids=IDS)
def test_the_api_counts_what_list_and_stats_print(run_cli, db_path, t, options, words):
    events = t.select(**words).events
    stats = run_cli("stats", "--db", db_path, *options)
    assert stats.stdout.startswith(f"{len(events)} events (")
    if len(events):
        assert f"{t.stats(**words).sources} sources" in stats.stdout
    listed = run_cli("list", "--db", db_path, *options)
    f = api.event_filter(**words)
    assert f"{len(events)} of {t.count(f.states)} events" in listed.stdout


def test_an_unknown_name_selects_nothing_and_warns(t):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert t.events(actor="Nowhere").empty
    assert [str(w.message) for w in caught] == ["no actor named 'Nowhere'; nothing selected"]
    assert caught[0].category is tracker.SelectionNote


def test_filter_words_dates_and_query_strings_say_the_same(t):
    import datetime as dt

    by_words = t.events(process="Astana format", since=dt.date(2023, 1, 1), until="2023-12")
    by_query = t.events("process=Astana+format&from=2023-01-01&to=2023-12")
    assert list(by_words["event_id"]) == list(by_query["event_id"]) and len(by_words)
    with pytest.raises(TypeError, match="unknown filter word.*actors"):
        t.events(actors="Kazakhstan")
    with pytest.raises(ValueError, match="unknown event type"):
        t.events(type="party")


@pytest.mark.parametrize("words, message", [
    ({"round": "x"}, "round: x is not a whole number"),
    ({"since": "soon"}, "since: 'soon' is not a date"),
    ({"from": "2023-06-10", "until": "2023-06-01"}, "until: 2023-06-01 is before the start date 2023-06-10"),
    ({"as_of": "later"}, "as_of: 'later' is not a date"),
    ({"type": "nonsense"}, "type: unknown event type(s) nonsense"),
])
def test_bad_filter_words_are_named_as_the_caller_wrote_them(t, words, message):
    """A Python caller wrote round=, not --round: the message names the word it used."""
    with pytest.raises(ValueError) as caught:
        t.events(**words)
    assert str(caught.value).startswith(message) and "--" not in str(caught.value)


def test_tables_holds_the_selected_events_and_their_rows(t):
    tables = t.tables(process="Astana format", round=20)
    assert list(tables.events["event_id"]) == ["astana-20"]
    assert set(tables.sources["event_id"]) == {"astana-20"} and len(tables.actors) == len(t.actors())


def test_export_and_brief_write_files(t, tmp_path):
    written = t.export("json", tmp_path / "kz.json", actor="Kazakhstan")
    assert json.loads(written.read_text(encoding="utf-8"))["events"]
    brief = t.brief("md", chart=False, process="Astana format", since="2023-06", until="2023-06")
    assert brief.startswith(b"#") and b"astana" in brief.lower()


def test_import_file_round_trips_an_export_and_refuses_bad_input(t, tmp_path):
    exported = tmp_path / "astana.csv"
    t.export("csv", exported, process="Astana format")
    with tracker.open(tmp_path / "new.db") as other:
        summary = other.import_file(exported)
        assert summary.events == summary.new == len(t.events(process="Astana format")) and summary.updated == 0
        again = other.import_file(exported, format="flat")
        assert again.new == 0 and again.updated == 0 and again.unchanged == summary.events  # given as stored
        pd.testing.assert_frame_equal(other.events(process="Astana format")[["event_id", "title"]],
                                      t.events(process="Astana format")[["event_id", "title"]])
        bad = tmp_path / "bad.csv"
        bad.write_text(exported.read_text(encoding="utf-8").replace(",talk_round,", ",party,", 1), encoding="utf-8")
        before = other.counts()
        with pytest.raises(InputError, match="event_type"):
            other.import_file(bad)
        assert other.counts() == before


def test_reference_tables_and_context_manager(tmp_path):
    with tracker.open(tmp_path / "t.db") as t:
        assert t.is_empty() and t.actors().empty
        t.load_shipped()
        assert "Kazakhstan" in set(t.actors()["name"]) and len(t.venues()) and not t.is_empty()
        assert repr(t).startswith("<Tracker ") and t.count(["confirmed", "candidate", "rejected"]) == t.counts()["events"]
    with pytest.raises(Exception):
        t.counts()  # closed
