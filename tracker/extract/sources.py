"""Reading article files: plain text, saved HTML pages and RSS/Atom feeds, with clear refusals.

Every refusal is an InputError whose problem names the file, so the CLI can print it and store nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tracker.extract.article import Article, match_dateline, parse_text, parse_timestamp
from tracker.problems import InputError, Problem

#: Articles larger than this are refused (a wire article is a few kilobytes; a feed file a few hundred).
MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom", ".md", "")


def _refuse(name: str, reason: str, line: int | None = None) -> InputError:
    return InputError([Problem(name, line, None, reason)])


def decode_article(data: bytes, name: str) -> str:
    """Bytes to text, refusing empty, binary and non-UTF-8 input with a reason naming the file."""
    if not data.strip():
        raise _refuse(name, "the file is empty; there is no article to read")
    if len(data) > MAX_BYTES:
        raise _refuse(name, f"{len(data) / 1e6:.1f} MB is over the limit of {MAX_BYTES / 1e6:.0f} MB for an article or feed")
    sample = data[:8192]
    if b"\x00" in sample or sum(1 for b in sample if b < 9 or 13 < b < 32) > len(sample) * 0.05:
        raise _refuse(name, "this is a binary file, not an article (plain text, HTML or an RSS/Atom feed expected)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _refuse(name, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line} cannot be decoded; "
                            "save the article as UTF-8 and try again", line) from None


def kind_of(text: str) -> str:
    """'feed', 'html' or 'text', from the content rather than the file name."""
    head = text.lstrip()[:2000].lower()
    if re.search(r"<rss\b|<feed\b[^>]*xmlns|<rdf:rdf\b", head):
        return "feed"
    if re.search(r"<!doctype html|<html\b|<body\b|<article\b|<head\b", head):
        return "html"
    return "text"


def read_articles(path: Path, label: str | None = None) -> list[Article]:
    """The articles in a file (one for text and HTML, one per item for a feed)."""
    name = label or str(path)
    if not path.exists():
        raise _refuse(name, "file not found")
    if path.is_dir():
        raise _refuse(name, "is a folder; give files, or use `tracker ingest FOLDER`")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refuse(name, f"{size / 1e6:.1f} MB is over the limit of {MAX_BYTES / 1e6:.0f} MB for an article or feed")
    return articles_from_bytes(path.read_bytes(), name)


def articles_from_bytes(data: bytes, name: str) -> list[Article]:
    """Parse raw bytes (a file, an upload, a paste) into articles."""
    text = decode_article(data, name)
    kind = kind_of(text)
    if kind == "feed":
        articles = parse_feed(text, name)
    elif kind == "html":
        articles = [parse_html(text, name)]
    else:
        articles = [parse_text(text, name)]
    for article in articles:
        if len(re.findall(r"\w+", article.body)) < 5:
            raise _refuse(article.label, "no article text found (fewer than five words of body)")
    return articles


def parse_html(html: str, name: str) -> Article:
    """A saved article page: main text and metadata by trafilatura (dates by htmldate)."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = (document.text or "").strip() if document is not None else ""
    if len(re.findall(r"\w+", text)) < 20:
        raise _refuse(name, "no article found in this HTML page (the extractor found no main text); "
                            "save the article page itself, not an index or error page")
    title = (document.title or "").strip() or None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    article = parse_text("\n\n".join(lines), name)
    stamp = _published_meta(html)
    published = (parse_timestamp(stamp) if stamp else None) or (parse_timestamp(document.date) if document.date else None)
    article.published_at = article.published_at or published
    article.title = title or article.title
    article.url = document.url or article.url
    article.publisher = article.publisher or document.sitename or document.hostname
    if article.dateline_date is None and article.published_at and lines and match_dateline(lines[0]):
        reparsed = parse_text(f"{article.published_at:%d %b %Y}\n\n" + "\n\n".join(lines), name)
        article.dateline_date = reparsed.dateline_date
    return article


#: The page's own publication instant: `article:published_time`, schema.org `datePublished`, Dublin Core, `pubdate`
_PUBLISHED_META = ("//meta[@property='article:published_time' or @name='article:published_time' or @property='og:published_time'"
                   " or @itemprop='datePublished' or @name='DC.date.issued' or @name='pubdate' or @name='publishdate']/@content"
                   " | //time[@itemprop='datePublished' or @pubdate]/@datetime")


def _published_meta(html: str) -> str | None:
    """The publication date-time a page's metadata gives (htmldate, through trafilatura, keeps the day only), as
    written: "2023-06-21T14:05:00+03:00" is read as 14:05 on the 21st, the page's own clock (the store's `published_at`
    has no time zone, and the day is the one the text's "on Tuesday" counts from)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    stamps = [str(v).strip() for v in root.xpath(_PUBLISHED_META) if re.match(r"\d{4}-\d\d-\d\d", str(v).strip())]
    return next((v for v in stamps if "T" in v or " " in v), stamps[0] if stamps else None)


def _fragment_text(markup: str) -> str:
    """Paragraph text of an HTML fragment from a feed item."""
    if "<" not in markup:
        return markup
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises ParserError and friends for broken fragments
        return re.sub(r"<[^>]+>", " ", markup)
    paragraphs = [p.text_content().strip() for p in root.iter("p") if p.text_content().strip()]
    return "\n\n".join(paragraphs) if paragraphs else root.text_content()


def parse_feed(text: str, name: str) -> list[Article]:
    """Every item of an RSS or Atom feed, as articles (label `file#n`)."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        raise _refuse(name, "a feed with no items" + (f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""))
    publisher = parsed.feed.get("title")
    articles = []
    for n, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary", "")
        body = _fragment_text(content or "")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.datetime(*stamp[:6]) if stamp else None
        header = [f"published: {published.isoformat(timespec='minutes')}" if published else "",
                  f"title: {entry.get('title', '')}"]
        article = parse_text("\n".join(h for h in header if h) + "\n\n" + body, f"{name}#{n}")
        article.url = entry.get("link") or article.url
        source = entry.get("source", {}).get("title") if entry.get("source") else None
        article.publisher = article.publisher or source or entry.get("author") or publisher
        articles.append(article)
    return articles
