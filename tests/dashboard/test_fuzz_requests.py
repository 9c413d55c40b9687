"""Hostile requests against the real app (Flask test client, small real store): never a 500, never a huge answer.

Hypothesis writes the URL query strings of the page, the downloads and the briefs, and the inputs of
every server-side callback the page declares (`/_dash-dependencies`), as a forged client would post them.
Bounded: a fixed number of examples each, no deadline per example (the machine is shared), < 30 s in all.
"""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from tracker.dashboard.app import create_app
from tracker.dashboard.table import PAGE_SIZES

#: The largest answer a hostile request may get: the page's own callbacks send far less; an HTML brief
#: carries plotly.js (about 4.7 MB) inline, so it may have that much more.
MAX_ANSWER = 1_000_000
PLOTLY_JS = 5_000_000
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

KEYS = ["actor", "venue", "type", "process", "round", "status", "from", "to", "q", "state", "tag",
        "group", "x0", "x1", "event", "rollup", "paper", "window", "bogus"]
DATES = st.sampled_from(["0001-01-01", "9999-12-31", "1800-01-01", "2200-12-31", "2023-06", "June 2023", "2023",
                         "2023-02-30", "-1", "99999", "1e400", "", "2201", "1799-12-31", "0000-00-00"])
NUMBERS = st.sampled_from(["77", "-1", "0", "1e9", "99999999999999999999", "nan", "²", "x", "12", "10000000"])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
VALUES = st.one_of(DATES, NUMBERS, WORDS, st.sampled_from(["Kazakhstan", "Astana format", "statement", "any",
                                                           "actor", "state", "[/bold]", "%00", "a" * 5000]))
QUERIES = st.lists(st.tuples(st.sampled_from(KEYS), VALUES), max_size=6).map(
    lambda pairs: "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs))


@pytest.fixture(scope="module")
def client(tmp_path_factory, shipped):
    """The real app over a real SQLite store of the shipped chronology."""
    from tracker.store import open_store

    store = open_store(tmp_path_factory.mktemp("fuzz") / "tracker.db")
    store.save(shipped)
    app = create_app(store)
    yield app.server.test_client()
    store.close()


@pytest.fixture(scope="module")
def callbacks(client) -> list[dict]:
    """The server-side callbacks the page declares, as the browser learns them."""
    assert client.get("/").status_code == 200
    return [d for d in json.loads(client.get("/_dash-dependencies").data) if not d.get("clientside_function")]


def _ok(answer, allowance: int = 0) -> None:
    assert answer.status_code < 500, answer.data[:2000]
    assert len(answer.data) <= MAX_ANSWER + allowance


@settings(FUZZ, max_examples=40)
@given(query=QUERIES, path=st.sampled_from(["/", "/download/events.csv", "/download/events-excel.csv", "/download/events.xlsx",
                                            "/download/events.json", "/download/brief.html", "/download/brief.txt"]))
@example(query="from=0001-01-01", path="/download/brief.md")  # the probe's OverflowError (md: a chart image, once)
@example(query="to=9999-12-31&q=" + "a" * 5000, path="/download/brief.html")
def test_no_query_string_breaks_the_page_the_downloads_or_the_briefs(client, query, path):
    _ok(client.get(f"{path}?{query}"), PLOTLY_JS if path.endswith(".html") else 0)


@settings(FUZZ, max_examples=30)  # each example posts every view callback
@given(query=QUERIES)
@example(query="from=0001-01-01&x0=0001-01-01&x1=9999-12-31")
@example(query="&".join(["actor=x"] * 500))
def test_no_query_string_breaks_a_view_callback(client, callbacks, query):
    for dependency in callbacks:
        if [i for i in dependency["inputs"] if i["id"] == "url" and i["property"] == "search"]:
            body = _body(dependency, {("url", "search"): "?" + query}, ["url.search"])
            _ok(client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json"))


#: Values a forged client might post for any property.
JSON = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
                              st.floats(allow_nan=False), st.text(max_size=30), NUMBERS, DATES,
                              st.sampled_from(PAGE_SIZES)),
                    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner,
                                                                                         max_size=4)), max_leaves=10)
