"""The learned judgements, applied in order to an article's candidates once the rules are done.

Each step is a function (article, candidates, roster) -> candidates that loads its own model (a JSON file beside
it) and may retype, drop or complete candidates. A step is trained on what the steps before it give, so training
step k reads the corpus through `extract_article(..., judgements=STEPS[:k])`.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.extract.article import Article
from tracker.extract.candidate import Candidate
from tracker.extract.learn.linear import LinearModel
from tracker.extract.mentions import Roster

Judgement = Callable[[Article, list[Candidate], Roster], list[Candidate]]

#: The steps, in the order they run.
STEPS: tuple[Judgement, ...] = ()


def model_at(path: Path) -> LinearModel | None:
    """The model kept at `path`, read once per version of the file; None when there is none (the step then leaves
    the candidates as they are)."""
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _read_model(path, stamp)


@functools.lru_cache(maxsize=16)
def _read_model(path: Path, stamp: int) -> LinearModel:
    return LinearModel.load(path)


def judge(article: Article, candidates: list[Candidate], roster: Roster,
          steps: Sequence[Judgement] | None = None) -> list[Candidate]:
    """The candidates after every learned step (or only `steps`, for training a later one)."""
    for step in STEPS if steps is None else steps:
        candidates = step(article, candidates, roster)
    return candidates


__all__ = ["STEPS", "Judgement", "judge", "model_at"]
