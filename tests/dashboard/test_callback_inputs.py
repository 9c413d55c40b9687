"""The forged callback inputs the hardening probe sent, posted to the real app: each is answered, bounded, never a 500."""
from __future__ import annotations

import json

import pytest

from tracker.dashboard import ids
from tracker.dashboard.app import create_app
from tracker.dashboard.inputs import MAX_TEXT, texts, whole
from tracker.dashboard.table import PAGE_SIZE, TableView, page_size_of, sort_of


@pytest.fixture(scope="module")
def app_client(tmp_path_factory, shipped):
    from tracker.store import open_store

    store = open_store(tmp_path_factory.mktemp("inputs") / "tracker.db")
    store.save(shipped)
    client = create_app(store).server.test_client()
    client.get("/")
    deps = {d["output"]: d for d in json.loads(client.get("/_dash-dependencies").data)}
    yield client, deps
    store.close()


def _post(app_client, output_prefix: str, values: dict, changed: str, state: dict | None = None):
    client, deps = app_client
    dependency = next(d for o, d in deps.items() if o.startswith(output_prefix))

    def item(spec, given):
        return {"id": spec["id"], "property": spec["property"], "value": given.get(f"{spec['id']}.{spec['property']}")}

    outputs = [{"id": p.rsplit(".", 1)[0], "property": p.rsplit(".", 1)[1]} for p in dependency["output"].strip(".").split("...")]
    body = {"output": dependency["output"], "outputs": outputs, "changedPropIds": [changed],
            "inputs": [item(i, values) for i in dependency["inputs"]],
            "state": [item(s, state or {}) for s in dependency["state"]]}
    return client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")


def _table(app_client, **values):
    given = {f"{ids.URL}.search": "", f"{ids.TABLE_SIZE}.value": 12, f"{ids.DATA_VERSION}.data": 0}
    given.update({k.replace("__", "."): v for k, v in values.items()})
    changed = next(iter(values)).replace("__", ".")
    return _post(app_client, f"..{ids.TABLE}.rowData", given, changed)


def _rows(answer) -> list:
    assert answer.status_code == 200, answer.data[:1000]
    return json.loads(answer.data)["response"][ids.TABLE]["rowData"]


@pytest.mark.parametrize("size", ["x", 10_000_000, -5, "1e400", [12], {"a": 1}, None, 13])
def test_a_page_size_not_offered_is_the_default(app_client, size):
    assert len(_rows(_table(app_client, **{f"{ids.TABLE_SIZE}__value": size}))) == PAGE_SIZE


@pytest.mark.parametrize("page", ["abc", 10**30, -3, [1], {"p": 1}, 1.5, "1e400"])
def test_a_forged_page_number_shows_a_page(app_client, page):
    answer = _table(app_client, **{f"{ids.TABLE_PAGE}__data": page})
    assert len(_rows(answer)) >= 1 and len(answer.data) < 50_000


@pytest.mark.parametrize("state", [[{"colId": "nonsense", "sort": "asc"}], [{"colId": "date", "sort": "sideways"}],
                                   ["date"], {"colId": "date"}, [{"colId": "title", "sort": "asc", "sortIndex": "x"}],
                                   [None, 3, {"colId": ["date"], "sort": "asc"}]])
def test_an_unknown_sort_is_ignored(app_client, state):
    assert len(_rows(_table(app_client, **{f"{ids.TABLE_SORT}__data": state}))) == PAGE_SIZE


def test_a_huge_url_query_is_ignored_with_a_note(app_client):
    answer = _post(app_client, f"..{ids.COUNT}.children", {f"{ids.URL}.search": "?q=" + "a" * (MAX_TEXT + 10),
                                                           f"{ids.DATA_VERSION}.data": 0}, f"{ids.URL}.search")
    assert answer.status_code == 200
    response = json.loads(answer.data)["response"]
    assert response[ids.COUNT]["children"] == "96 of 96 events"
    assert "ignored the URL query" in json.dumps(response[ids.NOTICES]["children"])


@pytest.mark.parametrize("value", [{"points": [{"x": "0001-01-01", "customdata": "9999"}]}, {"points": "x"},
                                   {"points": [{"x": 1e300}]}, {"points": [{"x": "not a date"}]}, [1, 2], "x"])
def test_a_forged_activity_click_changes_nothing_or_stays_in_range(app_client, value):
    values = {f"{ids.URL}.search": "", f"{ids.ACTIVITY}.clickData": value}
    answer = _post(app_client, f"..{ids.URL}.search", values, f"{ids.ACTIVITY}.clickData")
    assert answer.status_code in (200, 204), answer.data[:500]
    if answer.status_code == 200 and ids.URL in json.loads(answer.data)["response"]:
        search = json.loads(answer.data)["response"][ids.URL]["search"]
        assert "0001" not in search and "9999" not in search


@pytest.mark.parametrize("relayout", [{"xaxis.range[0]": "0001-01-01", "xaxis.range[1]": "9999-12-31"},
                                      {"xaxis.range": [-1e20, 1e20]}, {"xaxis.range": "x"}, {"xaxis.range[0]": [1]}])
def test_a_forged_zoom_stays_in_the_supported_dates(app_client, relayout):
    values = {f"{ids.URL}.search": "", f"{ids.TIMELINE_ZOOM}.data": relayout}
    answer = _post(app_client, f"..{ids.URL}.search", values, f"{ids.TIMELINE_ZOOM}.data")
    assert answer.status_code in (200, 204), answer.data[:500]
    if answer.status_code == 200 and ids.URL in json.loads(answer.data)["response"]:
        search = json.loads(answer.data)["response"][ids.URL]["search"]
        assert "x0=1800-01-01" in search and "x1=2200-12-31" in search


def test_the_input_helpers_bound_what_they_take():
    assert whole("abc", 0) == 0 and whole(10**30, 0, 0, 9) == 9 and whole("7", 0) == 7 and whole(True, 3) == 3
    assert whole(float("nan"), 1) == 1 and whole("1e400", 2) == 2 and whole(2.5, 4) == 4
    assert texts(["a", 1, None, {"b": 2}]) == ["a", "1"] and texts("a") == ["a"] and len(texts(["a"] * 1000)) == 200
    assert page_size_of("25") == 25 and page_size_of(10_000_000) == PAGE_SIZE and page_size_of(float("inf")) == PAGE_SIZE
    assert sort_of([{"colId": "bogus", "sort": "asc"}, "x", {"colId": "date", "sort": "desc"}]) == [{"colId": "date", "sort": "desc"}]
    assert TableView.of(["not", "a", "view"]) == TableView() and TableView.of({"page": "abc", "size": 10**9}).page == 0


def test_the_notes_on_a_hostile_url_are_few_and_short(store):
    from tracker.dashboard import handlers
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.inputs import MAX_NOTES, NOTE_CHARS

    data = DashboardData.load(store)
    query = "?" + "&".join([f"actor={'x' * 2000}{i}" for i in range(3)] + [f"bogus{i}=1" for i in range(50)])
    notes = handlers.render_summary(data, query, None, "/")[-2]
    assert len(notes) == MAX_NOTES + 1 and "more notes" in str(notes[-1].children)
    assert all(len(str(n.children)) <= NOTE_CHARS + 10 for n in notes)
