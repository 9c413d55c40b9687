"""The Markdown brief: one heading per event in order, citations listed, data text never turned into markup."""
from __future__ import annotations

import base64
import re

import lxml.html
import markdown as python_markdown
import pytest
from markdown_it import MarkdownIt

from tracker.briefing import render_brief
from tracker.briefing.markdown import md_escape

from .brief_helpers import ARABIC, CYRILLIC, requires_chromium

ENTRY_HEADING = re.compile(r"^#### (?P<date>.+?) · (?P<type>[^·]+) · (?P<title>.+)$", re.M)


#: two renderers an analyst's viewer may use; both pass raw HTML through, so the escaping must hold in each.
RENDERERS = {"python-markdown": python_markdown.markdown, "commonmark": MarkdownIt("commonmark").render}


def _as_html(text: str, renderer: str = "commonmark"):
    """The Markdown as a reader's viewer shows it."""
    return lxml.html.fromstring(f"<div>{RENDERERS[renderer](text)}</div>")


def test_june_markdown_lists_the_filtered_events_in_order(june_brief, june_events):
    text = render_brief("md", june_brief, chart=False).decode("utf-8")
    ids = re.findall(r"^Event id: `([^`]+)`$", text, re.M)
    assert ids == list(june_events["event_id"])
    headings = ENTRY_HEADING.findall(text)
    assert [h[0] for h in headings] == [e.date_text for e in june_brief.entries]
    assert text.startswith("# Briefing: Astana format\n")
    assert "**Filters:** Astana format; 1 June to 30 June 2023" in text
    assert "### June 2023" in text and "## Key points" in text and "## Sources" in text


def test_june_markdown_quotes_and_numbered_sources(june_brief):
    text = render_brief("md", june_brief, chart=False).decode("utf-8")
    proposal = text.split("Event id: `kaz-proposal-2023-06-21`")[0].split("####")[-1]
    assert "— Kanat Tumysh [" in proposal and "> “Syria" in proposal
    for citation in june_brief.citations:
        assert re.search(rf"^\[{citation.number}\] ", text, re.M)
        if citation.url:
            assert f"<{citation.url}>" in text
    assert len(re.findall(r"^\[\d+\] ", text, re.M)) == len(june_brief.citations)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_data_text_never_becomes_markup(odd_brief, renderer):
    text = render_brief("md", odd_brief, chart=False).decode("utf-8")
    page = _as_html(text, renderer)
    assert page.xpath("//script") == [] and page.xpath("//b") == [] and page.xpath("//i") == []
    links = {a.get("href") for a in page.xpath("//a")}
    assert "http://evil.example" not in links
    assert links <= {c.url for c in odd_brief.citations}
    shown = page.text_content()
    assert "<script>alert('x')</script> & <b>bold</b> [link](http://evil.example)" in shown
    assert '=HYPERLINK("http://evil.example","click")' in shown
    assert "+SUM(A1:A9) | pipes | *stars* _under_ #hash" in shown
    assert len(page.xpath("//h4")) == len(odd_brief.entries), "no heading or list made from data"


def test_long_quotes_are_wrapped_and_scripts_kept(odd_brief):
    text = render_brief("md", odd_brief, chart=False).decode("utf-8")
    assert max(len(line) for line in text.splitlines() if line.startswith("> ")) <= 90
    assert CYRILLIC in text and ARABIC in text and "Türkiye" in text and "Côte d'Ivoire" in text
    assert "**NEW** (added or changed since 20 Jun 2023)" in text and "**CHANGED**" in text


@pytest.mark.parametrize("renderer", RENDERERS)
def test_md_escape_round_trips_through_a_renderer(renderer):
    nasty = r"a*b_c [x](y) <z> `q` #h |p| ~~s~~ &amp; \ ! <!-- c --> **x** __y__"
    assert _as_html(md_escape(nasty), renderer).text_content().strip() == nasty


@requires_chromium
def test_markdown_embeds_the_chart_as_png(june_files):
    text = june_files["md"].decode("utf-8")
    match = re.search(r"!\[Timeline of the (\d+) events in this brief\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", text)
    assert match and base64.b64decode(match.group(2))[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Astana track: June 2023" in text.splitlines()[0]
