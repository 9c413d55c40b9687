"""The linear model behind extraction's learned judgements: training, scoring, files and article folds."""
import json

import pytest

from tracker.extract.learn.linear import LinearModel, article_folds, cross_validated, train

SAMPLES = [({"met", "talks"}, "meeting"), ({"met", "capital"}, "meeting"), ({"said", "statement"}, "statement"),
           ({"said", "told"}, "statement"), ({"signed", "accord"}, "agreement"), ({"signed", "memorandum"}, "agreement")] * 3


def test_training_separates_classes_that_cues_separate():
    model = train(SAMPLES, l2=0.1, min_count=1)
    assert model.predict({"met"})[0] == "meeting"
    assert model.predict({"said", "unknown-word"})[0] == "statement"
    assert model.predict({"signed"})[0] == "agreement"
    assert model.predict({"signed"})[1] > 0.8


def test_probabilities_sum_to_one_and_unknown_features_weigh_nothing():
    model = train(SAMPLES, min_count=1)
    probs = model.probabilities(["met", "never-seen"])
    assert abs(sum(probs.values()) - 1) < 1e-9
    assert probs == model.probabilities(["met"])
    assert model.probabilities([]) == model.probabilities(["never-seen"])


def test_training_is_deterministic_and_rare_features_are_dropped():
    rare = SAMPLES + [({"met", "once-only"}, "meeting")]
    a, b = train(rare, min_count=2), train(rare, min_count=2)
    assert a == b
    assert "once-only" not in a.weights and "met" in a.weights
    assert "once-only" in train(rare, min_count=1).weights


def test_a_stronger_penalty_gives_smaller_weights():
    loose, tight = train(SAMPLES, l2=0.01, min_count=1), train(SAMPLES, l2=10.0, min_count=1)
    assert max(map(abs, tight.weights["signed"])) < max(map(abs, loose.weights["signed"]))


def test_bad_training_input_is_refused_with_its_reason():
    with pytest.raises(ValueError, match="no samples"):
        train([])
    with pytest.raises(ValueError, match="two classes"):
        train([({"a"}, "x"), ({"b"}, "x")])
    with pytest.raises(ValueError, match="outside the classes"):
        train(SAMPLES, classes=["meeting", "statement"])


def test_a_model_survives_its_file(tmp_path):
    model = train(SAMPLES, min_count=1)
    path = tmp_path / "m.json"
    model.save(path, meta={"trained_on": "own sentences"})
    assert LinearModel.load(path) == model
    assert json.loads(path.read_text())["meta"] == {"trained_on": "own sentences"}


def test_a_broken_model_file_is_named(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"classes": ["a", "b"], "bias": [0.0], "weights": {}}')
    with pytest.raises(ValueError, match="broken.json"):
        LinearModel.load(path)
    path.write_text("not json")
    with pytest.raises(ValueError, match="broken.json"):
        LinearModel.load(path)


def test_folds_keep_an_article_together_and_do_not_move_between_runs():
    groups = [f"article-{i // 3}" for i in range(60)]
    folds = article_folds(groups, k=5)
    assert sorted(i for fold in folds for i in fold) == list(range(60))
    for fold in folds:
        assert {i for i in range(60) if groups[i] in {groups[j] for j in fold}} == set(fold)
    assert folds == article_folds(groups, k=5)
    assert sum(1 for fold in folds if fold) >= 3


def test_cross_validation_scores_each_article_by_a_model_that_never_saw_it():
    # every article has a cue of its own that gives its label away; a model that saw the article would use it
    samples, groups = [], []
    for i in range(20):
        label = "yes" if i % 2 else "no"
        for _ in range(3):
            samples.append(({f"own-cue-{i}", "shared"}, label))
            groups.append(f"a{i}")
    seen = train(samples, min_count=1)
    out = cross_validated(samples, groups, k=5, min_count=1)
    for (features, label), probs in zip(samples, out):
        assert probs[label] < 0.7 < seen.probabilities(features)[label]
