"""Pages of the dashboard and controls of its header: registries that later features add to.

A page is a `Panel` (path, nav label, layout, callbacks): the timeline and the review page
of candidate events. A header action (the Briefing button, which renders
`tracker.briefing.render_brief` for the current filter) is a `HeaderAction`: a layout made
from the data and the callbacks or routes it needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from dash import Dash, dcc, html

from tracker.dashboard import ids
from tracker.dashboard.brief import briefing_control, register_briefing
from tracker.dashboard.callbacks import register_timeline
from tracker.dashboard.data import DashboardData
from tracker.dashboard.layout import timeline_page
from tracker.dashboard.live import LiveData
from tracker.dashboard.review.callbacks import register_review
from tracker.dashboard.review.layout import review_page
from tracker.dashboard.saved_views import register_saved_views, saved_views_control


@dataclass(frozen=True)
class Panel:
    """One page: its path (relative to the app), its label in the nav, its layout and its callbacks."""

    path: str
    label: str
    layout: Callable[[DashboardData], object]
    register: Callable[[Dash, LiveData], None]


@dataclass(frozen=True)
class HeaderAction:
    """A control in the page header: its layout (from the data at start) and its callbacks or routes."""

    layout: Callable[[DashboardData], object]
    register: Callable[[Dash, LiveData], None]


def default_panels() -> list[Panel]:
    """The pages the dashboard has: the timeline, and the review page of candidate events."""
    return [Panel("/", "Timeline", timeline_page, register_timeline),
            Panel("/review", "Review", review_page, register_review)]


#: Controls in the page header.
HEADER_ACTIONS: list[HeaderAction] = [HeaderAction(briefing_control, register_briefing)]
HEADER_ACTIONS.append(HeaderAction(saved_views_control, register_saved_views))


def panel_id(index: int) -> str:
    """The id of the container of panel `index`."""
    return f"panel-{index}"


def nav(panels: list[Panel], prefix: str) -> html.Nav:
    """Links to the pages (shown when there is more than one)."""
    links = [dcc.Link(p.label, href=prefix.rstrip("/") + p.path, className="nav-link") for p in panels]
    return html.Nav(links, id=ids.NAV, className="nav", hidden=len(panels) < 2, **{"aria-label": "Pages"})


def _editor() -> HeaderAction:
    """The Add event button and the event form (issue 12), imported here to keep panels' imports light."""
    from tracker.dashboard.editor.callbacks import register_editor
    from tracker.dashboard.editor.layout import editor_control

    return HeaderAction(editor_control, register_editor)


HEADER_ACTIONS.append(_editor())


def _account_action() -> HeaderAction:
    """The signed-in user and Sign out (tracker.auth), last in the header."""
    from tracker.auth.account_view import account_control, register_account

    return HeaderAction(account_control, register_account)


HEADER_ACTIONS.append(_account_action())
