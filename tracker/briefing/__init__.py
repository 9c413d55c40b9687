"""Analyst briefings: build the brief as data (model.py), then render it (one module per format).

The command (`tracker brief`) and the dashboard's Briefing button both call
`make_brief` then `render_brief`, so a brief is the same from either.
"""
from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from typing import Protocol

from tracker.briefing.chart import ChartUnavailable
from tracker.briefing.model import Brief, build_brief, data_label, describe_data
from tracker.filters import EventFilter
from tracker.models import Tables
from tracker.query import select_events
from tracker.resolve import slug


class StoreLike(Protocol):
    """What a brief needs of a store (the briefing takes one and imports none): its place and its text index."""

    location: str

    def search_text(self, text: str) -> set[str]:
        """Event ids whose text contains every word of `text`."""


@dataclass(frozen=True)
class Renderer:
    """A brief format: the module whose `render(brief, chart=True) -> bytes` writes it, its suffix and media type."""

    module: str
    suffix: str
    media_type: str

    def render(self, brief: Brief, *, chart: bool = True) -> bytes:
        """The brief in this format (modules are imported on first use: python-docx and fpdf2 are not light)."""
        return importlib.import_module(f"tracker.briefing.{self.module}").render(brief, chart=chart)


#: format name -> Renderer, in the order the CLI and the dashboard offer them.
RENDERERS: dict[str, Renderer] = {
    "md": Renderer("markdown", ".md", "text/markdown; charset=utf-8"),
    "html": Renderer("html", ".html", "text/html; charset=utf-8"),
    "docx": Renderer("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": Renderer("pdf", ".pdf", "application/pdf"),
}


def render_brief(fmt: str, brief: Brief, *, chart: bool = True) -> bytes:
    """The brief as the bytes of a file in format `fmt` (md, html, docx, pdf); raises ChartUnavailable without Chromium."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown brief format {fmt!r}; use one of: {', '.join(RENDERERS)}") from None
    return renderer.render(brief, chart=chart)


def make_brief(tables: Tables, event_filter: EventFilter, *, store: StoreLike | None = None, since: dt.date | None = None,
               title: str | None = None, generated_at: dt.datetime | None = None, label: str | None = None) -> Brief:
    """Select the events of `event_filter` (as `tracker export` does) and build their brief.

    `label` says where the data came from when `tables` is only part of the store (the dashboard
    passes the matching events alone); by default it is counted from `tables`.
    """
    events = select_events(tables, event_filter, store)  # type: ignore[arg-type]  # a Store in practice
    if label is None:
        label = data_label(store.location, tables) if store is not None else ""
    return build_brief(tables, events, event_filter, since=since, title=title, generated_at=generated_at, data_label=label)


def brief_filename(brief: Brief, fmt: str) -> str:
    """A file name for a download: 'briefing-astana-format-2023-06-30.docx' (title and generation day)."""
    return f"{slug(brief.title)}-{brief.generated_at:%Y-%m-%d}{RENDERERS[fmt].suffix}"


__all__ = ["RENDERERS", "Brief", "ChartUnavailable", "Renderer", "StoreLike", "brief_filename", "build_brief", "describe_data", "make_brief", "render_brief"]
