"""Score the extraction rules on the real corpus, per split (the same as `tracker eval --corpus real`).

The scoring lives in `tracker.extract.evaluate.evaluate_real`; this script only prints dev and test side by side.
Usage (from the repository root): PYTHONPATH=. python tests/corpus/real/score.py [--details] [--split dev|test|all]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from tracker.extract.evaluate import evaluate_real

REAL = Path(__file__).resolve().parent


def score_split(split: str, details: bool = False) -> None:
    """Print the scores of one split ('dev', 'test' or 'all')."""
    result = evaluate_real(REAL, split=split)
    for name in result.missing:
        print(f"missing: texts/{name}")
    print(f"== {split}\n{result.table()}")
    if details:
        print("\n".join(result.details))


def main() -> None:
    """Score dev and test (and optionally print what was missed or spurious)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="print what was missed, spurious or wrong")
    parser.add_argument("--split", choices=("dev", "test", "all"), action="append")
    args = parser.parse_args()
    for split in args.split or ["dev", "test"]:
        score_split(split, args.details)


if __name__ == "__main__":
    main()
