"""A reviewer adds an actor the store does not hold: "Name (kind, country): role" in the actors box (QA14 LOW)."""
from __future__ import annotations

import pytest

from tracker.extract.new_actors import country_code, described
from tracker.extract.review import ReviewError, accept, changed, revise
from tracker.resolve import ActorIndex

EVENT = "kaz-proposal-2023-06-21"


def test_a_described_name_reads_as_name_kind_and_country() -> None:
    assert described("Ana  Vela (Official, KAZ)") == ("Ana Vela", "official", "KAZ")
    assert described("Council of Elders (body)") == ("Council of Elders", "body", None)
    assert described("Aibek Smadiyarov") is None and described("(official)") is None


def test_a_country_is_a_code_a_stored_state_or_a_country_name(shipped) -> None:
    actors = ActorIndex(shipped.actors)
    assert country_code("KAZ", actors) == "KAZ"
    assert country_code("Kazakhstan", actors) == "KAZ"
    assert country_code("Turkey", actors) == "TUR"
    assert country_code("Atlantis", actors) is None


def test_a_new_actor_is_added_as_a_candidate_and_confirmed_with_its_event(shipped) -> None:
    tables = shipped
    revised = revise(tables, EVENT, {}, "Kazakhstan: initiator\nAna Vela (official, Kazakhstan): speaker")
    changes = changed(revised, EVENT, since=tables)
    new = changes.actors
    assert new[["name", "kind", "country", "review_state"]].astype(str).values.tolist() == [
        ["Ana Vela", "official", "KAZ", "candidate"]]
    kazakhstan = tables.actors.loc[tables.actors["name"] == "Kazakhstan", "actor_id"].iloc[0]
    assert new["parent_id"].iloc[0] == kazakhstan  # the official belongs to the state the line names
    assert new["actor_id"].iloc[0] not in set(tables.actors["actor_id"])
    pairs = changes.event_actors[["actor_id", "role"]].astype(str).values.tolist()
    assert [new["actor_id"].iloc[0], "speaker"] in pairs
    assert set(accept(revised, EVENT).actors["review_state"]) == {"confirmed"}


def test_a_stored_name_written_with_a_kind_is_the_stored_actor(shipped) -> None:
    revised = revise(shipped, EVENT, {}, "Kazakhstan (state, KAZ): initiator")
    assert changed(revised, EVENT, since=shipped).actors.empty
    assert len(revised.actors) == len(shipped.actors)


def test_the_same_new_name_twice_is_one_actor(shipped) -> None:
    revised = revise(shipped, EVENT, {}, "Jane Roe (official): speaker\nJane Roe (official): participant")
    assert len(changed(revised, EVENT, since=shipped).actors) == 1


@pytest.mark.parametrize("line, message", [
    ("Jane Roe: speaker", "no actor named 'Jane Roe'; use a stored actor's name or id, or add a new actor as "
                          "“Jane Roe (kind, country): role”"),
    ("Kazakstan: host", "did you mean 'Kazakhstan'?"),
    ("Jane Roe (wizard): speaker", "unknown actor kind 'wizard'"),
    ("Jane Roe (official, Atlantis): speaker", "no country 'Atlantis'"),
])
def test_an_unknown_name_or_a_bad_description_is_refused_with_the_line(shipped, line, message) -> None:
    with pytest.raises(ReviewError) as refused:
        revise(shipped, EVENT, {}, f"Kazakhstan: initiator\n{line}")
    assert "actors, line 2" in str(refused.value) and message in str(refused.value)


def test_review_edit_on_the_command_line_stores_the_new_actor(run_cli, store) -> None:
    result = run_cli("review", "edit", EVENT, "--actor", "Kazakhstan: initiator", "--actor",
                     "Ana Vela (official, KAZ): speaker", "--db", store.location)
    assert result.exit_code == 0, result.output
    tables = store.load()
    row = tables.actors[tables.actors["name"] == "Ana Vela"]
    assert row[["kind", "country", "review_state"]].astype(str).values.tolist() == [["official", "KAZ", "candidate"]]
    linked = tables.event_actors[(tables.event_actors["event_id"] == EVENT)]
    assert row["actor_id"].iloc[0] in set(linked["actor_id"])
