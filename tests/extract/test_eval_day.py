"""The corpora are scored against one fixed day (`evaluate.CORPUS_TODAY`), not the machine's: a page with no year
takes the latest past occurrence of its day, so the same code scored test venue 0.625 before midnight UTC and 0.622
after it (thirtieth stop), and figures of two days could not be compared."""
from __future__ import annotations

import datetime as dt
import json

from tracker.extract import evaluate, extract_articles
from tracker.extract.article import parse_text
from tracker.importer import load_shipped

# a page of our own with a day and no year anywhere: its year is the reading day's latest past 20 December
PAGE = ("Envoys to meet again in Vela Cove\n\nVELA COVE, December 20 - The envoys of Ostrava and Lumenia met in Vela Cove "
        "today and agreed to meet again next month, the mediators said.")


def _years(today: dt.date) -> list[int]:
    known = load_shipped(evaluate.DATA)
    extraction = extract_articles([parse_text(PAGE, "page.txt")], known, today=today)[0]
    return sorted(c.first.year for c in extraction.events if c.first is not None)  # the meeting, the next


def test_the_reading_day_decides_the_year_of_a_yearless_page():
    assert _years(dt.date(2026, 12, 7)) == [2025, 2026] and _years(dt.date(2026, 12, 21)) == [2026, 2027]


def test_both_corpora_are_scored_against_the_fixed_day(tmp_path, monkeypatch):
    days = []
    real = extract_articles

    def recording(articles, known, lexicon=None, today=None):
        days.append(today)
        return real(articles, known, lexicon, today)

    monkeypatch.setattr("tracker.extract.extract_articles", recording)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "1_own_page.txt").write_text(PAGE, encoding="utf-8")
    label = {"article": "1_own_page.txt", "url": "https://example.org/1", "publisher": "Own", "published": "December 20",
             "published_iso": None, "published_basis": None, "sha256": "", "process": None, "split": "dev",
             "shape": [], "events": []}
    (tmp_path / "1_own_page.json").write_text(json.dumps(label), encoding="utf-8")
    evaluate.evaluate_real(tmp_path)
    evaluate.evaluate(evaluate.DATA.parent / "tests" / "corpus", files=["000_seed_interfax"])
    assert len(days) == 2 and set(days) == {evaluate.CORPUS_TODAY}
