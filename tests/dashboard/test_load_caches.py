"""What the dashboard keeps between requests (for 50 analysts on a few workers) follows every write."""
from __future__ import annotations

import pandas as pd

from tracker.dashboard import handlers
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.extract import review
from tracker.frames import coerce
from tracker.models import Tables

NOW = pd.Timestamp("2025-01-02 03:04:05").to_pydatetime()
#: Indexes of the summary callback's answer: the actor and venue options.
ACTORS, VENUES = 2, 3


def _options(data: DashboardData, search: str) -> tuple[list, list]:
    answer = handlers.render_summary(data, search, None, "/")
    return answer[ACTORS], answer[VENUES]


def test_filter_options_follow_a_write_that_adds_an_actor_and_a_venue(store):
    live = LiveData(store, DashboardData.load(store))
    before_actors, before_venues = _options(live.data, "?state=any")  # made, and kept for this copy
    actor = coerce("actors", pd.DataFrame([{"actor_id": "zz-new", "name": "Zanzibar Envoy", "kind": "person"}]))
    event = coerce("events", pd.DataFrame([{
        "event_id": "x-opt", "title": "Envoy visits", "event_type": "meeting", "status": "held",
        "start_date": pd.Timestamp("2023-06-21"), "date_precision": "day", "venue": "Zzz-ville", "review_state": "confirmed",
        "created_at": pd.Timestamp(NOW), "updated_at": pd.Timestamp(NOW)}]))
    link = coerce("event_actors", pd.DataFrame([{"event_id": "x-opt", "actor_id": "zz-new", "role": "host"}]))
    live.save(Tables(events=event, actors=actor, event_actors=link))
    actors, venues = _options(live.data, "?state=any")
    assert {"label": "Zanzibar Envoy (1)", "value": "Zanzibar Envoy", "search": "Zanzibar Envoy  zz-new"} in actors
    assert {"label": "Zzz-ville (1)", "value": "Zzz-ville", "search": "Zzz-ville"} in venues
    assert len(actors) == len(before_actors) + 1 and len(venues) == len(before_venues) + 1
    assert (actors, venues) == _options(DashboardData.load(store), "?state=any")  # as a fresh read gives them


def test_a_title_edit_keeps_the_options_equal_to_a_fresh_read(store):
    live = LiveData(store, DashboardData.load(store))
    first = _options(live.data, "?actor=Kazakhstan")
    live.save(review.edit(store.load(), "kaz-statement-2023-06-22", {"title": "Renamed"}, NOW))
    assert _options(live.data, "?actor=Kazakhstan") == first == _options(DashboardData.load(store), "?actor=Kazakhstan")


def test_an_edit_of_an_events_own_fields_does_not_make_the_option_rows_again(store):
    """Every write makes a new copy of the data; the actor, venue and process rows of the options (names sorted and
    folded) were made again for each, after every Save in every worker: a tenth of the server's CPU at 50 analysts."""
    from tracker.dashboard import options

    live = LiveData(store, DashboardData.load(store))
    before, data = options._fixed_rows(live.data), live.data
    live.save(review.edit(store.load(), "kaz-statement-2023-06-22", {"summary": "Another summary."}, NOW))
    assert live.data is not data and options._fixed_rows(live.data) is before
    assert _options(live.data, "?state=any") == _options(DashboardData.load(store), "?state=any")


def test_kept_text_searches_follow_a_summary_edit_on_both_engines(empty_store, shipped):
    """A Save of a summary keeps each worker's text searches (a common word is thousands of ids), brought up to
    date for the edited event: found by its new words, no longer by its old ones, the rest as a fresh read."""
    empty_store.save(shipped)
    live = LiveData(empty_store, DashboardData.load(empty_store))
    event_id = "kaz-statement-2023-06-22"
    live.save(review.edit(empty_store.load(), event_id, {"summary": "alphaquux said"}, NOW))
    assert event_id in live.data.search("alphaquux") and live.data.search("statement")  # both kept now
    assert event_id not in live.data.search("betaquux")
    live.save(review.edit(empty_store.load(), event_id, {"summary": "betaquux said"}, NOW))
    data, fresh = live.data, DashboardData.load(empty_store)
    assert event_id not in data.search("alphaquux") and event_id in data.search("betaquux")
    for word in ("alphaquux", "betaquux", "statement", "Astana"):
        assert set(data.search(word)) == set(fresh.search(word)), word


