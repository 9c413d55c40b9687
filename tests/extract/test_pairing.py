"""The scorer pairs labels with candidates by the best assignment, not in label order (tracker/extract/pairing.py)."""
from __future__ import annotations

import dataclasses
import random

from tests.extract.own_text import extract_own
from tracker.extract.evaluate import Result, score_article
from tracker.extract.pairing import best_assignment


def _brute_force(weights: list[list[float | None]]) -> float:
    """The greatest total weight over every one-to-one pairing (tiny matrices only)."""
    def best(row: int, used: frozenset[int]) -> float:
        if row == len(weights):
            return 0.0
        options = [best(row + 1, used)]
        options += [w + best(row + 1, used | {j}) for j, w in enumerate(weights[row]) if w is not None and j not in used]
        return max(options)
    return best(0, frozenset())


def test_assignment_reaches_the_greatest_total_and_never_uses_a_forbidden_pair() -> None:
    rng = random.Random(7)
    for _ in range(400):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.choice([None, 10.0 + rng.randint(0, 6)]) for _ in range(cols)] for _ in range(rows)]
        chosen = best_assignment(weights)
        taken = [j for j in chosen if j is not None]
        assert len(taken) == len(set(taken)), (weights, chosen)
        assert all(weights[i][j] is not None for i, j in enumerate(chosen) if j is not None), (weights, chosen)
        total = sum(weights[i][j] for i, j in enumerate(chosen) if j is not None)
        assert total == _brute_force(weights), (weights, chosen)


def test_a_label_does_not_take_the_only_candidate_a_later_label_can_have() -> None:
    # Label order would pair the first row with column 0 (its best) and leave the second row with nothing.
    assert best_assignment([[16.0, 15.0], [14.0, None]]) == [1, 0]
    assert best_assignment([]) == [] and best_assignment([[None]]) == [None]


def test_score_article_finds_both_labels_whatever_their_order(lexicon) -> None:
    extraction = extract_own("Russia and Türkiye held talks in Moscow on Tuesday.", lexicon)
    model = extraction.events[0]
    first = dataclasses.replace(model, evidence=["The envoys met in Moscow on Tuesday."])
    second = dataclasses.replace(model, evidence=["The talks in Moscow lasted four hours."])
    extraction.events[:] = [first, second]
    day = model.first.isoformat()
    label = {"event_type": model.event_type, "start_date": day, "end_date": None, "date_precision": "day",
             "actors": [], "process": None, "round_number": None, "status": "held", "venue": None}
    both = dict(label, evidence=["envoys met in Moscow", "talks in Moscow lasted"])  # told in two sentences
    only_first = dict(label, evidence=["envoys met in Moscow"])
    for labels in ([both, only_first], [only_first, both]):
        result = Result()
        assert score_article(labels, extraction, lexicon, result) == 2, result.details
        assert result.counts["recall"] == [1.0, 1.0] and result.counts["precision"] == [1.0, 1.0]
