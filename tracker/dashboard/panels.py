"""Pages of the dashboard and buttons of its header: registries that later features add to.

A page is a `Panel` (path, nav label, layout, callbacks); the review page for candidate
events is meant to be one more entry in `default_panels`. A header action (such as a
"Briefing" button that renders `tracker.briefing.render_brief` for the current filter)
is a function returning a component, listed in `HEADER_ACTIONS` and given the data.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dash import Dash, dcc, html

from tracker.dashboard import ids
from tracker.dashboard.callbacks import register_timeline
from tracker.dashboard.data import DashboardData
from tracker.dashboard.layout import timeline_page


@dataclass(frozen=True)
class Panel:
    """One page: its path (relative to the app), its label in the nav, its layout and its callbacks."""

    path: str
    label: str
    layout: Callable[[DashboardData], object]
    register: Callable[[Dash, DashboardData], None]


def default_panels() -> list[Panel]:
    """The pages the dashboard has: the timeline (add the review page here)."""
    return [Panel("/", "Timeline", timeline_page, register_timeline)]


#: Buttons in the page header, each made from the data (add the Briefing button here).
HEADER_ACTIONS: list[Callable[[DashboardData], object]] = []


def panel_id(index: int) -> str:
    """The id of the container of panel `index`."""
    return f"panel-{index}"


def nav(panels: list[Panel], prefix: str) -> html.Nav:
    """Links to the pages (shown when there is more than one)."""
    links = [dcc.Link(p.label, href=prefix.rstrip("/") + p.path, className="nav-link") for p in panels]
    return html.Nav(links, id=ids.NAV, className="nav", hidden=len(panels) < 2, **{"aria-label": "Pages"})
