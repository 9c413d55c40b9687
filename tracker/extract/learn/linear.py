"""A linear model over sets of string features: multinomial logistic regression, trained with numpy, applied in
plain Python.

Extraction's rules decide what a sentence reports; a few of their judgements (which type a candidate is, whether it
is an event at all, which of an article's actors take part) are better weighed from many cues at once than by one
more rule. A linear model over named features does that while staying readable (every weight is a named cue), small
(a JSON file of a few thousand weights) and fast (a sum over a candidate's features, no numpy at extraction time).
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

Sample = tuple[Collection[str], str]


@dataclass(frozen=True)
class LinearModel:
    """Class scores as a bias plus the weights of the features present; probabilities by softmax."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Each class's probability given the features present (unknown features weigh nothing)."""
        logits = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    logits[k] += v
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probs = self.probabilities(features)
        best = max(self.classes, key=probs.__getitem__)
        return best, probs[best]

    def to_dict(self) -> dict:
        """A JSON-ready form, features sorted so that the file diffs well."""
        return {"classes": list(self.classes), "bias": list(self.bias),
                "weights": {f: list(self.weights[f]) for f in sorted(self.weights)}}

    @classmethod
    def from_dict(cls, data: Mapping) -> LinearModel:
        """The model `to_dict` wrote."""
        n = len(data["classes"])
        weights = {f: tuple(float(v) for v in w) for f, w in data["weights"].items()}
        bad = [f for f, w in weights.items() if len(w) != n]
        if len(data["bias"]) != n or bad:
            raise ValueError(f"model weights do not have one value per class ({n}): {bad[:3] or 'bias'}")
        return cls(tuple(data["classes"]), tuple(float(v) for v in data["bias"]), weights)

    def save(self, path: Path, meta: Mapping | None = None) -> None:
        """Write the model (and what it was trained on, under "meta") as JSON."""
        data = {"meta": dict(meta or {}), **self.to_dict()}
        path.write_text(json.dumps(data, indent=0, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """Read a model `save` wrote; a broken file is named in the error."""
        try:
            return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}: not a linear model file ({error})") from error


def train(samples: Sequence[Sample], l2: float = 1.0, min_count: int = 2, iterations: int = 400,
          rate: float = 0.1, classes: Sequence[str] | None = None, digits: int = 4) -> LinearModel:
    """Fit a multinomial logistic regression by full-batch Adam on the mean cross-entropy plus `l2`/2n of the
    squared weights (the bias is not penalised). Features seen in fewer than `min_count` samples are dropped;
    weights are rounded to `digits` places and those that round to zero for every class are left out.
    Deterministic: the same samples give the same model."""
    import numpy as np

    if not samples:
        raise ValueError("no samples to train on")
    names = tuple(classes) if classes else tuple(sorted({y for _, y in samples}))
    if len(names) < 2:
        raise ValueError(f"training needs at least two classes, got {names}")
    index_of = {c: k for k, c in enumerate(names)}
    unknown = sorted({y for _, y in samples if y not in index_of})
    if unknown:
        raise ValueError(f"labels outside the classes {names}: {unknown}")
    counts = Counter(f for fs, _ in samples for f in set(fs))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: j for j, f in enumerate(vocabulary)}
    n, d, k = len(samples), len(vocabulary), len(names)
    x = np.zeros((n, d), dtype=np.float64)
    for i, (fs, _) in enumerate(samples):
        for f in set(fs):
            j = column.get(f)
            if j is not None:
                x[i, j] = 1.0
    y = np.zeros((n, k))
    y[np.arange(n), [index_of[label] for _, label in samples]] = 1.0
    w, b = np.zeros((d, k)), np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) / n
        gw = x.T @ error + (l2 / n) * w
        gb = error.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        correction = math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
        w -= rate * correction * mw / (np.sqrt(vw) + eps)
        b -= rate * correction * mb / (np.sqrt(vb) + eps)
    weights = {}
    for f, j in column.items():
        row = tuple(round(float(v), digits) for v in w[j])
        if any(row):
            weights[f] = row
    return LinearModel(names, tuple(round(float(v), digits) for v in b), weights)


def article_folds(groups: Sequence[str], k: int = 5) -> list[list[int]]:
    """Sample indices split into `k` folds, every sample of one group (an article) in the same fold, groups dealt to
    folds by a hash of their name (stable across runs and machines, unlike Python's salted hash)."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, g in enumerate(groups):
        folds[int(hashlib.sha256(g.encode("utf-8")).hexdigest(), 16) % k].append(i)
    return folds


def cross_validated(samples: Sequence[Sample], groups: Sequence[str], k: int = 5,
                    **train_args) -> list[dict[str, float]]:
    """Out-of-fold probabilities: each sample scored by a model trained on the other folds' articles only."""
    if len(samples) != len(groups):
        raise ValueError(f"{len(samples)} samples but {len(groups)} groups")
    classes = train_args.pop("classes", None) or sorted({y for _, y in samples})
    out: list[dict[str, float]] = [{} for _ in samples]
    for fold in article_folds(groups, k):
        if not fold:
            continue
        held = set(fold)
        model = train([s for i, s in enumerate(samples) if i not in held], classes=classes, **train_args)
        for i in fold:
            out[i] = model.probabilities(samples[i][0])
    return out


__all__ = ["LinearModel", "Sample", "article_folds", "cross_validated", "train"]
