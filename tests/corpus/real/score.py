"""Score the extraction rules on the real corpus, per split, until `tracker eval --corpus real` exists.

Each present text is copied to a temporary folder with a `published: <published_iso>` header line (none when the
label has no date), then `tracker.extract.evaluate.evaluate` scores the folder. Missing texts are named and skipped.
Usage (from the repository root): PYTHONPATH=. python tests/corpus/real/score.py [--details]
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from tracker.extract.evaluate import evaluate

REAL = Path(__file__).resolve().parent


def score_split(split: str, details: bool = False) -> None:
    """Print the scores of one split ('dev', 'test' or 'all')."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label_file in sorted(REAL.glob("[0-9]*.json")):
            label = json.loads(label_file.read_text(encoding="utf-8"))
            if split != "all" and label["split"] != split:
                continue
            text_file = REAL / "texts" / label["article"]
            if not text_file.exists():
                print(f"missing: texts/{label['article']}")
                continue
            header = f"published: {label['published_iso']}\n\n" if label["published_iso"] else ""
            (folder / label["article"]).write_text(header + text_file.read_text(encoding="utf-8"), encoding="utf-8")
            (folder / label_file.name).write_text(json.dumps(label), encoding="utf-8")
        result = evaluate(folder)
        print(f"== {split}\n{result.table()}")
        if details:
            print("\n".join(d.replace(str(folder) + "/", "") for d in result.details))


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
