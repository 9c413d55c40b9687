"""Which page the URL shows, for the callbacks of the timeline's views: they draw nothing while the review page
hides them."""
from __future__ import annotations

from dash import Input
from dash.exceptions import PreventUpdate

from tracker.dashboard import ids
from tracker.dashboard.inputs import text

#: The input that tells the timeline's views which page shows: they draw nothing while another page (the review
#: page) hides them, and draw when the timeline shows again. Every page's layout holds every panel, so these
#: callbacks ran on each load of the review page and after each of its writes (the URL and the data version are
#: inputs both pages share), 3.5-8 s of figures, counts and tables under load, with the review page's own callbacks
#: waiting behind them (issue 10 walk).
PAGE = Input(ids.URL, "pathname")
REVIEW_PATH = "review"


def on_review_page(pathname: str | None, prefix: str) -> bool:
    """True when the path is the review page's."""
    path = text(pathname) or "/"
    return path.startswith(prefix) and path[len(prefix):].strip("/") == REVIEW_PATH


def timeline_hidden(pathname: str | None, prefix: str) -> bool:
    """True when the URL's path is the review page's, where the timeline panel is hidden; None (a request made
    without the path, such as the bench's) is the timeline."""
    return pathname is not None and on_review_page(pathname, prefix)


def skip_hidden(pathname: str | None, prefix: str) -> None:
    """Raise PreventUpdate when the timeline is hidden (`timeline_hidden`): its outputs stay as they are."""
    if timeline_hidden(pathname, prefix):
        raise PreventUpdate
