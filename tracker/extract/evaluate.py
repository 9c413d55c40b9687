"""Scoring extraction against the labelled corpus in tests/corpus (see its README for the labels).

A predicted event matches a labelled one when one of the label's evidence snippets occurs in a
sentence the prediction came from (or, for an undated round, when the round and process agree);
pairs are made one to one, preferring the same type. Fields are then compared on the pairs.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extract.assemble import Extraction
from tracker.extract.events import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster, find_actors
from tracker.resolve import fold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
DATA = ROOT / "data"
FIELDS = ("recall", "precision", "date", "type", "actors", "process", "round")


@dataclass
class Result:
    """Scores over a corpus, and what was missed or spurious."""

    counts: dict[str, list[float]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    details: list[str] = field(default_factory=list)
    articles: int = 0

    @property
    def scores(self) -> dict[str, float]:
        """Mean of every field (1.0 for a field with nothing to score)."""
        return {f: round(sum(v) / len(v), 3) if v else 1.0 for f, v in self.counts.items()}

    def table(self) -> str:
        """A plain-text table of the scores."""
        lines = [f"{self.articles} articles, {len(self.counts['recall'])} labelled events, "
                 f"{len(self.counts['precision'])} extracted events", f"{'field':<10} score"]
        lines += [f"{name:<10} {value:.3f}" for name, value in self.scores.items()]
        return "\n".join(lines)


def _canon(name: str, lexicon: Lexicon) -> str:
    roster = Roster(lexicon)
    found = find_actors(name, roster)
    if len(found) == 1 and found[0].end - found[0].start >= len(name.strip()) - 4:
        return _key_name(found[0].key, roster)
    return fold(name)


def _key_name(key: str, roster: Roster) -> str:
    entry = roster.entry(key)
    return fold(entry.name) if key.startswith("new:") and entry else key


def _dates_equal(gold: dict, c: Candidate) -> bool:
    if gold["start_date"] is None:
        return c.first is None or c.matches is not None
    if c.first is None:
        return False
    end = gold["end_date"] or gold["start_date"]
    return (c.first.isoformat(), (c.last or c.first).isoformat(), c.precision) == (gold["start_date"], end, gold["date_precision"])


def _f1(gold: set[str], predicted: set[str]) -> float:
    if not gold and not predicted:
        return 1.0
    if not gold or not predicted:
        return 0.0
    hit = len(gold & predicted)
    return 0.0 if hit == 0 else 2 * hit / (len(gold) + len(predicted))


def _pairs(labels: list[dict], extraction: Extraction) -> list[tuple[dict, Candidate | None]]:
    free = list(extraction.events)
    out = []
    for gold in labels:
        snippets = [fold(s) for s in gold["evidence"]]

        def fits(c: Candidate) -> bool:
            if gold["start_date"] is None and gold["round_number"] and c.round_number == gold["round_number"] \
                    and c.event_type == "talk_round":
                return True
            return any(s in fold(e) for s in snippets for e in c.evidence)

        options = [c for c in free if fits(c)]
        options.sort(key=lambda c: (c.event_type != gold["event_type"], not _dates_equal(gold, c)))
        chosen = options[0] if options else None
        if chosen is not None:
            free.remove(chosen)
        out.append((gold, chosen))
    return out


def score_article(labels: list[dict], extraction: Extraction, lexicon: Lexicon, result: Result) -> None:
    """Add one article's scores to `result`."""
    pairs = _pairs(labels, extraction)
    matched = {id(c) for _, c in pairs if c is not None}
    name = extraction.article.label
    for gold, c in pairs:
        result.counts["recall"].append(1.0 if c is not None else 0.0)
        if c is None:
            result.details.append(f"{name}: missed {gold['event_type']} {gold['start_date']} ({gold['evidence'][0]!r})")
            continue
        checks = {
            "date": _dates_equal(gold, c),
            "type": gold["event_type"] == c.event_type,
            "process": (gold["process"] or None) == extraction.process_name(c.process),
            "round": gold["round_number"] == c.round_number,
        }
        for key, ok in checks.items():
            result.counts[key].append(1.0 if ok else 0.0)
            if not ok:
                got = {"date": f"{c.first}..{c.last} {c.precision}", "type": c.event_type,
                       "process": extraction.process_name(c.process), "round": c.round_number}[key]
                result.details.append(f"{name}: {key} wrong for {gold['event_type']} {gold['start_date']}: got {got}")
        gold_actors = {_canon(a, lexicon) for a in gold["actors"]}
        predicted = {_key_name(k, extraction.roster) for k in c.actors}
        f1 = _f1(gold_actors, predicted)
        result.counts["actors"].append(f1)
        if f1 < 1:
            result.details.append(f"{name}: actors {sorted(gold_actors)} vs {sorted(predicted)}")
    for c in extraction.events:
        result.counts["precision"].append(1.0 if id(c) in matched else 0.0)
        if id(c) not in matched:
            result.details.append(f"{name}: spurious {c.event_type} {c.first} ({c.evidence[0][:70]!r})")


def evaluate(corpus: Path = CORPUS, data: Path = DATA, files: list[str] | None = None) -> Result:
    """Extract every labelled article of `corpus` against the shipped data and score it."""
    from tracker.extract import extract_articles, read_articles
    from tracker.importer import load_shipped

    known = load_shipped(data)
    lexicon = Lexicon(known)
    result = Result()
    for label_file in sorted(corpus.glob("*.json")):
        labels = json.loads(label_file.read_text(encoding="utf-8"))
        if files and label_file.stem not in files:
            continue
        articles = read_articles(corpus / labels["article"])
        extraction = extract_articles(articles, known, lexicon)[labels.get("item", 1) - 1]
        score_article(labels["events"], extraction, lexicon, result)
        result.articles += 1
    return result


__all__ = ["CORPUS", "DATA", "FIELDS", "Result", "evaluate", "score_article"]
