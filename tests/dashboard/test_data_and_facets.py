"""The dashboard's lean copy filters, searches and counts exactly as the command line does."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.dashboard.data import DashboardData, IdIndex
from tracker.facets import facet_counts
from tracker.filters import EventFilter, filter_mask
from tracker.query import select_events

FILTERS = [
    {}, {"actors": ["Kazakhstan"]}, {"actors": ["Kazakhstan"], "venues": ["Astana"]}, {"venues": ["Nur-Sultan"]},
    {"text": "collective request"}, {"types": ["talk_round"], "date_from": "2019"}, {"processes": ["astana process"]},
    {"rounds": [3, 20]}, {"statuses": ["held"], "date_to": "2017-06"}, {"states": ["any"]}, {"actors": ["kaz-mfa"]},
    {"tags": ["idlib", "COVID-19"]}, {"tags": ["constitutional committee"], "date_from": "2020"},
]


@pytest.mark.parametrize("options", FILTERS, ids=lambda o: repr(o))
def test_same_events_as_the_command_line(store, data, options):
    f = EventFilter.build(**options)
    want = list(select_events(store.load(), f, store)["event_id"])
    assert data.ids.take(np.flatnonzero(data.mask(f))) == want


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(types=st.lists(st.sampled_from(["talk_round", "statement", "agreement", "proposal"]), max_size=2),
       actors=st.lists(st.sampled_from(["Kazakhstan", "Russia", "Türkiye", "UN", "Syrian opposition"]), max_size=2),
       venues=st.lists(st.sampled_from(["Astana", "Nur-Sultan", "Geneva", "Sochi"]), max_size=2),
       year=st.sampled_from([None, "2017", "2019", "2023"]))
def test_lean_copy_and_full_tables_agree(store, data, shipped, types, actors, venues, year):
    f = EventFilter.build(types=types, actors=actors, venues=venues, date_from=year)
    assert data.ids.take(np.flatnonzero(data.mask(f))) == list(select_events(shipped, f)["event_id"])


def test_from_tables_and_load_agree(store, data, shipped):
    memory = DashboardData.from_tables(shipped, store)
    for options in FILTERS:
        f = EventFilter.build(**options)
        assert memory.ids.take(np.flatnonzero(memory.mask(f))) == data.ids.take(np.flatnonzero(data.mask(f)))


@pytest.mark.parametrize("text", ["collective request", "Astana", "garantor", "Türkiye", "статья", ""])
def test_search_matches_the_store(store, data, text):
    assert set(data.search(text)) == (store.search_text(text) if text else set())


def test_titles_and_actors_come_back_by_position(data, shipped):
    position = data.position_of("kaz-statement-2023-06-22")
    title = shipped.events.set_index("event_id").loc["kaz-statement-2023-06-22", "title"]
    assert data.titles_at([position]) == [title]
    assert "Ministry of Foreign Affairs of Kazakhstan" in data.actors_of(position)
    assert data.position_of("no-such-event") is None


def test_subset_keeps_the_order_asked(data):
    ids = ["kaz-statement-2023-06-22", "astana-20", "kaz-proposal-2023-06-21"]
    subset = data.subset(ids)
    assert list(subset.events["event_id"]) == ids
    assert set(subset.sources["event_id"]) <= set(ids) and len(subset.sources) >= 3


def test_id_index_finds_and_misses():
    index = IdIndex(["b", "a", "ccc", "Côte"])
    assert list(index.get_indexer(["a", "ccc", "zz", "cccc", "Côte", ""])) == [1, 2, -1, -1, 3, -1]


def test_every_actor_count_is_what_filtering_by_it_gives(shipped):
    base = EventFilter.build(venues=["Astana"])
    facets = facet_counts(shipped, base)
    for actor_id, count in facets.counts["actors"].items():
        assert count == filter_mask(shipped, EventFilter.build(actors=[actor_id], venues=["Astana"])).sum(), actor_id


def test_field_counts_ignore_their_own_selection(data):
    from tracker.dashboard.views import facets

    f = EventFilter.build(types=["statement"], actors=["Kazakhstan"])
    counts = facets(data, f).counts
    for event_type, count in counts["types"].items():
        other = EventFilter.build(types=[event_type], actors=["Kazakhstan"])
        assert count == data.mask(other).sum()
    assert counts["venues"]["Astana"] == data.mask(EventFilter.build(types=["statement"], actors=["Kazakhstan"],
                                                                        venues=["Astana"])).sum()


def test_an_empty_store_loads(tmp_path):
    from tracker.store import open_store

    empty = DashboardData.load(open_store(tmp_path / "empty.db"))
    assert len(empty) == 0 and not empty.mask(EventFilter()).any()


def test_tag_counts_are_what_filtering_by_each_tag_gives(data, shipped):
    counts = facet_counts(shipped, EventFilter()).counts["tags"]
    assert counts["constitutional committee"] == 22 and counts["Idlib"] == 5 and counts["COVID-19"] == 5
    for tag, n in counts.items():
        assert n == len(select_events(shipped, EventFilter.build(tags=[tag]))), tag
    assert facets_of(data, EventFilter()).counts["tags"] == counts
    narrowed = facets_of(data, EventFilter.build(tags=["Idlib"], date_from="2020"))
    assert narrowed.counts["tags"]["Idlib"] == len(select_events(shipped, EventFilter.build(tags=["Idlib"], date_from="2020")))
    assert narrowed.counts["tags"]["COVID-19"] > 0  # a tag's own choice does not narrow its counts


def facets_of(data, f):
    return facet_counts(data.tables, f, None, data.index, data.pairs, masks=data.field_masks(f))


def test_dropdown_search_finds_other_names_and_unaccented_spellings(data):
    """Typing in a filter's dropdown finds what the URL and the command line take: a process by another of its
    names, an actor without its accents."""
    from tracker.dashboard.options import filter_options

    actors, venues, _, processes, *_ = filter_options(data, EventFilter())

    def found(options, typed):
        return [o["value"] for o in options if typed.lower() in o.get("search", o["label"]).lower()]

    assert "Astana format" in found(processes, "Astana talks") and "Astana format" in found(processes, "astana process")
    assert "Türkiye" in found(actors, "Turkiye") and "Türkiye" in found(actors, "Turkey")
    assert "Astana" in found(venues, "Nur-Sultan")
