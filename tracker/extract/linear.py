"""Small linear classifiers over hashed string features, for the decisions rules decide badly.

A model maps a list of feature strings ("word=talks", "rule_type=meeting") to class probabilities through one
weight row per hashed feature (multinomial logistic regression). Features are hashed with CRC-32, so the stored
model holds numbers only: no vocabulary, and so no words of the articles it was trained on. Training is plain
numpy (full-batch Adam on the L2-regularised log loss), deterministic, and takes seconds on a few thousand rows;
inference is one gather and one sum per decision.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cached_property, lru_cache, reduce
from operator import add
from pathlib import Path
from typing import Sequence

import numpy as np

DIMS = 1 << 14
MODELS = Path(__file__).with_name("models")


#: Each feature string's column, per `dims`, remembered: the same strings ("type=meeting", "w=talks") come back in every
#: candidate and article, and encoding and CRC-hashing each again was most of a decision's time. A plain lookup of
#: the same number, so the decisions are the same; cleared when it grows past `_KNOWN_MAX` (words and word pairs of
#: the articles read make the set open-ended in a long-running server).
_KNOWN: dict[int, dict[str, int]] = {}
_KNOWN_MAX = 200_000


def feature_ids(features: Sequence[str], dims: int = DIMS) -> np.ndarray:
    """The hashed column of each feature string (stable across runs and machines, unlike `hash`)."""
    return np.array(_columns(features, dims), dtype=np.int64)


def _columns(features: Sequence[str], dims: int) -> list[int]:
    """`feature_ids` as a list: the known strings looked up at C speed (`map`), the rest hashed and remembered."""
    known = _KNOWN.get(dims)
    if known is None or len(known) > _KNOWN_MAX:
        known = _KNOWN[dims] = {}
    try:
        return list(map(known.__getitem__, features))
    except KeyError:  # a new word or word pair (most strings of a row were met before): those alone hashed and remembered
        ids = list(map(known.get, features))
        for k in [k for k, column in enumerate(ids) if column is None]:
            f = features[k]
            ids[k] = known[f] = zlib.crc32(f.encode("utf-8")) % dims
        return ids


@dataclass(frozen=True)
class LinearModel:
    """Weights (dims x classes) and biases of a trained model, with its class names."""

    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray

    @property
    def dims(self) -> int:
        return self.weights.shape[0]

    @cached_property
    def _by_class(self) -> list[list[float]]:
        """Each class's weights as Python floats (float32 to float64 is exact: the numbers `tolist` gives), made once a
        model: a row's sum then picks its weights by column in Python, with no gather and no conversion of an array a
        decision (those were most of a decision's time, some 30-40 us a call)."""
        return self.weights.T.tolist()

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        """Each class's probability for one row of features."""
        columns = _columns(features, self.dims)  # each class's sum from 0.0 in the row's order, in float64: the sums
        scores = np.array([reduce(add, map(weights.__getitem__, columns), 0.0) for weights in self._by_class],  # numpy's
                          dtype=np.float64) + self.bias  # `sum(axis=0)` made, row after row
        scores = np.exp(scores - scores.max())
        return dict(zip(self.classes, (scores / scores.sum()).tolist()))

    def probabilities_of(self, rows: Sequence[Sequence[str]], name: str) -> list[float]:
        """Class `name`'s probability for many rows at once."""
        by_class = self._by_class
        sums = []
        for row in rows:  # each row's sum from 0.0 in the row's order, in float64: the very sums `np.add.at` made
            columns = _columns(row, self.dims)
            sums.append([reduce(add, map(weights.__getitem__, columns), 0.0) for weights in by_class])
        scores = np.array(sums, dtype=np.float64).reshape(len(rows), len(self.classes))
        scores += self.bias
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        return (scores[:, self.classes.index(name)] / scores.sum(axis=1)).tolist()

    def best(self, features: Sequence[str]) -> tuple[str, float]:
        """The most probable class and its probability."""
        probabilities = self.probabilities(features)
        name = max(probabilities, key=probabilities.__getitem__)
        return name, probabilities[name]

    def save(self, path: Path) -> None:
        """Write the model as a compressed .npz (float16 weights: a fraction of the size, the same decisions)."""
        np.savez_compressed(path, classes=np.array(self.classes), weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float64))


@lru_cache(maxsize=None)
def load_model(name: str) -> LinearModel:
    """The shipped model `models/<name>.npz`, read once per process."""
    with np.load(MODELS / f"{name}.npz", allow_pickle=False) as data:
        return LinearModel(tuple(str(c) for c in data["classes"]), data["weights"].astype(np.float32),
                           data["bias"].astype(np.float64))


def _rows(rows: Sequence[Sequence[str]], dims: int) -> tuple[np.ndarray, np.ndarray]:
    """All rows' hashed features end to end, and the row each belongs to."""
    ids = [_columns(r, dims) for r in rows]  # one array of them all (an array a row and a concatenation cost more)
    owner = np.repeat(np.arange(len(rows)), [len(i) for i in ids])
    return np.array([i for row in ids for i in row], dtype=np.int64), owner


def train(rows: Sequence[Sequence[str]], labels: Sequence[str], *, dims: int = DIMS, l2: float = 1e-3,
          steps: int = 400, rate: float = 0.05, weights: Sequence[float] | None = None) -> LinearModel:
    """Fit a multinomial logistic regression on rows of feature strings; `l2` is per row, `weights` per row too."""
    classes = tuple(sorted(set(labels)))
    if len(classes) < 2:
        raise ValueError(f"training needs at least two classes, got {classes}")
    index = {c: i for i, c in enumerate(classes)}
    n, k = len(rows), len(classes)
    target = np.zeros((n, k))
    target[np.arange(n), [index[x] for x in labels]] = 1.0
    row_weight = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    row_weight = row_weight / row_weight.sum()
    ids, owner = _rows(rows, dims)
    w, b = np.zeros((dims, k)), np.zeros(k)
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        scores = np.zeros((n, k))
        np.add.at(scores, owner, w[ids])
        scores += b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - target) * row_weight[:, None]
        grad_w = np.zeros_like(w)
        np.add.at(grad_w, ids, error[owner])
        grad_w += l2 * w
        grad_b = error.sum(axis=0)
        for grad, value, first, second in ((grad_w, w, moments[0], moments[1]), (grad_b, b, moments[2], moments[3])):
            first *= beta1
            first += (1 - beta1) * grad
            second *= beta2
            second += (1 - beta2) * grad * grad
            value -= rate * (first / (1 - beta1 ** step)) / (np.sqrt(second / (1 - beta2 ** step)) + eps)
    return LinearModel(classes, w.astype(np.float32), b)
