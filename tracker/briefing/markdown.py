"""The brief as Markdown (CommonMark), one file: the chart is an embedded PNG (data: URI).

Text from the data is escaped so it can never become markup: no HTML, links,
emphasis or headings come out of a title, a summary or a quote.
"""
from __future__ import annotations

import base64
import re
import textwrap

from tracker.briefing.chart import chart_png
from tracker.briefing.model import Brief, Citation, Entry, isolate

WRAP = 88
_SPECIAL = re.compile(r"([\\`*_\[\]#!])")
#: characters written as entities: CommonMark and Python-Markdown both decode these, not every backslash escape.
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), ("~", "&#126;"))
_BLOCK_START = re.compile(r"^(\s*)([-+=>:]|\d+[.)])")
_AUTOLINK = re.compile(r"^https?://[^\s<>]+$", re.I)


def md_escape(text: str) -> str:
    """Escape what a Markdown renderer would read as markup or HTML (inline text: newlines are already collapsed)."""
    text = _SPECIAL.sub(r"\\\1", text)
    for char, entity in _ENTITIES:
        text = text.replace(char, entity)
    return text


def _guard_start(line: str) -> str:
    """Escape a wrapped line's first character when it would start a list, quote or heading underline."""
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line, count=1)


def _wrapped(text: str, prefix: str = "") -> list[str]:
    lines = textwrap.wrap(text, WRAP - len(prefix), break_long_words=False, break_on_hyphens=False) or [""]
    return [prefix + _guard_start(line) for line in lines]


def _link(url: str) -> str:
    return f"<{url}>" if _AUTOLINK.match(url) else md_escape(url)


def citation_line(citation: Citation) -> str:
    """'[3] TASS, 21 Jun 2023, “Title”, <https://...>'."""
    parts = [md_escape(isolate(citation.publisher) or "(publisher not recorded)")]
    if citation.published:
        parts.append(citation.published)
    if citation.title:
        parts.append(f"“{md_escape(isolate(citation.title))}”")
    if citation.url:
        parts.append(_link(citation.url))
    return f"[{citation.number}] " + ", ".join(parts)


def _marks(numbers) -> str:
    return " ".join(f"[{n}]" for n in numbers)


def _entry(entry: Entry, brief: Brief) -> list[str]:
    lines = [f"#### {entry.date_text} · {entry.type_label} · {md_escape(isolate(entry.title))}", ""]
    body: list[str] = []
    if entry.change:
        body.append(f"**{entry.change_text}** (added or changed since {brief.since_label})")
    if entry.context_text:
        body.append(md_escape(entry.context_text))
    if entry.actors:
        body.append(f"**Actors:** {md_escape(entry.actors_text)}")
    summary = md_escape(entry.summary) if entry.summary else ""
    if summary or entry.citations:
        body.append(" ".join(p for p in (summary, f"Sources: {_marks(entry.citations)}" if entry.citations else "") if p))
    lines += [line + "  " for line in body[:-1]] + body[-1:]
    if entry.quote:
        speaker = f" — {md_escape(isolate(entry.quote.speaker))}" if entry.quote.speaker else ""
        mark = f" [{entry.quote.citation}]" if entry.quote.citation else ""
        lines += ["", *_wrapped(f"“{md_escape(isolate(entry.quote.text))}”{speaker}{mark}", "> ")]
    lines += ["", f"Event id: `{entry.event_id}`", ""]
    return lines


def render(brief: Brief, *, chart: bool = True) -> bytes:
    """The brief as UTF-8 Markdown."""
    lines = [f"# {md_escape(brief.title)}", "",
             f"**Period:** {brief.period}  ",
             f"**Filters:** {md_escape(brief.filter_text)}  ",
             f"**Generated:** {md_escape(brief.generated_text.removeprefix('Generated '))}"]
    if brief.since:
        lines[-1] += "  "
        lines.append(f"**Marked NEW or CHANGED:** events added or changed since {brief.since_label}")
    if brief.as_of:
        lines[-1] += "  "
        lines.append(f"**{brief.as_of_text}:** the chronology as it was known then")
    lines += ["", "## Key points", ""]
    for point in brief.key_points:
        wrapped = _wrapped(md_escape(point), "  ")
        lines += ["- " + wrapped[0][2:], *wrapped[1:]]
    if brief.changes_heading:
        lines += ["", f"## {brief.changes_heading}", ""]
        for line in brief.changes or ():
            wrapped = _wrapped(md_escape(line.text), "  ")
            lines += ["- " + wrapped[0][2:], *wrapped[1:]]
        if not brief.changes:
            lines.append("Nothing changed.")
    png = chart_png(brief) if chart else None
    if png:
        encoded = base64.b64encode(png).decode("ascii")
        lines += ["", "## Timeline", "", f"![Timeline of the {len(brief.entries)} events in this brief](data:image/png;base64,{encoded})"]
    lines += ["", "## Chronology", ""]
    if not brief.months:
        lines += ["No events match the filters.", ""]
    for month in brief.months:
        lines += [f"### {month.label}", ""]
        for entry in month.entries:
            lines += _entry(entry, brief)
    if brief.citations:
        lines += ["## Sources", ""]
        for citation in brief.citations:
            lines += _wrapped(citation_line(citation), "") + [""]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")