def test_a_worker_takes_no_more_connections_than_it_has_threads():
    """A busy worker leaves new requests in the listen queue for a free one (a configuration test: the load
    bench measures what it does, p95 8.5 s -> 1.9 s at 50 analysts back to back on the 2-core VM)."""
    from tracker.dashboard.workers import gunicorn_options

    options = gunicorn_options("127.0.0.1", 8063, 4, 3)
    assert options["worker_class"] == "gthread" and options["threads"] == options["worker_connections"] == 3
    assert options["keepalive"] == 0  # a kept-alive idle connection would count as one being served


def test_text_matches_answers_several_searches_about_a_few_events_at_once(empty_store, shipped):
    empty_store.save(shipped)
    some = ["kaz-statement-2023-06-22", "astana-20", "no-such-event"]
    texts = ["Astana", "statement", "zzzzqx", "  ", "Kazakhstan statement"]
    answers = empty_store.text_matches(texts, some)
    assert answers == [empty_store.search_text(text) & set(some) for text in texts]
    assert answers[0] and answers[2] == set() and answers[3] == set()
    assert empty_store.text_matches(texts, []) == [set()] * len(texts)


def test_a_review_write_that_leaves_the_actors_as_they_were_keeps_the_copys_arrays(store):
    """A review action says the reference tables may have changed (an accept confirms actors); when a re-read
    finds them equal (a Save of a summary), the copy keeps its actor, process and venue frames and their name
    look-ups instead of rebuilding its arrays, in every worker at every edit; when they did change, it sees it."""
    live = LiveData(store, DashboardData.load(store))
    before = live.data
    indexes = before.name_indexes()
    event_id = "kaz-statement-2023-06-22"
    live.write(lambda data, s: (s.save(review.edit(s.load(), event_id, {"summary": "quietly said"}, NOW)), [event_id])[1])
    after = live.data
    assert after.version == before.version + 1 and event_id in after.search("quietly")
    assert after.tables.actors is before.tables.actors and after.name_indexes() is indexes
    actor = coerce("actors", pd.DataFrame([{"actor_id": "zz-late", "name": "Zeta Envoy", "kind": "person"}]))
    live.write(lambda data, s: (s.save(Tables(actors=actor)), [event_id])[1])
    assert "zz-late" in set(live.data.tables.actors["actor_id"]) and live.data.name_indexes()[0].resolve("Zeta Envoy") == "zz-late"


def test_a_stores_search_answer_keeps_the_positions_of_its_ids(store):
    """PostgreSQL answers a search with ids; the copy keeps their positions with them (looked up once), and a
    filter on the words selects the same events as one on the plain ids."""
    from tracker.dashboard.data import FoundIds
    from tracker.filters import EventFilter

    data = DashboardData.load(store)
    plain = set(store.search_text("Astana"))
    found = FoundIds(plain, data.ids)
    assert found == plain and sorted(data.ids.take(found.positions)) == sorted(plain)
    assert (data.index.rows_of_ids(found) == data.index.rows_of_ids(list(plain))).all()
    assert data.field_masks(EventFilter(text="Astana"))["text"].sum() == len(plain & set(data.ids.take(range(len(data)))))


def _views(data: DashboardData, search: str) -> dict:
    """The timeline, summary and table answers for a URL (the parts a copy keeps drawn)."""
    table = handlers.render_table(data, search, None, 0, 50, None, None)
    return {"timeline": handlers.render_timeline_view(data, search), "summary": handlers.render_summary(data, search, None, "/")[:-2],
            "table": table[:3]}


def _sent(views: dict) -> str:
    """The views as the page receives them."""
    from dash._utils import to_json

    return to_json(views)


