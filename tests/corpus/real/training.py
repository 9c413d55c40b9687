"""What the learned steps' training scripts share (`train_actor_choice.py`, `train_date_choice.py`): reading the
corpus they learn from, and cross-validation grouped by article.

Only dev articles are read (never test), each with its fold (the article number modulo `FOLDS`), and the synthetic
corpus (the team's own articles, fold -1: always in training, never scored in the cross-validation).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from tracker.extract import extract_articles, read_articles
from tracker.extract.article import parse_text
from tracker.extract.evaluate import DATA, real_article_text, real_labels
from tracker.extract.lexicon import Lexicon
from tracker.extract.linear import train
from tracker.importer import load_shipped

CORPUS = Path(__file__).resolve().parent
SYNTHETIC = CORPUS.parent
FOLDS = 5


def training_articles(lexicon: Lexicon, dated_only: bool = False) -> Iterator[tuple[int, dict, object]]:
    """(fold, label, extraction) of each dev article whose text is present (`dated_only`: with a publication date),
    then of each synthetic article, read one at a time so that a caller's stand-in for a model step sees one article
    between two yields."""
    known = load_shipped(DATA)
    for label in real_labels(CORPUS, "dev"):
        path = CORPUS / "texts" / label["article"]
        if path.exists() and (label.get("published_iso") or not dated_only):
            article = parse_text(real_article_text(label, path.read_text(encoding="utf-8")), path.name)
            yield int(label["article"].split("_")[0]) % FOLDS, label, extract_articles([article], known, lexicon)[0]
    for path in sorted(SYNTHETIC.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        extraction = extract_articles(read_articles(SYNTHETIC / label["article"]), known, lexicon)[label.get("item", 1) - 1]
        yield -1, label, extraction


def cross_validate(records: list[dict], l2: float, rows_of: Callable[[list[dict]], tuple[list, list]],
                   predict: Callable[[object, dict], list[float]]) -> list[list[float] | None]:
    """Each dev record's probabilities (`predict(model, record)`) from a model trained, on the rows and labels
    `rows_of` gives, on the other dev folds and the synthetic articles; None for the synthetic records."""
    probs: list[list[float] | None] = [None] * len(records)
    for fold in range(FOLDS):
        rows, labels = rows_of([r for r in records if r["fold"] != fold])
        model = train(rows, labels, l2=l2)
        for i, r in enumerate(records):
            if r["fold"] == fold:
                probs[i] = predict(model, r)
    return probs
