"""Where the learned steps run and how they are trained: judge's order, models read per file version, `tracker learn`."""
import os

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.extract.learn import judge as judge_module
from tracker.extract.learn import train as train_module
from tracker.extract.learn.dev_data import Trained
from tracker.extract.learn.judge import judge, model_at
from tracker.extract.learn.linear import train


def test_steps_run_in_order_and_can_be_limited():
    seen = []
    first = lambda article, cs, roster: seen.append("first") or cs + ["a"]
    second = lambda article, cs, roster: seen.append("second") or [c for c in cs if c != "x"]
    assert judge(None, ["x"], None, [first, second]) == ["a"]
    assert seen == ["first", "second"]
    assert judge(None, ["x"], None, []) == ["x"]


def test_a_model_is_read_again_when_its_file_changes(tmp_path):
    path = tmp_path / "step.json"
    assert model_at(path) is None
    train([({"a"}, "x"), ({"b"}, "y")], min_count=1).save(path)
    first = model_at(path)
    assert model_at(path) is first
    train([({"a"}, "y"), ({"b"}, "x")], min_count=1).save(path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert model_at(path) != first and model_at(path).predict({"a"})[0] == "y"


def test_learn_trains_the_named_steps_in_order_and_writes_their_models(tmp_path, monkeypatch):
    order = []

    def trainer(name):
        def run(corpus, data):
            order.append(name)
            return Trained(name, train([({"a"}, "x"), ({"b"}, "y")], min_count=1), tmp_path / f"{name}.json",
                           {"trained_on": "own samples"}, [f"{name} trained"])
        return run

    monkeypatch.setattr(train_module, "TRAINERS", {"one": trainer("one"), "two": trainer("two")})
    assert [t.name for t in train_module.learn(tmp_path, tmp_path)] == ["one", "two"]
    assert (tmp_path / "one.json").exists() and (tmp_path / "two.json").exists()
    order.clear()
    train_module.learn(tmp_path, tmp_path, ["two"])
    assert order == ["two"]
    with pytest.raises(ValueError, match="no learned step named three"):
        train_module.learn(tmp_path, tmp_path, ["three"])


def test_tracker_learn_refuses_a_folder_that_is_not_a_real_corpus(tmp_path):
    result = CliRunner().invoke(cli, ["learn", "--corpus", str(tmp_path)])
    assert result.exit_code == 2 and "not a real corpus folder" in result.output


def test_tracker_learn_says_when_no_dev_text_is_present(tmp_path):
    (tmp_path / "001_x.json").write_text('{"split": "dev", "article": "001_x.txt", "events": []}')
    result = CliRunner().invoke(cli, ["learn", "--corpus", str(tmp_path)])
    assert result.exit_code == 1 and "none of the dev texts is present" in result.output


def test_the_shipped_steps_each_have_a_trainer():
    assert len(train_module.TRAINERS) == len(judge_module.STEPS)
