"""The HTML brief, read back with an HTML parser: events, dates, citations, escaping, self-contained."""
from __future__ import annotations

import lxml.html

from tracker.briefing import render_brief

from .brief_helpers import ARABIC, CYRILLIC


def _page(brief, chart: bool = True):
    return lxml.html.document_fromstring(render_brief("html", brief, chart=chart).decode("utf-8"))


def _text(element) -> str:
    return " ".join(element.text_content().split())


def test_june_html_articles_match_the_filtered_events(june_brief, june_events):
    page = _page(june_brief, chart=False)
    articles = page.xpath("//article[@data-event-id]")
    assert [a.get("data-event-id") for a in articles] == list(june_events["event_id"])
    assert [a.xpath(".//time/@datetime")[0] for a in articles] == [d.date().isoformat() for d in june_events["start_date"]]
    assert [_text(a.xpath(".//time")[0]) for a in articles] == [e.date_text for e in june_brief.entries]
    for article in articles:
        assert f"Event id: {article.get('data-event-id')}" in _text(article)
    assert _text(page.xpath("//dd[@class='filters']")[0]) == "Astana format; 1 June to 30 June 2023"
    assert [_text(h) for h in page.xpath("//h2")] == ["Key points", "Chronology", "Sources"]


def test_june_html_citations_point_at_the_sources_list(june_brief):
    page = _page(june_brief, chart=False)
    items = page.xpath("//ol[@class='sources']/li")
    assert [li.get("id") for li in items] == [f"source-{c.number}" for c in june_brief.citations]
    targets = {f"#{li.get('id')}" for li in items}
    cites = page.xpath("//a[@class='cite']/@href")
    assert cites and set(cites) <= targets
    statement = page.xpath("//article[@data-event-id='kaz-statement-2023-06-22']")[0]
    quote = statement.xpath(".//blockquote")[0]
    assert "If the participants of international meetings on Syria" in _text(quote)
    assert "Ministry of Foreign Affairs of Kazakhstan" in _text(quote.xpath(".//footer")[0])
    for citation, li in zip(june_brief.citations, items):
        assert _text(li).startswith(f"[{citation.number}] {citation.publisher}")
        if citation.url:
            assert li.xpath(".//a/@href") == [citation.url]


def test_data_text_is_escaped(odd_brief):
    page = _page(odd_brief, chart=False)
    assert page.xpath("//script") == [], "no chart asked for, so no script at all"
    assert page.xpath("//article//b") == [] and page.xpath("//li//i") == []
    html_entry = page.xpath("//article[@data-event-id='odd-html']")[0]
    assert "<script>alert('x')</script> & <b>bold</b>" in _text(html_entry.xpath(".//span[@class='title']")[0])
    assert "</blockquote><script>alert(1)</script>" in _text(html_entry.xpath(".//blockquote/p")[0])
    assert _text(page.xpath("//title")[0]) == "Odd <title> & co"


def test_no_network_needed_and_only_source_links_leave_the_file(odd_brief):
    raw = render_brief("html", odd_brief).decode("utf-8")
    page = lxml.html.document_fromstring(raw)
    assert page.xpath("//script[@src] | //link | //img[@src] | //iframe | //object | //embed") == []
    external = {href for href in page.xpath("//a/@href") if not href.startswith("#")}
    assert external <= {c.url for c in odd_brief.citations}
    assert "http://evil.example" not in external
    scripts = page.xpath("//script")
    assert scripts and "Plotly.newPlot" in raw and len(raw) > 3_000_000, "plotly.js is inline"
    assert page.xpath("//div[@id='brief-timeline']")


def test_non_latin_text_and_direction(odd_brief):
    page = _page(odd_brief, chart=False)
    scripts = page.xpath("//article[@data-event-id='odd-scripts']")[0]
    assert "Türkiye (guarantor)" in _text(scripts) and CYRILLIC in _text(scripts) and ARABIC in _text(scripts)
    assert scripts.xpath(".//span[@class='title']/@dir") == ["auto"]
    assert _text(scripts.xpath(".//span[@class='change']")[0]) == "NEW"
    assert page.xpath("//meta/@charset") == ["utf-8"]


def test_empty_brief_says_so(shipped):
    from tracker.briefing.model import build_brief
    from tracker.filters import EventFilter, apply_filter

    f = EventFilter.build(date_from="1990", date_to="1990")
    page = _page(build_brief(shipped, apply_filter(shipped, f), f))
    assert "No events match the filters." in _text(page) and page.xpath("//script") == []


def test_the_filter_travels_with_the_file(june_brief):
    page = _page(june_brief, chart=False)
    assert page.xpath("//meta[@name='tracker-filter']/@content") == ["process=Astana+format&from=2023-06-01&to=2023-06-30"]
