"""Extraction quality on the labelled corpus: fails when any score drops below the level reached."""
from __future__ import annotations

import json

from tracker.extract.evaluate import CORPUS, evaluate

#: Scores reached on tests/corpus (see docs/extraction.md); a drop below any of these is a regression.
FLOORS = {"recall": 0.97, "precision": 0.94, "date": 0.97, "type": 0.97, "actors": 0.9, "process": 0.92, "round": 0.97}


def test_scores_stay_at_the_level_reached() -> None:
    scores = evaluate().scores
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
