"""What every trainer of a learned step needs: the dev articles paired with their labels, and the trained result.

Only the dev split is read here; the test split is for scoring (`tracker eval --corpus real --split test`).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extract.assemble import Extraction
from tracker.extract.candidate import Candidate
from tracker.extract.evaluate import pair_labels, real_extractions
from tracker.extract.learn.judge import Judgement
from tracker.extract.learn.linear import LinearModel
from tracker.extract.lexicon import Lexicon


@dataclass
class Trained:
    """A step's model as trained, where it is kept, what it was trained on, and lines for the user."""

    name: str
    model: LinearModel
    path: Path
    meta: dict = field(default_factory=dict)
    report: list[str] = field(default_factory=list)


def dev_pairs(corpus: Path, data: Path, judgements: Sequence[Judgement],
              ) -> Iterator[tuple[dict, Extraction, Lexicon, list[tuple[dict, Candidate | None]]]]:
    """Every dev article whose text is present, read through `judgements`, with its labels paired to its
    candidates as `tracker eval` pairs them: (label file, extraction, lexicon, pairs)."""
    for label, extraction, lexicon in real_extractions(corpus, data, "dev", judgements=judgements):
        yield label, extraction, lexicon, pair_labels(label["events"], extraction, lexicon)


__all__ = ["Trained", "dev_pairs"]
