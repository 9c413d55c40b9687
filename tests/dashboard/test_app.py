"""The app: unique component ids, nothing loaded at import, the CSV route, the serve and bench commands."""
from __future__ import annotations

import subprocess
import sys

from tracker.dashboard import ids


def _ids(component) -> list:
    found = []
    stack = [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        if getattr(node, "id", None) is not None:
            found.append(str(node.id))
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, (str, int, float)):
            stack.append(children)
    return found


def test_layout_ids_are_unique_and_cover_the_id_module(store):
    from tracker.dashboard.app import create_app

    app = create_app(store)
    found = _ids(app.layout() if callable(app.layout) else app.layout)
    assert len(found) == len(set(found))
    constants = {v for k, v in vars(ids).items() if k.isupper() and isinstance(v, str) and v not in ids.PATTERNS}
    constants |= set(ids.REVIEW_FIELDS.values())
    assert constants <= set(found)


def test_importing_the_app_loads_nothing():
    # In a fresh interpreter: dropping tracker.dashboard from this one's sys.modules left later tests holding two
    # copies of a module (a monkeypatched constant in one, the class reading the other's).
    code = ("import tracker.dashboard.app as module; "
            "print([k for k, v in vars(module).items() if type(v).__name__ in ('Dash', 'DashboardData')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_page_and_csv_route_over_http(store):
    from tracker.dashboard.app import create_app

    client = create_app(store).server.test_client()
    assert client.get("/").status_code == 200
    answer = client.get("/download/events.csv?actor=Kazakhstan&bogus=1")
    assert answer.status_code == 200 and answer.mimetype == "text/csv"
    assert answer.headers["Content-Disposition"].startswith("attachment")
    assert answer.data.startswith(b"event_id,title,")


def test_the_bench_request_runs_the_real_timeline_callback(store):
    import json

    from tracker.dashboard.app import create_app
    from tracker.dashboard.bench import timeline_request

    client = create_app(store).server.test_client()
    answer = client.post("/_dash-update-component", data=timeline_request("actor=Kazakhstan&type=statement"),
                         content_type="application/json")
    assert answer.status_code == 200
    figure = json.loads(answer.data)["response"][ids.TIMELINE]["figure"]
    assert "kaz-statement-2023-06-22" in {c for trace in figure["data"] for c in trace.get("customdata") or []}


def test_serve_and_bench_have_help_with_examples(run_cli):
    for command in ("serve", "bench"):
        result = run_cli(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_bench_table_renders():
    from tracker.cli.bench import ROWS, render_table

    table = render_table({10_000: {key: 1.0 for key, *_ in ROWS}})
    assert table.splitlines()[0].startswith("| measure | 10,000 events")
    assert len(table.splitlines()) == len(ROWS) + 2


def test_synthetic_tables_are_seeded_and_realistic():
    from tracker.synthetic import synthetic_tables

    first, second = synthetic_tables(2_000, seed=5), synthetic_tables(2_000, seed=5)
    assert first.events.equals(second.events)
    assert len(first.actors) >= 300 and first.events["venue"].nunique() > 40
    assert first.events["process"].nunique() > 30 and (first.events["end_date"] > first.events["start_date"]).any()
    assert set(first.events["date_precision"].dropna()) == {"day", "month", "year"}
    assert first.events["title"].str.len().mean() > 60
    assert set(first.venues["name"]) >= {"Astana", "Nur-Sultan"}


def test_no_dashboard_module_renders_data_as_html():
    from pathlib import Path

    import tracker.dashboard

    sources = [p.read_text(encoding="utf-8") for p in Path(tracker.dashboard.__file__).parent.rglob("*.py")]
    assert not [s for s in sources if "dangerously" in s or "dcc.Markdown" in s]


def test_the_nav_has_the_timeline_and_the_review_page(store):
    from tracker.dashboard.app import create_app

    client = create_app(store).server.test_client()
    layout = client.get("/_dash-layout").get_json()
    text = str(layout)
    assert "'href': '/review'" in text and "'children': 'Review'" in text
    assert client.get("/review").status_code == 200


def test_the_layout_holds_no_name_lists_until_a_form_opens(store):
    """A thousand <option>s of the editor's and review page's name lists in the layout slowed every redraw of
    the timeline; they are filled when their form opens."""
    from tracker.dashboard.app import create_app
    from tracker.dashboard.data import DashboardData
    from tracker.dashboard.editor.layout import datalist_options
    from tracker.dashboard.review.layout import name_options

    layout = create_app(store).server.test_client().get("/_dash-layout").get_data(as_text=True)
    assert '"type": "Option"' not in layout and '"type":"Option"' not in layout
    data = DashboardData.load(store)
    actors, processes, venues = datalist_options(data)
    assert "Kazakhstan" in [o.value for o in actors] and "Astana format" in [o.value for o in processes]
    assert "Astana" in [o.value for o in venues] and "Astana" in [o.value for o in name_options(data)[1]]


def test_the_page_serves_the_partial_plotly_bundle_of_the_figures_version(store):
    """assets/vendor/plotly-cartesian.min.js (npm plotly.js-cartesian-dist-min) is the page's plotly.js: a script of
    the page, so dcc.Graph finds window.Plotly and never fetches Dash's full plotly.min.js. Its version must be the
    one the installed plotly makes figures for (after upgrading plotly, replace the bundle by the same version's)."""
    import re

    from plotly.offline import get_plotlyjs_version

    from tracker.dashboard.app import ASSETS, create_app

    header = (ASSETS / "vendor" / "plotly-cartesian.min.js").read_text(encoding="utf-8")[:300]
    assert re.search(r"plotly\.js \(cartesian - minified\) v(\S+)", header).group(1) == get_plotlyjs_version()
    assert "Licensed under the MIT license" in header and (ASSETS / "vendor" / "LICENSE").exists()
    client = create_app(store).server.test_client()
    page = client.get("/").get_data(as_text=True)
    assert re.search(r'<script src="/assets/vendor/plotly-cartesian\.min\.js\?m=[\d.]+"></script>', page)
    assert "plotly.min.js" not in page
    assert client.get("/assets/vendor/plotly-cartesian.min.js").status_code == 200
