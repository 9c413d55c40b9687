"""Wire layouts, HTML pages and feeds parsed into Articles."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.sources import articles_from_bytes


@pytest.mark.parametrize("text, publisher, place, anchor", [
    ("22 Jun 2023 16:13\n\nHeadline\n\nASTANA. June 22 (Interfax) - Kazakhstan said it was ready.", "Interfax", "Astana", "2023-06-22"),
    ("21 JUN 2023, 10:00\n\nMOSCOW, June 21. /TASS/. Russia said it was ready to go.", "TASS", "Moscow", "2023-06-21"),
    ("June 21, 2023\n\nHeadline here\n\nASTANA, June 21 (Reuters) - Russia said it was ready.", "Reuters", "Astana", "2023-06-21"),
    ("June 21, 2023\n\nGENEVA (AP) — The envoy said the talks were over.", "AP", "Geneva", "2023-06-21"),
    ("21 Jun 2023 11:00\n\nGeneva (AFP) - The envoy said the talks were over.", "AFP", "Geneva", "2023-06-21"),
    ("BEIJING, Sept. 19, 2005 (Xinhua) -- The parties issued a joint statement.", "Xinhua", "Beijing", "2005-09-19"),
    ("Anadolu Agency\nPublished 05.01.2023\n\nHeadline\n\nANKARA\n\nTürkiye said it was ready.", "Anadolu", "Ankara", "2023-01-05"),
    ("source: Kazinform\npublished: 2022-11-23T15:30\ntitle: T\n\nASTANA. The talks ended on Wednesday.", "Kazinform", "Astana", "2022-11-23"),
])
def test_layouts(text: str, publisher: str, place: str, anchor: str) -> None:
    article = parse_text(text, "x.txt")
    assert (article.publisher, article.dateline_place, article.anchor) == (publisher, place, dt.date.fromisoformat(anchor))
    assert "said" in article.body or "ended" in article.body or "issued" in article.body


def test_seed_layout(seed_path) -> None:
    article = parse_text(seed_path.read_text(encoding="utf-8"), "seed")
    assert article.title.startswith("Kazakhstan ready to resume Syria talks")
    assert article.published_at == dt.datetime(2023, 6, 22, 16, 13)
    assert article.paragraphs[0].startswith("Kazakhstan is ready")


def test_html_page_uses_metadata() -> None:
    html = ("<html><head><title>T</title><meta property='article:published_time' content='2023-06-22T10:00:00'>"
            "<meta property='og:site_name' content='Interfax'></head><body><article><h1>T</h1>"
            "<p>ASTANA. June 22 (Interfax) - Kazakhstan is ready to consider resumption of talks on Syria as a goodwill "
            "gesture, the Kazakh Foreign Ministry said in a statement on Thursday after many hours of talks.</p>"
            "<p>The ministry added that it would consider a collective request from the participants of the talks.</p>"
            "</article></body></html>").encode()
    [article] = articles_from_bytes(html, "page.html")
    assert article.anchor == dt.date(2023, 6, 22) and article.publisher == "Interfax"
    assert article.body.startswith("Kazakhstan is ready")


def test_feed_items_are_articles() -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
            "<item><title>A</title><link>https://example.org/a</link><pubDate>Wed, 21 Jun 2023 10:00:00 GMT</pubDate>"
            "<description>&lt;p&gt;Kazakhstan proposed on Wednesday that the talks end now.&lt;/p&gt;</description></item>"
            "<item><title>B</title><link>https://example.org/b</link><pubDate>Thu, 22 Jun 2023 10:00:00 GMT</pubDate>"
            "<description>The ministry said on Thursday that it was ready again.</description></item>"
            "</channel></rss>").encode()
    articles = articles_from_bytes(feed, "feed.xml")
    assert [a.url for a in articles] == ["https://example.org/a", "https://example.org/b"]
    assert [a.anchor for a in articles] == [dt.date(2023, 6, 21), dt.date(2023, 6, 22)]
    assert articles[0].label == "feed.xml#1"


def test_a_dateline_without_a_year_is_read_once_the_publication_date_is_given() -> None:
    from tracker.extract.article import dated, publication_day, with_published

    article = parse_text("ASTANA, March 3 (Interfax) - Kazakhstan's Foreign Ministry said on Friday it was ready.", "x")
    assert article.anchor is None and publication_day(article) is None and article.dateline_text == "March 3"
    given = with_published(article, dt.date(2023, 3, 4))
    assert given.anchor == dt.date(2023, 3, 3) and publication_day(given) == dt.date(2023, 3, 4)
    own = parse_text("published: 2023-06-22\n\nASTANA. June 22 (Interfax) - Kazakhstan said it was ready to talk.", "y")
    assert dated([article, own], dt.date(2023, 3, 3))[1] is own  # an article's own date is kept
