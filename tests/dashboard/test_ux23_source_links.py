"""The detail panel's source links (ux23): every one read "Open source ↗", so a screen reader's list of links gave
four identical names for astana-20 and no way to tell TASS of 20 September from Russia – Islamic World. Each link
now names its source (number, publisher, day) and says it opens a new tab; the text seen stays the same."""
from __future__ import annotations

from dash import html

from tracker.dashboard.detail import detail_panel


def _links(component):
    if isinstance(component, (list, tuple)):
        for c in component:
            yield from _links(c)
        return
    if isinstance(component, html.A):
        yield component
    children = getattr(component, "children", None)
    if children is not None and not isinstance(children, str):
        yield from _links(children)


def test_each_source_link_has_a_name_of_its_own(data):
    panel = detail_panel(data.subset(["astana-20"]), "astana-20", data.links_to("astana-20"), {})
    links = [a for a in _links(panel) if "source-link" in (a.className or "")]
    assert [a.children for a in links] == ["Open source ↗"] * 4
    names = [a.to_plotly_json()["props"].get("aria-label") for a in links]
    assert names == ["Open source [1]: TASS, 20 Sep 2023 (new tab)", "Open source [2]: TASS, 21 Jun 2023 (new tab)",
                     "Open source [3]: TASS (new tab)",
                     "Open source [4]: Russia – Islamic World (russia-islworld.ru), 31 Jul 2023 (new tab)"]
