"""A page's publication time of day (round 87): an HTML page's `article:published_time` ("2023-06-21T14:05:00+03:00")
was read through htmldate, which keeps the day only, so the source was stored at midnight; the time the page gives is now
kept, as the page's clock prints it (the store's `published_at` has no time zone). Pages of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract import articles_from_bytes

_BODY = ("<p>ASTANA. June 21 (Interfax) - Kazakhstan is ready to consider resumption of talks on Syria as a goodwill "
         "gesture, the Kazakh Foreign Ministry said in a statement on Wednesday after many hours of talks.</p>"
         "<p>The ministry added that it would consider a collective request from the participants of the talks.</p>")


def _page(head: str) -> bytes:
    return f"<html><head><title>T</title>{head}</head><body><article><h1>T</h1>{_BODY}</article></body></html>".encode()


def test_the_published_time_meta_keeps_its_time_of_day() -> None:
    [article] = articles_from_bytes(_page("<meta property='article:published_time' content='2023-06-21T14:05:00+03:00'>"), "p.html")
    assert article.published_at == dt.datetime(2023, 6, 21, 14, 5)
    assert article.anchor == dt.date(2023, 6, 21)
    assert article.describe()["published_at"] == "2023-06-21T14:05"


def test_schema_org_date_published() -> None:
    [article] = articles_from_bytes(_page("<meta itemprop='datePublished' content='2023-06-21 09:30'>"), "p.html")
    assert article.published_at == dt.datetime(2023, 6, 21, 9, 30)


def test_a_page_with_a_day_only() -> None:
    """A guard: a meta with no time stays at the day."""
    [article] = articles_from_bytes(_page("<meta property='article:published_time' content='2023-06-21'>"), "p.html")
    assert article.published_at == dt.datetime(2023, 6, 21)
