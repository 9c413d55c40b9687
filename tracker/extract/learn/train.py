"""Training the learned judgements (`tracker learn`) on the real corpus's dev split, never on its test split.

Each step of `judge.STEPS` has a trainer registered here under its name, in the order the steps run: a trainer
reads the dev articles through the steps before its own (`dev_data.dev_pairs`), so it learns from what it will be
given, cross-validates over articles, and returns the model trained on every dev article with a report.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.extract.learn.dev_data import Trained

Trainer = Callable[[Path, Path], Trained]  # (real corpus folder, shipped data folder)

#: The trainers, by step name, in the order of `judge.STEPS`.
TRAINERS: dict[str, Trainer] = {}


def learn(corpus: Path, data: Path, names: Sequence[str] = ()) -> list[Trained]:
    """Train the named steps (all when none is named) in order, writing each model before the next is trained."""
    unknown = sorted(set(names) - set(TRAINERS))
    if unknown:
        raise ValueError(f"no learned step named {', '.join(unknown)} (known: {', '.join(TRAINERS) or 'none'})")
    done = []
    for name, trainer in TRAINERS.items():
        if names and name not in names:
            continue
        trained = trainer(corpus, data)
        trained.model.save(trained.path, trained.meta)
        done.append(trained)
    return done


__all__ = ["TRAINERS", "Trainer", "learn"]
