"""News in, events out: parse wire articles, extract candidate events, match them with the store.

The pure core used by `tracker extract`, `tracker ingest`, `tracker eval` and the dashboard's
review page. Nothing here touches a database: callers pass Tables in and save Tables out.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.extract.article import Article, parse_text
from tracker.extract.assemble import Extraction, extract_article
from tracker.extract.lexicon import Lexicon
from tracker.extract.matching import StoredIndex, match_extraction
from tracker.extract.sources import articles_from_bytes, read_articles
from tracker.models import Tables


def extract_articles(articles: list[Article], known: Tables, lexicon: Lexicon | None = None,
                     today: dt.date | None = None) -> list[Extraction]:
    """Extract and match every article against the known Tables; `today` (the machine's day when None) is the day a
    page without a year or date is read against."""
    lexicon = lexicon or Lexicon(known)
    index = StoredIndex(known)
    actor_ids = set(known.actors["actor_id"].dropna())
    out = []
    for article in articles:
        extraction = extract_article(article, lexicon, today)
        match_extraction(extraction, index, actor_ids)
        out.append(extraction)
    return out


def extract_path(path: Path, known: Tables, lexicon: Lexicon | None = None) -> list[Extraction]:
    """Extract the articles of one file (raises InputError for a file that is not an article)."""
    return extract_articles(read_articles(path), known, lexicon)


def event_json(extraction: Extraction, c) -> dict:
    """The JSON shape of one extracted event."""
    roster = extraction.roster
    return {
        "event_type": c.event_type,
        "start_date": c.first.isoformat() if c.first else None,
        "end_date": (c.last or c.first).isoformat() if c.first else None,
        "date_precision": c.precision,
        "title": _title(extraction, c),
        "actors": [roster.name(k) for k in c.actors],
        "roles": {roster.name(k): role for k, role in c.actors.items()},
        "speaker": roster.name(c.speaker) if c.speaker else None,
        "venue": c.venue[0] if c.venue else None,
        "process": extraction.process_name(c.process),
        "round_number": c.round_number,
        "status": c.status,
        "quote": c.quotes[0][1] if c.quotes else None,
        "quotes": [{"speaker": roster.name(s) if s else None, "text": t} for s, t in c.quotes],
        "evidence": c.evidence[0] if c.evidence else None,
        "dated_by": c.dated_by,
        "confidence": c.confidence,
        "matches": c.matches,
    }


def _title(extraction: Extraction, c) -> str:
    from tracker.extract.matching import title_for

    return title_for(extraction, c)


def extraction_json(extraction: Extraction) -> dict:
    """`{"article": {...}, "events": [...]}` as `tracker extract` prints it."""
    out = {"article": extraction.article.describe(), "events": [event_json(extraction, c) for c in extraction.events]}
    if extraction.notes:
        out["notes"] = extraction.notes
    return out


__all__ = ["Article", "Extraction", "Lexicon", "articles_from_bytes", "event_json", "extract_article", "extract_articles",
           "extract_path", "extraction_json", "parse_text", "read_articles"]
