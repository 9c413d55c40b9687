"""Named saved views: a name and the URL query of a dashboard view (filters, window, grouping, event).

Pure: checks a name and a query and says clearly what is wrong; the stores keep them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

NAME_MAX = 80
QUERY_MAX = 2000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SavedView:
    """A bookmarked view: its name and its URL query (without the leading "?")."""

    name: str
    query: str

    def href(self, prefix: str = "/") -> str:
        """The link that opens the view in the dashboard served at `prefix`."""
        return prefix.rstrip("/") + "/" + (f"?{self.query}" if self.query else "")


def check_name(name: object) -> str:
    """The name, trimmed; a ValueError saying what is wrong when it is empty, too long or has control characters."""
    text = str(name or "").strip()
    if not text:
        raise ValueError("a saved view needs a name")
    if len(text) > NAME_MAX:
        raise ValueError(f"the name of a saved view is at most {NAME_MAX} characters (this one has {len(text)})")
    if _CONTROL.search(text):
        raise ValueError("the name of a saved view cannot hold line breaks or control characters")
    return text


def check_query(query: object) -> str:
    """The URL query of a view without its "?"; a whole dashboard URL gives its query.

    A ValueError when it is too long or is not a query (control characters, a fragment only).
    """
    text = str(query or "").strip()
    if "://" in text or text.startswith("/"):
        text = urlsplit(text).query
    text = text.lstrip("?")
    if len(text) > QUERY_MAX:
        raise ValueError(f"the query of a saved view is at most {QUERY_MAX} characters (this one has {len(text)})")
    if _CONTROL.search(text) or " " in text or "#" in text:
        raise ValueError(f"{text[:60]!r} is not a URL query such as 'process=Astana+format&from=2023-06'")
    if text and not parse_qsl(text, keep_blank_values=True):
        raise ValueError(f"{text[:60]!r} is not a URL query such as 'process=Astana+format&from=2023-06'")
    return text


def check_view(name: object, query: object) -> SavedView:
    """A SavedView from a name and a query, both checked (see `check_name`, `check_query`)."""
    return SavedView(check_name(name), check_query(query))


def find_view(views: list[SavedView], name: str) -> SavedView | None:
    """The view of `views` named `name`, compared without regard to case (names are unique that way)."""
    folded = name.strip().casefold()
    return next((view for view in views if view.name.casefold() == folded), None)