FORGED = st.one_of(JSON, st.fixed_dictionaries({"colId": st.sampled_from(["date", "title", "bogus", "round"]),
                                                "sort": st.sampled_from(["asc", "desc", "up", None]),
                                                "sortIndex": st.one_of(st.none(), st.integers(), st.text(max_size=3))}).map(
    lambda c: [c]), st.fixed_dictionaries({"points": st.lists(st.dictionaries(
        st.sampled_from(["x", "y", "z", "customdata", "curveNumber"]), JSON, max_size=4), max_size=2)}),
                   st.dictionaries(st.sampled_from(["xaxis.range[0]", "xaxis.range[1]", "xaxis.range", "xaxis.autorange"]),
                                   JSON, max_size=3))


@FUZZ
@given(data=st.data())
def test_no_forged_input_breaks_a_callback(client, callbacks, data):
    dependency = data.draw(st.sampled_from(callbacks))
    props = [(_key(i["id"]), i["property"]) for i in dependency["inputs"] + dependency["state"]]
    values = {prop: data.draw(FORGED) for prop in props}
    changed = data.draw(st.lists(st.sampled_from([f"{k}.{p}" for k, p in props[:len(dependency["inputs"])]]),
                                 min_size=1, max_size=2, unique=True))
    body = _body(dependency, values, changed)
    _ok(client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json"))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                    max_leaves=12)


@pytest.mark.parametrize("body", [{}, [], "x", 5, {"output": 5}, {"output": "nosuch.children"}])
def test_a_malformed_callback_body_is_the_clients_error(client, body):
    """Dash reads the body unchecked: these answered 500 with a traceback in the log (QA of the page, D13)."""
    answer = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    assert answer.status_code == 400 and b"does not match this page's callbacks" in answer.data


@FUZZ
@given(data=st.data())
def test_no_shape_of_callback_body_breaks_the_server(client, callbacks, data):
    """A real callback's output with every other key of the body forged (any JSON), or keys dropped."""
    dependency = data.draw(st.sampled_from(callbacks))
    body = _body(dependency, {}, [])
    for key in data.draw(st.lists(st.sampled_from(["outputs", "inputs", "state", "changedPropIds"]), unique=True)):
        if data.draw(st.booleans()):
            body[key] = data.draw(JSON)
        else:
            body.pop(key)
    _ok(client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json"))


def _key(component_id) -> str:
    return component_id if isinstance(component_id, str) else json.dumps(component_id, sort_keys=True)


def _body(dependency: dict, values: dict, changed: list[str]) -> dict:
    """The body the browser posts for `dependency`, with `values` for its inputs and states ((id, property) -> value).

    An input on a pattern (`{"type": ..., "index": ["ALL"]}`) gets one concrete component, index 0.
    """
    def item(spec: dict):
        value = values.get((_key(spec["id"]), spec["property"]))
        component = spec["id"]
        if isinstance(component, str) and component.startswith("{"):
            pattern = json.loads(component)
            concrete = {k: (0 if v == ["ALL"] else v) for k, v in pattern.items()}
            return [{"id": concrete, "property": spec["property"], "value": value}]
        return {"id": component, "property": spec["property"], "value": value}

    output = dependency["output"]
    outputs = [{"id": part.rsplit(".", 1)[0], "property": part.rsplit(".", 1)[1].split("@")[0]}
               for part in (output.strip(".").split("...") if output.startswith("..") else [output])]
    return {"output": output, "outputs": outputs if output.startswith("..") else outputs[0],
            "inputs": [item(i) for i in dependency["inputs"]], "state": [item(s) for s in dependency["state"]],
            "changedPropIds": changed}


@pytest.mark.parametrize("path", ["/_dash-component-suites/nothing/here.js", "/_dash-component-suites/dash/../../x.js",
                                  "/_dash-component-suites/dash/dcc/nope.v9m1.js", "/_dash-component-suites/%00/x"])
def test_an_invalid_component_suite_path_is_not_found(client, path):
    assert client.get(path).status_code == 404
