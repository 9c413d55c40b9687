"""The extract, ingest, eval and review commands, in-process against real SQLite stores."""
from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

from tracker.cli import cli
from tracker.models import Tables


def _snapshot(store) -> dict:
    tables = store.load()
    return {name: frame.sort_values(list(frame.columns)[:1]).reset_index(drop=True).to_json(date_format="iso") for name, frame in tables.items()}


def test_extract_prints_json_and_changes_nothing(run_cli, store, seed_path) -> None:
    before = _snapshot(store)
    result = run_cli("extract", seed_path, "--db", store.location)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["publisher"] == "Interfax"
    assert {e["event_type"] for e in data["events"]} == {"statement", "proposal", "talk_round"}
    assert _snapshot(store) == before


def test_extract_reads_stdin(run_cli, seed_path, tmp_path) -> None:
    result = run_cli("extract", "-", "--db", tmp_path / "none.db", input=seed_path.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["dateline_place"] == "Astana"
    assert not (tmp_path / "none.db").exists()


def test_ingest_into_the_shipped_store_suggests_a_source_then_nothing(run_cli, store, seed_path) -> None:
    before = _snapshot(store)
    first = run_cli("ingest", seed_path, "--db", store.location)
    assert first.exit_code == 0, first.output
    assert "0 new, 0 merged into existing events, 1 suggested as sources of confirmed events, 2 skipped" in first.stdout
    assert _snapshot(store) == before  # the confirmed round 20 is unchanged: only a suggestion is stored
    assert store.suggestions()["event_id"].tolist() == ["astana-20"]
    second = run_cli("ingest", seed_path, "--db", store.location)
    assert "0 new, 0 merged into existing events, 0 suggested as sources of confirmed events, 3 skipped" in second.stdout
    assert _snapshot(store) == before and len(store.suggestions()) == 1
    # each skip says which event and why (the page's "3 skipped" was unexplained)
    why = [line for line in second.output.splitlines() if line.endswith("(waiting for review, or rejected); skipped")]
    assert len(why) == 3 and any("(astana-20)" in line for line in why), second.output


def test_ingest_twice_into_an_empty_store_changes_nothing_the_second_time(run_cli, empty_store, seed_path) -> None:
    first = run_cli("ingest", seed_path, "--db", empty_store.location)
    assert "2 new" in first.stdout
    tables = empty_store.load()
    assert set(tables.events["review_state"].astype(str)) == {"candidate"}
    assert set(tables.actors["review_state"].astype(str)) == {"candidate"}
    assert len(tables.quotes) == 3 and set(tables.sources["publisher"]) == {"Interfax"}
    before = _snapshot(empty_store)
    second = run_cli("ingest", seed_path, "--db", empty_store.location)
    assert "0 new, 0 merged into existing events" in second.stdout
    assert _snapshot(empty_store) == before


def test_ingest_a_folder_with_a_feed(run_cli, empty_store, tmp_path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Talks end</title><link>https://example.org/a</link><pubDate>Wed, 21 Jun 2023 10:00:00 GMT</pubDate>"
        "<description>Kazakh Deputy Foreign Minister Kanat Tumysh proposed on Wednesday that the Astana format talks end."
        "</description></item></channel></rss>", encoding="utf-8")
    result = run_cli("ingest", folder, "--db", empty_store.location)
    assert "1 article: 1 new" in result.stdout
    assert empty_store.load().sources["url"].tolist() == ["https://example.org/a"]


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary file"),
    ("latin1.txt", "Kazakhstan said Türkiye proposed talks on Wednesday.".encode("latin-1"), "not UTF-8"),
    ("nodate.txt", b"Kazakhstan proposed on Wednesday that the talks in the Astana format end.\n\n"
                   b"The ministry said in a statement on Thursday that it was ready.", "no publication date"),
    ("page.html", b"<html><head><title>Index</title></head><body><nav>Home | World</nav></body></html>", "no article"),
])
def test_bad_input_is_refused_and_nothing_is_stored(run_cli, store, tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = store.counts()
    result = run_cli("ingest", path, "--db", store.location)
    assert message in result.stderr and name in result.stderr
    assert store.counts() == before
    extracted = run_cli("extract", path, "--db", store.location)
    assert message in extracted.stderr and name in extracted.stderr
    if name == "nodate.txt":
        assert all(e["start_date"] is None for e in json.loads(extracted.stdout)["events"])


def test_twenty_megabytes_is_refused(run_cli, store, tmp_path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Kazakhstan said on Wednesday that the talks are over. " * 400_000)
    before = store.counts()
    result = run_cli("ingest", path, "--db", store.location)
    assert "over the limit" in result.stderr and "huge.txt" in result.stderr
    assert store.counts() == before


def test_review_flow(run_cli, empty_store, seed_path, shipped) -> None:
    db = empty_store.location
    run_cli("ingest", seed_path, "--db", db)
    listing = run_cli("review", "list", "--db", db)
    ids = [line.split()[0] for line in listing.stdout.splitlines() if line.startswith("x-")]
    assert len(ids) == 2 and "the ministry said in a statement on Thursday" in listing.stdout.replace("\n", " ") or \
        "Kazakh Foreign Ministry said" in listing.stdout
    statement = next(i for i in ids if i.startswith("x-statement"))
    proposal = next(i for i in ids if i.startswith("x-proposal"))
    assert run_cli("review", "edit", proposal, "--set", "status=held", "--set", "title=Kazakhstan proposes the end",
                   "--db", db).exit_code == 0
    assert run_cli("review", "accept", proposal, "--db", db).exit_code == 0
    empty_store.save(Tables(events=shipped.events[shipped.events["event_id"] == "astana-20"]))
    assert run_cli("review", "merge", statement, "astana-20", "--db", db).exit_code == 0
    tables = empty_store.load()
    states = dict(zip(tables.events["event_id"], tables.events["review_state"].astype(str)))
    assert states[proposal] == "confirmed" and states[statement] == "rejected"
    assert tables.events.set_index("event_id").loc[proposal, "title"] == "Kazakhstan proposes the end"
    assert (tables.sources["event_id"] == "astana-20").sum() == 1
    assert ((tables.event_links["from_event_id"] == statement) & (tables.event_links["to_event_id"] == "astana-20")).any()
    bad = run_cli("review", "reject", "no-such-id", "--db", db)
    assert bad.exit_code != 0 and "no event with id" in bad.stderr
    # a full export of the reviewed store imports back: the merged candidate gave its sources away
    exported = empty_store.location + ".all.csv"
    assert run_cli("export", "--db", db, "--format", "csv", "--state", "any", "-o", exported).exit_code == 0
    again = run_cli("import", "--db", db, exported)
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize("path", [["extract"], ["ingest"], ["eval"], ["review"], ["review", "list"], ["review", "accept"],
                                  ["review", "reject"], ["review", "merge"], ["review", "edit"]])
def test_help_has_an_example(run_cli, path) -> None:
    result = run_cli(*path, "--help")
    assert "Example:" in result.stdout


def test_commands_are_registered() -> None:
    assert {"extract", "ingest", "eval", "review"} <= set(cli.list_commands(click.Context(cli)))


def test_a_wire_without_a_year_is_ingested_with_published(run_cli, empty_store) -> None:
    wire = Path(__file__).resolve().parents[1] / "fixtures" / "wire_without_year.txt"
    guessed = json.loads(run_cli("extract", wire, "--db", empty_store.location).stdout)
    assert guessed["article"]["published_at"][5:10] == "03-03" and guessed["notes"] and guessed["events"]
    assert all(e["confidence"] <= 0.85 for e in guessed["events"])  # a guessed year lowers the confidence
    extracted = json.loads(run_cli("extract", wire, "--db", empty_store.location, "--published", "2023-03-03").stdout)
    assert extracted["article"]["published_at"].startswith("2023-03-03") and extracted["events"]
    result = run_cli("ingest", wire, "--db", empty_store.location, "--published", "2023-03-03")
    # every extracted event is stored, or recognised as one stored from this article a moment before ("skipped": the
    # ministry's proposal and its spokesman's of the same day are one event, round 820)
    new, skipped = (int(re.search(rf"(\d+) {word}", result.stdout).group(1)) for word in ("new", "skipped"))
    assert new >= 1 and new + skipped == len(extracted["events"]) and len(empty_store.load().events) == new
    assert set(empty_store.load().sources["published_at"].dt.date.astype(str)) == {"2023-03-03"}
    bad = run_cli("ingest", wire, "--db", empty_store.location, "--published", "3 March")
    assert bad.exit_code == 2 and "--published" in bad.stderr and "YYYY-MM-DD" in bad.stderr


def test_a_page_with_no_date_at_all_is_read_stored_only_with_published(run_cli, empty_store, tmp_path) -> None:
    """`extract` lists its events, those dated from publication undated; `ingest` stores nothing and says how many
    candidates wait for `--published`; with it, they are stored dated."""
    page = tmp_path / "doha.txt"
    page.write_text("publisher: Prensa Latina\n\nDelegations meet in Doha\n\nThe delegations of Chile and Peru met in Doha on Sunday, the Qatari "
                    "Foreign Ministry said.\n\nThe talks follow the border agreement that Chile and Peru signed on "
                    "27 January 2023.\n", encoding="utf-8")
    extracted = json.loads(run_cli("extract", page, "--db", empty_store.location).stdout)
    assert sorted(str(e["start_date"]) for e in extracted["events"]) == ["2023-01-27", "None"]
    refused = run_cli("ingest", page, "--db", empty_store.location)
    assert "no timestamp, date line or dated dateline" in refused.output and "2 candidate event(s) read" in refused.output
    assert empty_store.load().events.empty
    run_cli("ingest", page, "--db", empty_store.location, "--published", "2023-05-12")
    assert set(empty_store.load().events["start_date"].astype(str)) == {"2023-01-27", "2023-05-07"}


def test_a_page_naming_no_publisher_is_stored_only_with_publisher(run_cli, empty_store, tmp_path) -> None:
    """Every stored event cites its source by publisher: a text naming none is read, nothing is stored from it, the
    note says how to name it; `--publisher` names it (an article naming its own keeps it)."""
    page = tmp_path / "lima.txt"
    page.write_text("published: 2023-05-12\n\nChile and Peru sign a memorandum\n\nChile and Peru signed a memorandum "
                    "on fisheries in Lima on Tuesday, the two foreign ministries said.\n", encoding="utf-8")
    refused = run_cli("ingest", page, "--db", empty_store.location)
    assert "names no publisher" in refused.output and "--publisher NAME" in refused.output
    assert empty_store.load().events.empty
    run_cli("ingest", page, "--db", empty_store.location, "--publisher", "Prensa Latina")
    assert list(empty_store.load().sources["publisher"]) == ["Prensa Latina"]
    wire = Path(__file__).resolve().parents[1] / "fixtures" / "wire_without_year.txt"
    kept = json.loads(run_cli("extract", wire, "--db", empty_store.location, "--publisher", "Someone").stdout)
    assert kept["article"]["publisher"] == "Interfax"
