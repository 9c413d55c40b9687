"""Analyst briefings: build the brief as data (model.py), then render it (one module per format).

The command (`tracker brief`) and the dashboard's Briefing button both call
`make_brief` then `render_brief`, so a brief is the same from either.
"""
from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, replace
from typing import Protocol

from tracker.briefing.chart import ChartUnavailable
from tracker.briefing.model import Brief, build_brief, data_label, describe_data, marks_from_history
from tracker.filters import EventFilter
from tracker.instants import as_instant
from tracker.models import Tables
from tracker.selection import select


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

    paged: bool = False  # printed on pages: takes a paper size

    def render(self, brief: Brief, *, chart: bool = True, paper: str = "a4") -> bytes:
        """The brief in this format (modules are imported on first use: python-docx and fpdf2 are not light)."""
        options = {"paper": paper} if self.paged else {}
        return importlib.import_module(f"tracker.briefing.{self.module}").render(brief, chart=chart, **options)


#: format name -> Renderer, in the order the CLI and the dashboard offer them.
RENDERERS: dict[str, Renderer] = {
    "md": Renderer("markdown", ".md", "text/markdown; charset=utf-8"),
    "html": Renderer("html", ".html", "text/html; charset=utf-8"),
    "docx": Renderer("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", paged=True),
    "pdf": Renderer("pdf", ".pdf", "application/pdf", paged=True),
}


#: paper sizes of the paged formats (docx, pdf); A4 unless asked
PAPERS = ("a4", "letter")


def render_brief(fmt: str, brief: Brief, *, chart: bool = True, paper: str = "a4") -> bytes:
    """The brief as the bytes of a file in format `fmt` (md, html, docx, pdf) on `paper` (a4, letter: docx and pdf);
    raises ChartUnavailable without Chromium."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r}; use one of: {', '.join(PAPERS)}")
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown brief format {fmt!r}; use one of: {', '.join(RENDERERS)}") from None
    return renderer.render(brief, chart=chart, paper=paper)


def make_brief(tables: Tables, event_filter: EventFilter, *, store: StoreLike | None = None, since: dt.date | dt.datetime | None = None,
               title: str | None = None, generated_at: dt.datetime | None = None, label: str | None = None,
               notices: tuple[str, ...] | None = None) -> Brief:
    """Select the events of `event_filter` (as `tracker export` does) and build their brief.

    `label` says where the data came from when `tables` is only part of the store (the dashboard
    passes the matching events alone); by default it is counted from `tables`. `notices` are the
    selection's notes on values that match nothing, when made on the whole store (default: from `tables`).
    """
    # the text index knows today's text only: a brief "as of" the past scans the text it had then
    text_ids = store.search_text(event_filter.text) if (store is not None and event_filter.text
                                                         and event_filter.as_of is None) else None
    chosen = select(tables, event_filter, text_ids)
    if label is None:
        label = data_label(store.location, tables) if store is not None else ""
    marks = None
    if since is not None and store is not None and hasattr(store, "changes_after"):  # exact, as "What changed" reads
        marks = marks_from_history(store.changes_after(as_instant(since, day_end=False)), event_filter.as_of)
    brief = build_brief(tables, chosen.events, chosen.filter, since=since, title=title, generated_at=generated_at,
                        data_label=label, marks=marks)
    notices = chosen.notices if notices is None else notices
    if notices:  # the brief says why it holds fewer events than asked ("no actor named 'Nowhere'; ...")
        brief = replace(brief, filter_text=f"{brief.filter_text} (note: {'; '.join(notices)})")
    return brief


def brief_filename(brief: Brief, fmt: str) -> str:
    """A file name that says what the brief holds: 'briefing_astana-format_2023-06-01_to_2023-06-30_2026-12-04.docx'
    (its filters and the day it was made)."""
    from tracker.export.names import export_filename

    f, _ = EventFilter.from_query_string(brief.filter_query)
    return export_filename(f, RENDERERS[fmt].suffix, brief.generated_at.date(), prefix="briefing")


__all__ = ["PAPERS", "RENDERERS", "Brief", "ChartUnavailable", "Renderer", "StoreLike", "brief_filename", "build_brief", "describe_data", "make_brief", "render_brief"]
