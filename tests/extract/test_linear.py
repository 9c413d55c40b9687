"""The linear classifier engine: stable hashing, training that learns, a saved model that decides the same."""
import zlib

import numpy as np
import pytest

from tracker.extract import linear
from tracker.extract.linear import LinearModel, feature_ids, train


def test_feature_ids_are_crc32_modulo_dims():
    assert feature_ids(["word=talks"], 1024).tolist() == [zlib.crc32(b"word=talks") % 1024]
    assert feature_ids([], 1024).size == 0


def _toy() -> tuple[list[list[str]], list[str]]:
    rows, labels = [], []
    for i in range(30):
        rows.append(["verb=met", f"noise={i % 7}"])
        labels.append("meeting")
        rows.append(["verb=said", f"noise={i % 5}"])
        labels.append("statement")
        rows.append(["word=round", "verb=met", f"noise={i % 3}"])
        labels.append("talk_round")
    return rows, labels


def test_train_learns_a_separable_problem():
    rows, labels = _toy()
    model = train(rows, labels, dims=256, steps=200)
    assert model.classes == ("meeting", "statement", "talk_round")
    assert [model.best(r)[0] for r in rows] == labels
    assert sum(model.probabilities(["verb=said"]).values()) == pytest.approx(1.0)
    assert model.best(["verb=said"])[1] > 0.8


def test_training_is_deterministic():
    rows, labels = _toy()
    first, second = train(rows, labels, dims=256, steps=50), train(rows, labels, dims=256, steps=50)
    assert np.array_equal(first.weights, second.weights)


def test_one_class_is_refused():
    with pytest.raises(ValueError, match="two classes"):
        train([["a"], ["b"]], ["x", "x"])


def test_saved_model_decides_the_same(tmp_path, monkeypatch):
    rows, labels = _toy()
    model = train(rows, labels, dims=256, steps=200)
    model.save(tmp_path / "toy.npz")
    monkeypatch.setattr(linear, "MODELS", tmp_path)
    linear.load_model.cache_clear()
    try:
        loaded = linear.load_model("toy")
    finally:
        linear.load_model.cache_clear()
    assert isinstance(loaded, LinearModel) and loaded.classes == model.classes
    assert [loaded.best(r)[0] for r in rows] == labels
