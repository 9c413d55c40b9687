"""Speed of extraction: articles per second on one core for seed-sized articles."""
from __future__ import annotations

import time
from pathlib import Path

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon
from tracker.extract.matching import StoredIndex, match_extraction
from tracker.models import Tables

SEED = Path(__file__).resolve().parents[2] / "data" / "sample_article.txt"


def articles_per_second(n: int = 400, text: str | None = None, tables: Tables | None = None) -> float:
    """Parse, extract and match `n` copies of the seed article against the store; return articles per second.

    The gazetteer and the stored-event index are built once, as `tracker ingest` does for a folder.
    """
    if tables is None:
        from tracker.importer import load_shipped

        tables = load_shipped(SEED.parent)
    text = text if text is not None else SEED.read_text(encoding="utf-8")
    lexicon = Lexicon(tables)
    index = StoredIndex(tables)
    actor_ids = set(tables.actors["actor_id"].dropna())
    start = time.perf_counter()
    for k in range(n):
        extraction = extract_article(parse_text(text, f"bench-{k}"), lexicon)
        match_extraction(extraction, index, actor_ids)
    return n / (time.perf_counter() - start)