def test_views_drawn_once_are_kept_by_an_edit_that_leaves_them_right_and_redrawn_after_one_that_does_not(store):
    """A copy keeps its drawn views; a Save that changes a summary leaves every view as a fresh read draws it, so the
    next copy takes them over (the same objects); a title edit redraws what shows titles, a search for a word the edit
    added finds it, and a change of date redraws everything."""
    live = LiveData(store, DashboardData.load(store))
    event_id, plain, searched = "kaz-statement-2023-06-22", "?actor=Kazakhstan", "?q=alphaquux"
    first = _views(live.data, plain)
    assert _views(live.data, plain)["timeline"] is first["timeline"]  # drawn once per copy
    assert "alphaquux" not in str(_views(live.data, searched)["summary"][0]) and _views(live.data, searched)["summary"][0].startswith("0 of")

    live.save(review.edit(store.load(), event_id, {"summary": "alphaquux said"}, NOW))
    kept = _views(live.data, plain)
    assert kept["timeline"] is first["timeline"] and kept["summary"][2] is first["summary"][2]
    fresh = DashboardData.load(store)
    assert _sent(kept) == _sent(_views(fresh, plain))
    assert _sent(_views(live.data, searched)) == _sent(_views(fresh, searched))
    assert _views(live.data, searched)["summary"][0].startswith("1 of")  # the search was made again

    live.save(review.edit(store.load(), event_id, {"title": "Retitled by the desk"}, NOW))
    after_title = _views(live.data, plain)
    assert "Retitled by the desk" in str(after_title["timeline"][0]) and "Retitled by the desk" in str(after_title["table"][0])
    assert after_title["summary"][2] is first["summary"][2]  # counts and options show no title
    assert _sent(after_title) == _sent(_views(DashboardData.load(store), plain))

    live.save(review.edit(store.load(), event_id, {"start_date": "2023-06-29"}, NOW))
    moved = _views(live.data, plain)
    assert moved["timeline"] is not first["timeline"] and _sent(moved) == _sent(_views(DashboardData.load(store), plain))


def test_a_view_with_a_text_search_is_kept_only_while_its_search_finds_the_same_events(empty_store, shipped):
    """After a Save of a summary, a searched view is taken over when the edited event is found (or not) as before, and
    drawn again when the edit changed what the search finds; either way it is what a fresh read draws."""
    empty_store.save(shipped)
    live = LiveData(empty_store, DashboardData.load(empty_store))
    event_id, unmoved, moved = "kaz-statement-2023-06-22", "?q=zzyzxquux", "?q=alphaquux"
    first = {search: _views(live.data, search) for search in (unmoved, moved)}
    live.save(review.edit(empty_store.load(), event_id, {"summary": "alphaquux said"}, NOW))
    fresh = DashboardData.load(empty_store)
    for search in (unmoved, moved):
        assert _sent(_views(live.data, search)) == _sent(_views(fresh, search)), search
    assert _views(live.data, moved)["summary"][0].startswith("1 of")
    assert _views(live.data, moved)["timeline"] is not first[moved]["timeline"]
    if type(empty_store).__name__ == "PostgresStore":  # SQLite's answers are text-index rows, which an edit moves: made again
        assert _views(live.data, unmoved)["timeline"] is first[unmoved]["timeline"]


def test_kept_views_stay_within_their_byte_budget(store, monkeypatch):
    """A copy keeps at most KEPT_VIEW_BYTES of views as sent, the least recently used going first, and never one
    bigger than KEPT_VIEW_MAX_BYTES (at a million events a figure is megabytes: 24 of them took a worker from
    90 to 290 MB)."""
    from tracker.dashboard import data as data_module

    data = DashboardData.load(store)
    sizes = {}
    for search in ("?actor=Kazakhstan", "?type=summit", "?process=Astana+format", "?venue=Geneva"):
        handlers.render_timeline_view(data, search)
    sizes = [kept[3] for key, kept in data._views.items() if key[0] == "timeline"]
    assert len(sizes) == 4 and all(size > 0 for size in sizes)
    other = DashboardData.load(store)
    handlers.render_timeline_view(other, "?group=venue")
    new_size = next(kept[3] for key, kept in other._views.items() if key[0] == "timeline")
    monkeypatch.setattr(data_module, "KEPT_VIEW_BYTES", sizes[-1] + new_size)
    handlers.render_timeline_view(data, "?group=venue")
    kept = [key for key in data._views if key[0] != "state"]
    assert len(kept) == 2 and sum(data._views[key][3] for key in kept) <= sizes[-1] + new_size
    assert "venue=Geneva" in kept[0][1] and kept[1][1].endswith("group=venue")  # the newest stay, the oldest went
    monkeypatch.setattr(data_module, "KEPT_VIEW_MAX_BYTES", 10)
    before = list(data._views)
    figure = handlers.render_timeline_view(data, "?type=meeting")
    assert figure and list(data._views)[:len(before)] == before and not any("meeting" in str(k) for k in data._views
                                                                          if k[0] == "timeline")
