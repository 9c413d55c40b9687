"""The learned judgements, applied in order to an article's candidates once the rules are done.

Each step is a function (article, candidates, roster) -> candidates that loads its own model (a JSON file beside
it) and may retype, drop or complete candidates. A step is trained on what the steps before it give, so training
step k reads the corpus through `extract_article(..., judgements=STEPS[:k])`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from tracker.extract.article import Article
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster

Judgement = Callable[[Article, list[Candidate], Roster], list[Candidate]]

#: The steps, in the order they run.
STEPS: tuple[Judgement, ...] = ()


def judge(article: Article, candidates: list[Candidate], roster: Roster,
          steps: Sequence[Judgement] | None = None) -> list[Candidate]:
    """The candidates after every learned step (or only `steps`, for training a later one)."""
    for step in STEPS if steps is None else steps:
        candidates = step(article, candidates, roster)
    return candidates


__all__ = ["STEPS", "Judgement", "judge"]
