"""The timeline of more events than it draws one by one (a lane x time heatmap) in real Chromium: its title,
which says the events are counted and how to see them, is drawn inside the figure (QA9, defect 2's empty band:
Plotly drew it above the figure's top edge, out of sight)."""
from __future__ import annotations

import pytest

from tests.browser.conftest import _probe, _serve
from tracker.aggregate import MARK_BUDGET
from tracker.store import open_store
from tracker.synthetic import synthetic_tables


@pytest.fixture(scope="module")
def crowded_server(tmp_path_factory):
    """A dashboard over a synthetic store with more events than the timeline draws one by one."""
    path = tmp_path_factory.mktemp("crowded") / "crowded.db"
    store = open_store(path)
    store.save(synthetic_tables(MARK_BUDGET * 2))
    store.close()
    yield from _serve(str(path))


@pytest.fixture()
def crowded(browser, crowded_server):
    yield from _probe(browser, crowded_server)


def test_the_heatmaps_title_is_in_sight_beside_its_colour_scale(crowded):
    crowded.open("")
    boxes = crowded.page.evaluate("""() => {
      const gd = document.querySelector('#timeline .js-plotly-plot'), g = gd.getBoundingClientRect();
      const box = e => { const r = e.getBoundingClientRect(); return [r.left - g.left, r.top - g.top, r.right - g.left, r.bottom - g.top]; };
      return {title: box(gd.querySelector('.gtitle')), text: gd.querySelector('.gtitle').textContent,
              scale: box(gd.querySelector('.colorbar')), plotTop: gd._fullLayout._size.t, height: g.height};
    }""")
    assert "counted per" in boxes["text"]
    left, top, right, bottom = boxes["title"]
    assert 0 <= top and bottom <= boxes["plotTop"], boxes  # in the figure, above the plot
    scale = boxes["scale"]
    assert right < scale[0] or bottom <= scale[1] or top >= scale[3], boxes  # not over the colour scale
    heatmap = crowded.plotly_bundle()
    assert heatmap["undrawn"] == [] and "heatmap" in crowded.page.evaluate(
        "() => document.querySelector('#timeline .js-plotly-plot')._fullData.map(t => t.type)"), heatmap
    assert crowded.errors == []
