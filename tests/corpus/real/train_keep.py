"""Train the keep model (`tracker/extract/keep.py`): the probability that a candidate is a real event.

Reads the dev split of the real corpus only (labels here, texts in `texts/`); the test split is never read. Every
candidate of a dev article, as the rules give it (the model switched off), is a row: "kept" when `evaluate._pairs`
pairs it with a label, else "spurious". Five folds grouped by article (the article number modulo 5) give
out-of-fold probabilities, from which it prints: the log loss of each l2 tried, the reliability table (deciles of
the predicted probability: mean predicted vs share kept) of the model and of the hand-set confidence, and the curve
of a drop threshold (recall, precision and the other fields, scored as `tracker eval` scores them). It then fits the
chosen l2 on all of dev and writes `tracker/extract/models/keep.npz` (numbers only: hashed features, no words).

Run from the repository root (deterministic; about a minute):

    PYTHONPATH=. .venv/bin/python tests/corpus/real/train_keep.py            # figures only
    PYTHONPATH=. .venv/bin/python tests/corpus/real/train_keep.py --write    # and write the model
"""
from __future__ import annotations

import dataclasses
import math
import sys
from pathlib import Path

import numpy as np

from tracker.extract import assemble, extract_articles
from tracker.extract.article import parse_text
from tracker.extract.evaluate import FIELDS, Result, _pairs, real_article_text, real_labels, score_article
from tracker.extract.keep import MODEL, features
from tracker.extract.lexicon import Lexicon
from tracker.extract.linear import MODELS, train
from tracker.importer import load_shipped

CORPUS = Path(__file__).resolve().parent
DATA = CORPUS.parents[2] / "data"
FOLDS = 5
L2S = (3e-3, 1e-2, 3e-2, 1e-1)
STEPS, RATE, DIMS = 300, 0.05, 1 << 14
THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def read_dev() -> list[tuple[int, list[dict], object]]:
    """(article number, labels, extraction) of every dev article with its text, read by the rules alone."""
    assemble.keep_likely = lambda events, *_: events  # the rules' candidates, hand-set confidence
    assemble.undated_page_confidence = lambda c, *_: c.confidence  # (a page with no date: the hand-set score too)
    known = load_shipped(DATA)
    lexicon = Lexicon(known)
    out = []
    for label in real_labels(CORPUS, "dev"):
        path = CORPUS / "texts" / label["article"]
        if not path.exists():
            continue
        article = parse_text(real_article_text(label, path.read_text(encoding="utf-8")), path.name)
        out.append((int(label["article"].split("_")[0]), label["events"], extract_articles([article], known, lexicon)[0]))
    return out, lexicon


def rows_of(dev, lexicon) -> tuple[list[list[str]], list[str], list[int], list[float]]:
    """Feature rows, labels, fold and hand-set confidence of every candidate."""
    rows, labels, folds, hand = [], [], [], []
    for number, gold, extraction in dev:
        paired = {id(c) for _, c in _pairs(gold, extraction, lexicon) if c is not None}
        for c in extraction.events:
            rows.append(features(c, extraction.roster, len(extraction.events), extraction.events, extraction.article.anchor))
            labels.append("kept" if id(c) in paired else "spurious")
            folds.append(number % FOLDS)
            hand.append(c.confidence)
    return rows, labels, folds, hand


def out_of_fold(rows, labels, folds, l2: float) -> np.ndarray:
    """Each row's probability of "kept" from the model trained on the other folds."""
    p = np.zeros(len(rows))
    for k in range(FOLDS):
        inside = [i for i, f in enumerate(folds) if f != k]
        model = train([rows[i] for i in inside], [labels[i] for i in inside], dims=DIMS, l2=l2, steps=STEPS, rate=RATE)
        for i, f in enumerate(folds):
            if f == k:
                p[i] = model.probabilities(rows[i])["kept"]
    return p


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def reliability(name: str, p: np.ndarray, y: np.ndarray) -> None:
    """Deciles of the predicted probability: count, mean predicted, share kept; and the expected calibration error."""
    print(f"\nreliability of {name} (Brier {np.mean((p - y) ** 2):.4f}, log loss {log_loss(p, y):.4f})")
    print(f"{'bin':<10} {'n':>5} {'predicted':>9} {'kept':>6}")
    ece = 0.0
    for b in range(10):
        inside = (p >= b / 10) & ((p < (b + 1) / 10) if b < 9 else (p <= 1))
        if inside.any():
            ece += inside.sum() / len(p) * abs(p[inside].mean() - y[inside].mean())
            print(f"{b / 10:.1f}-{(b + 1) / 10:.1f}   {inside.sum():>5} {p[inside].mean():>9.3f} {y[inside].mean():>6.3f}")
    print(f"expected calibration error {ece:.4f}")


def curve(dev, lexicon, p: np.ndarray) -> None:
    """Every field, as `tracker eval` scores it, when candidates below each threshold are dropped."""
    print(f"\n{'threshold':<10}" + "".join(f"{f:>10}" for f in FIELDS) + f"{'dropped':>9}")
    for threshold in THRESHOLDS:
        result, i, dropped = Result(), 0, 0
        for _, gold, extraction in dev:
            keep = p[i:i + len(extraction.events)] >= threshold
            i += len(extraction.events)
            dropped += int((~keep).sum())
            events = [c for c, k in zip(extraction.events, keep) if k]
            score_article(gold, dataclasses.replace(extraction, events=events), lexicon, result)
        print(f"{threshold:<10}" + "".join(f"{result.scores[f]:>10.3f}" for f in FIELDS) + f"{dropped:>9}")


def main(write: bool) -> None:
    dev, lexicon = read_dev()
    rows, labels, folds, hand = rows_of(dev, lexicon)
    y = np.array([x == "kept" for x in labels], dtype=float)
    print(f"{len(dev)} dev articles, {len(rows)} candidates, {int(y.sum())} kept, {len(rows) - int(y.sum())} spurious")
    best = None
    for l2 in L2S:
        p = out_of_fold(rows, labels, folds, l2)
        loss = log_loss(p, y)
        print(f"l2 {l2:g}: cross-validated log loss {loss:.4f}, Brier {np.mean((p - y) ** 2):.4f}")
        if best is None or loss < best[0]:
            best = (loss, l2, p)
    _, l2, p = best
    print(f"chosen l2 {l2:g}")
    reliability("the hand-set confidence", np.array(hand), y)
    reliability("the model (out of fold)", p, y)
    curve(dev, lexicon, p)
    if write:
        model = train(rows, labels, dims=DIMS, l2=l2, steps=STEPS, rate=RATE)
        model.save(MODELS / f"{MODEL}.npz")
        print(f"wrote {MODELS / f'{MODEL}.npz'}")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
