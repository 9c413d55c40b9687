"""Extraction quality on the labelled corpus: fails when any score drops below the level reached."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.extract.evaluate import evaluate

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

#: Scores reached on tests/corpus (see docs/extraction.md); a drop below any of these is a regression. Actors: the
#: corpus's guideline 6 gives a gathering told without its parties those the article names as taking part since the
#: twenty-third stop (23 events relabelled); on those labels actors were 0.793 before round 1110 and 0.903 after.
FLOORS = {"recall": 0.97, "precision": 0.94, "date": 0.97, "type": 0.97, "actors": 0.9, "process": 0.92, "round": 0.97}


def test_scores_stay_at_the_level_reached() -> None:
    scores = evaluate(CORPUS).scores
    low = {field: (scores[field], floor) for field, floor in FLOORS.items() if scores[field] < floor}
    assert not low, f"scores below their floor: {low}"


def test_corpus_size_and_spread() -> None:
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in CORPUS.glob("*.json")]
    synthetic = [label for label in labels if label["synthetic"]]
    processes = {e["process"] for label in labels for e in label["events"] if e["process"]}
    styles = {label["style"].split()[0] for label in labels}
    assert len(synthetic) >= 25 and len(processes) >= 6 and len(styles) >= 8
    assert (CORPUS / "README.md").read_text(encoding="utf-8").lower().count("synthetic") >= 1


def test_eval_command(run_cli) -> None:
    result = run_cli("eval")
    assert result.exit_code == 0 and "recall" in result.stdout and "precision" in result.stdout


REAL = CORPUS / "real"
_LABEL = {"article": "900_wire_round.txt", "url": "https://example.org/1", "publisher": "Example Wire (via X)",
          "published": "March 3", "published_iso": "2023-03-03", "published_basis": "text", "sha256": "0",
          "process": "Astana format", "split": "dev", "shape": ["dateline"],
          "events": [{"event_type": "talk_round", "start_date": "2023-03-18", "end_date": "2023-03-19",
                      "date_precision": "day", "actors": ["Russia", "Iran", "Türkiye"], "process": "Astana format",
                      "round_number": 20, "status": "scheduled", "venue": "Astana",
                      "evidence": ["will be held in Astana on March 18-19"]}]}
_TEXT = ("ALMATY, March 3 (Interfax) - The 20th round of the Astana format talks on Syria will be held in Astana "
         "on March 18-19. Russia, Iran and Türkiye will take part in it.")


def _real_corpus(folder: Path, with_text: bool) -> Path:
    """A one-article real corpus of our own: a label and, optionally, its text in texts/."""
    (folder / "900_wire_round.json").write_text(json.dumps(_LABEL), encoding="utf-8")
    other = dict(_LABEL, article="901_wire_other.txt", split="test")
    (folder / "901_wire_other.json").write_text(json.dumps(other), encoding="utf-8")
    if with_text:
        (folder / "texts").mkdir()
        (folder / "texts" / "900_wire_round.txt").write_text(_TEXT, encoding="utf-8")
    return folder


def test_eval_real_without_texts_says_so_and_exits_0(run_cli, tmp_path: Path) -> None:
    result = run_cli("eval", "--corpus", _real_corpus(tmp_path, with_text=False))
    assert result.exit_code == 0, result.output
    assert "nothing scored" in result.stdout and "900_wire_round.txt" in result.stderr


def test_eval_real_scores_present_texts_per_split_and_names_missing(run_cli, tmp_path: Path) -> None:
    folder = _real_corpus(tmp_path, with_text=True)
    dev = run_cli("eval", "--corpus", folder, "--split", "dev")
    assert dev.exit_code == 0 and "== dev split" in dev.stdout and "1 articles, 1 labelled events" in dev.stdout
    assert "Example Wire" in dev.stdout and "venue" in dev.stdout and "missing" not in dev.stderr
    everything = run_cli("eval", "--corpus", folder, "--split", "all")
    assert "901_wire_other.txt" in everything.stderr


def test_evaluate_takes_its_corpus_as_an_argument() -> None:
    import inspect

    from tracker.extract import evaluate as module

    assert "tests" not in inspect.getsource(module).split('"""', 2)[2]
    assert inspect.signature(module.evaluate).parameters["corpus"].default is inspect.Parameter.empty


def test_real_corpus_scores_when_its_texts_are_present() -> None:
    from tracker.extract.evaluate import evaluate_real

    if not (REAL / "texts").is_dir():
        pytest.skip("the texts are not in the repository (see tests/corpus/real/README.md)")
    result = evaluate_real(REAL, split="all")
    labelled = len(list(REAL.glob("[0-9]*_*.json")))  # numbers go on with four digits after 999
    assert labelled >= 131 and result.articles + len(result.missing) == labelled and result.scores["recall"] > 0.5
