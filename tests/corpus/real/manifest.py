"""The real corpus at a glance: which texts are present and intact, and the counts and table of README.md.

Usage (from the repository root):
    python tests/corpus/real/manifest.py --check   # texts present / missing / changed (SHA-256)
    python tests/corpus/real/manifest.py --tables  # the counts and the article table, as Markdown
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

REAL = Path(__file__).resolve().parent
TEXTS = REAL / "texts"


def labels() -> list[dict]:
    """Every label file of the real corpus, in article order."""
    paths = sorted(REAL.glob("[0-9]*.json"), key=lambda p: (int(p.name.split("_", 1)[0]), p.name))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def text_state(label: dict) -> str:
    """'ok', 'missing' or 'changed' for the article's text in texts/."""
    path = TEXTS / label["article"]
    if not path.exists():
        return "missing"
    return "ok" if hashlib.sha256(path.read_bytes()).hexdigest() == label["sha256"] else "changed"


def _counts(title: str, counter: Counter) -> list[str]:
    rows = [f"| {title} | articles |", "|---|---|"]
    rows += [f"| {key} | {n} |" for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return rows + [""]


def tables(items: list[dict]) -> str:
    """The Markdown counts (publisher, process, shape, split) and the table of all articles."""
    events = sum(len(x["events"]) for x in items)
    split = Counter(x["split"] for x in items)
    split_events = Counter()
    for x in items:
        split_events[x["split"]] += len(x["events"])
    out = [f"{len(items)} articles, {events} labelled events; "
           + ", ".join(f"{k}: {split[k]} articles / {split_events[k]} events" for k in sorted(split)), ""]
    out += _counts("publisher (agency or outlet, before any \"via\")", Counter(x["publisher"].split(" (")[0] for x in items))
    out += _counts("process", Counter(x["process"] or "(none: several)" for x in items))
    out += _counts("shape", Counter(tag for x in items for tag in x["shape"]))
    out += ["| file | publisher | published | process | split | events |", "|---|---|---|---|---|---|"]
    for x in items:
        out.append(f"| {x['article'][:-4]} | {x['publisher']} | {x['published_iso'] or '—'} | "
                   f"{x['process'] or '(several)'} | {x['split']} | {len(x['events'])} |")
    return "\n".join(out)


def main() -> None:
    """Print the text check or the README tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report texts present, missing or changed")
    parser.add_argument("--tables", action="store_true", help="print the README counts and table")
    args = parser.parse_args()
    items = labels()
    if args.tables:
        print(tables(items))
    if args.check or not args.tables:
        states = {x["article"]: text_state(x) for x in items}
        for name, state in states.items():
            if state != "ok":
                print(f"{state}: texts/{name}")
        print(", ".join(f"{n} {s}" for s, n in sorted(Counter(states.values()).items())))


if __name__ == "__main__":
    main()
