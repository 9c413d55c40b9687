"""EventFilter: building, the URL round trip, plain-words description, and applying it."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from tracker.filters import EventFilter, apply_filter, subset_tables, text_match_ids


def ids(tables, **options):
    return list(apply_filter(tables, EventFilter.build(**options))["event_id"])


@pytest.mark.parametrize("options, expected", [
    ({}, ["sochi", "r12", "g-month", "g-overlap", "r20", "prop", "stmt", "civ", "year"]),
    # an actor matches its ministries and officials
    ({"actors": ["Kazakhstan"]}, ["r12", "r20", "prop", "stmt", "year"]),
    ({"actors": ["Kazakh Foreign Ministry"]}, ["prop", "stmt"]),
    ({"actors": ["kanat-tumysh"]}, ["prop"]),
    # aliases and accents
    ({"actors": ["turkey"]}, ["r12", "r20"]),
    ({"actors": ["Cote d'Ivoire"]}, ["g-overlap", "civ"]),
    # OR within an option
    ({"actors": ["Côte d'Ivoire", "Kanat Tumysh"]}, ["g-overlap", "prop", "civ"]),
    # venue: either name of the renamed city
    ({"venues": ["Astana"]}, ["r12", "r20", "prop", "stmt"]),
    ({"venues": ["Nur-Sultan"]}, ["r12", "r20", "prop", "stmt"]),
    ({"venues": ["Sochi", "Geneva"]}, ["sochi", "g-month", "g-overlap"]),
    # process by any of its names
    ({"processes": ["Astana talks"]}, ["sochi", "r12", "r20", "prop", "stmt", "year"]),
    ({"processes": ["Geneva process"]}, ["g-month", "g-overlap"]),
    ({"types": ["talk_round"]}, ["sochi", "r12", "g-overlap", "r20"]),
    ({"types": ["statement", "proposal"]}, ["prop", "stmt", "civ"]),
    ({"rounds": ["20", "10"]}, ["sochi", "r20"]),
    ({"statuses": ["announced"]}, ["year"]),
    # an event matches a date range when it overlaps it
    ({"date_from": "2023-06-21", "date_to": "2023-06-21"}, ["g-month", "g-overlap", "r20", "prop"]),
    ({"date_from": "June 2023", "date_to": "2023-06"}, ["g-month", "g-overlap", "r20", "prop", "stmt"]),
    ({"date_from": "2024"}, ["year"]),
    ({"date_to": "2018"}, ["sochi"]),
    ({"date_to": "2018-07-29"}, []),
    ({"date_to": "2018-07-30"}, ["sochi"]),
    # AND across options
    ({"actors": ["Kazakhstan"], "date_from": "2023-06-01", "date_to": "2023-06-30"}, ["r20", "prop", "stmt"]),
    ({"actors": ["Kazakhstan"], "venues": ["Astana"], "types": ["talk_round"]}, ["r12", "r20"]),
    # text: titles, summaries and quotes, case- and accent-insensitive, every word
    ({"text": "collective request"}, ["stmt"]),
    ({"text": "CONSTITUTIONAL"}, ["r12"]),
    ({"text": "cote quotes"}, ["civ"]),
    ({"text": "nothing-like-this"}, []),
    # review state
    ({"states": ["candidate"]}, ["cand"]),
    ({"states": ["any"], "actors": ["Kazakhstan"], "date_from": "2023-06-22"}, ["cand", "stmt", "year"]),
])
def test_apply_filter(mini, options, expected):
    assert ids(mini, **options) == expected


def test_unknown_actor_matches_nothing(mini):
    assert ids(mini, actors=["Atlantis"]) == []


@pytest.mark.parametrize("options, message", [
    ({"types": ["parade"]}, "--type"),
    ({"statuses": ["maybe"]}, "--status"),
    ({"states": ["pending"]}, "--state"),
    ({"rounds": ["twenty"]}, "--round"),
    ({"date_from": "soon"}, "--from"),
    ({"date_to": "2023-13"}, "--to"),
    ({"date_from": "2024", "date_to": "2023"}, "before"),
])
def test_build_refuses_bad_values_naming_the_option(options, message):
    with pytest.raises(ValueError, match=message):
        EventFilter.build(**options)


def test_describe_in_plain_words():
    f = EventFilter.build(processes=["Astana format"], actors=["Kazakhstan"], date_from="2023-06-01", date_to="2023-06-30")
    assert f.describe() == "Astana format; actors: Kazakhstan; 1 June to 30 June 2023"
    assert EventFilter().describe() == "all confirmed events"


def test_query_string_reports_and_skips_bad_parameters():
    f, notices = EventFilter.from_query_string("?actor=Kazakhstan&type=parade&from=soon&colour=red&round=x")
    # an unknown type is kept, matching nothing (selection.resolve_filter says so), as an unknown actor is
    assert f == EventFilter.build(actors=["Kazakhstan"], types=["parade"], lenient=True)
    assert len(notices) == 2 and any("from" in n for n in notices) and any("round" in n for n in notices)


text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).map(str.strip).filter(bool)
filters = st.builds(
    EventFilter.build,
    actors=st.lists(text, max_size=3), venues=st.lists(text, max_size=2),
    types=st.lists(st.sampled_from(["talk_round", "statement", "proposal"]), max_size=2),
    processes=st.lists(text, max_size=2), rounds=st.lists(st.integers(0, 99).map(str), max_size=2),
    statuses=st.lists(st.sampled_from(["held", "scheduled"]), max_size=2),
    date_from=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2010, 1, 1)).map(dt.date.isoformat)),
    date_to=st.one_of(st.none(), st.dates(dt.date(2010, 1, 2), dt.date(2030, 1, 1)).map(dt.date.isoformat)),
    text=st.one_of(st.just(""), text), states=st.lists(st.sampled_from(["candidate", "confirmed", "rejected"]), max_size=3),
    tags=st.lists(text, max_size=2),
)


@given(filters)
def test_query_string_round_trip(f):
    parsed, notices = EventFilter.from_query_string(f.to_query_string())
    assert notices == [] and parsed == f


def test_subset_keeps_only_what_hangs_off_the_events(mini):
    events = apply_filter(mini, EventFilter.build(types=["statement"]))
    subset = subset_tables(mini, events)
    assert set(subset.sources["event_id"]) == {"stmt", "civ"}
    assert set(subset.quotes["event_id"]) == {"stmt"}
    assert set(subset.event_links["from_event_id"]) == {"stmt"}


def test_apply_filter_does_not_mutate_input(mini):
    before = mini.events.copy()
    apply_filter(mini, EventFilter.build(actors=["Kazakhstan"], text="round"))
    assert before.equals(mini.events)


@pytest.mark.parametrize("words", ["collective request", "Astana", "de-escalation", "TÜRKIYE", "tumysh", "constitution"])
def test_store_index_agrees_with_the_scan(store, shipped, words):
    indexed = store.search_text(words)
    assert indexed and indexed == text_match_ids(shipped, words)


def test_a_tag_filter_round_trips_and_says_itself_in_words():
    f = EventFilter.build(tags=["Idlib", "ceasefire", "Idlib"])
    assert f.tags == ("Idlib", "ceasefire") and f.to_query_string() == "tag=Idlib&tag=ceasefire"
    assert EventFilter.from_query_string("?tag=Idlib&tag=ceasefire") == (f, [])
    assert f.describe() == "tags: Idlib, ceasefire"


def test_tags_of_one_option_or_together_and_match_any_case(shipped):
    idlib = set(apply_filter(shipped, EventFilter.build(tags=["idlib"]))["event_id"])
    ceasefire = set(apply_filter(shipped, EventFilter.build(tags=["Ceasefire"]))["event_id"])
    both = set(apply_filter(shipped, EventFilter.build(tags=["Idlib", "ceasefire"]))["event_id"])
    assert len(idlib) == 5 and len(ceasefire) == 4 and both == idlib | ceasefire
    assert apply_filter(shipped, EventFilter.build(tags=["Idli"])).empty  # a whole tag, not a part of one
    with_process = apply_filter(shipped, EventFilter.build(tags=["Idlib"], processes=["Astana format"]))
    assert set(with_process["event_id"]) <= idlib


def test_a_kept_name_index_follows_its_frame_s_content(shipped):
    """`kept_index` builds a look-up once per content of the actors: the same content gives the kept one, a
    frame changed in place or a new actor gives a new one that knows it."""
    from tracker.resolve import ActorIndex, kept_index

    actors = shipped.actors.copy()
    first = kept_index(ActorIndex, actors)
    assert kept_index(ActorIndex, actors.copy()) is first
    actors.loc[actors.index[0], "aliases"] = "Quux Land"
    changed = kept_index(ActorIndex, actors)
    assert changed is not first and changed.resolve("Quux Land") == actors["actor_id"].iloc[0]
    assert first.resolve("Quux Land") is None


def test_a_filter_of_most_types_names_the_ones_left_out():
    """A legend click hiding one type made the page's summary list the ten others."""
    from tracker.models import EVENT_TYPES

    assert EventFilter.build(types=[t for t in EVENT_TYPES if t != "meeting"]).describe() == "all types but meeting"
    assert EventFilter.build(types=[t for t in EVENT_TYPES if t not in ("talk_round", "call")]).describe() \
        == "all types but talk round, call"
    assert EventFilter.build(types=list(EVENT_TYPES)).describe() == "all types"
    assert EventFilter.build(types=["meeting", "call"]).describe() == "types: meeting, call"


@pytest.mark.parametrize("value", ["99999999999999999999", "10000", "-3"])
def test_a_round_no_store_can_hold_is_refused_with_its_range(value):
    """`--round 99999999999999999999` was an OverflowError traceback from SQLite (QA of the command line)."""
    with pytest.raises(ValueError, match=f"--round: {value} is not a round number \\(0 to 9999\\)"):
        EventFilter.build(rounds=[value])
