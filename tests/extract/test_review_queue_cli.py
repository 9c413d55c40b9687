"""`tracker review` on suggested sources: an ingest never changes a confirmed event; a person accepts or rejects."""
from __future__ import annotations

import pytest

ROUND = "astana-20"


@pytest.fixture()
def suggested(run_cli, store, seed_path) -> str:
    """The shipped store after ingesting the seed article: one suggestion for round 20 of the Astana format."""
    result = run_cli("ingest", seed_path, "--db", store.location)
    assert result.exit_code == 0, result.output
    return store.suggestions()["suggestion_id"].iloc[0]


def test_review_list_shows_the_suggestion_with_its_event_and_confidence(run_cli, store, suggested) -> None:
    result = run_cli("review", "list", "--db", store.location)
    assert result.exit_code == 0, result.output
    assert "1 suggested source(s) for confirmed events" in result.stdout
    line = next(x for x in result.stdout.splitlines() if x.startswith(suggested))
    assert "Interfax" in line and f"({ROUND})" in line and "confidence 0." in line


def test_accept_attaches_the_source_and_its_quotes_and_drops_the_suggestion(run_cli, store, suggested) -> None:
    before = store.load()
    result = run_cli("review", "accept", suggested, "--db", store.location)
    assert result.exit_code == 0, result.output
    assert f"{suggested} is now a source of {ROUND}" in result.stdout
    after = store.load()
    assert (after.sources["event_id"] == ROUND).sum() == (before.sources["event_id"] == ROUND).sum() + 1
    assert suggested in set(after.sources["source_id"])
    assert set(after.quotes.loc[after.quotes["source_id"] == suggested, "event_id"]) <= {ROUND}
    assert store.suggestions().empty

    again = run_cli("review", "accept", suggested, "--db", store.location)
    assert again.exit_code != 0 and "no event with id" in again.output


def test_reject_drops_the_suggestion_and_the_article_is_not_suggested_again(run_cli, store, suggested, seed_path) -> None:
    before = store.load()
    result = run_cli("review", "reject", suggested, "--db", store.location)
    assert result.exit_code == 0, result.output
    assert store.suggestions().empty and len(store.suggestions(("rejected",))) == 1
    after = store.load()
    assert len(after.sources) == len(before.sources) and len(after.quotes) == len(before.quotes)
    again = run_cli("ingest", seed_path, "--db", store.location)
    assert "0 suggested as sources of confirmed events, 3 skipped" in again.stdout
    assert store.suggestions().empty
    twice = run_cli("review", "accept", suggested, "--db", store.location)
    assert twice.exit_code != 0 and "rejected already" in twice.output


def test_review_edit_sets_actors_with_roles_and_links(run_cli, store) -> None:
    event = "kaz-proposal-2023-06-21"
    result = run_cli("review", "edit", event, "--actor", "Kazakhstan: initiator", "--actor", "Russia: target",
                     "--link", f"follows: {ROUND}", "--db", store.location)
    assert result.exit_code == 0, result.output
    assert f"Updated {event}: actors, links." in result.stdout
    tables = store.load()
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors = tables.event_actors[tables.event_actors["event_id"] == event]
    assert sorted((names[a], str(r)) for a, r in zip(actors["actor_id"], actors["role"])) == [
        ("Kazakhstan", "initiator"), ("Russia", "target")]
    links = tables.event_links[tables.event_links["from_event_id"] == event]
    assert links[["to_event_id", "link_type"]].astype(str).values.tolist() == [[ROUND, "follows"]]


@pytest.mark.parametrize("args, message", [
    (["--actor", "Atlantis: host"], "no actor named 'Atlantis'"),
    (["--link", "follows: astana-99"], "no event with id 'astana-99'"),
    ([], "give at least one --set, --actor or --link"),
])
def test_review_edit_refuses_a_bad_actor_or_link_and_changes_nothing(run_cli, store, args, message) -> None:
    before = store.counts()
    result = run_cli("review", "edit", "kaz-proposal-2023-06-21", *args, "--db", store.location)
    assert result.exit_code != 0 and message in result.output
    assert store.counts() == before
