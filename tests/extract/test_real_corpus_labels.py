"""The real corpus's labels are well formed (tests/corpus/real/README.md, docs/extraction.md "Annotation guideline").

The texts are not in the repository: the checks that need a text (its SHA-256, every evidence snippet in it)
skip an article whose text is absent, so CI runs on the labels alone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tracker.extract.gazetteer import PROCESSES
from tracker.models import DATE_PRECISIONS, EVENT_TYPES, STATUSES

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "corpus" / "real"
TEXTS = REAL / "texts"
#: In article order: 999 before 1000, which a sort by name would not give
LABEL_FILES = sorted(REAL.glob("[0-9]*.json"), key=lambda p: (int(p.name.split("_", 1)[0]), p.name))
ARTICLE_KEYS = {"article", "url", "publisher", "published", "published_iso", "published_basis", "sha256", "process",
                "split", "shape", "events"}
EVENT_KEYS = {"event_type", "start_date", "end_date", "date_precision", "actors", "process", "round_number", "status",
              "venue", "evidence"}
#: Three digits up to 999, then four: the corpus outgrew 999 articles
NAME = re.compile(r"^(?P<n>[1-9]\d{2,3})_[a-z0-9]+_[a-z0-9_]+$")
#: A sentence's end inside a snippet: the scorer pairs a snippet with a candidate whose sentence holds it, so a
#: snippet of two sentences paired with neither (1251's round; eight snippets until the thirtieth stop). Titles and
#: abbreviations before a full stop ("Mr. Pedersen", "Lt. Gen.", "St. Petersburg", "10. Februar") end none.
SENTENCE_END = re.compile(r"([\w’'\)”\"]+)\. (?=[A-Z])")
TITLES = {"mr", "ms", "mrs", "dr", "gen", "st", "mt", "hon", "lt", "maj", "col", "prof", "sen", "rep", "gov", "jr",
          "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "ave", "rev", "capt", "sgt", "adm", "cmdr", "brig"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _iso(value: str, where: str) -> dt.date:
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), f"{where}: not an ISO date: {value!r}"
    return dt.date.fromisoformat(value)


def test_corpus_size_spread_and_split() -> None:
    labels = [_load(p) for p in LABEL_FILES]
    assert len(labels) >= 60
    assert len({x["process"] for x in labels if x["process"]}) >= 12
    assert len({x["publisher"].split(" (")[0] for x in labels}) >= 20
    splits = Counter(x["split"] for x in labels)
    # every third article of each batch: a batch of n gives floor(n / 3) test articles, so a batch of twenty gives six
    # (0.30) and one of a multiple of three a third; the whole corpus lies between the two
    assert 0.30 <= splits["test"] / len(labels) <= 0.34, splits
    assert len({x["process"] for x in labels if x["split"] == "test"}) >= 10


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_label_file(path: Path) -> None:
    label = _load(path)
    where = path.name
    assert set(label) == ARTICLE_KEYS, f"{where}: keys {sorted(set(label) ^ ARTICLE_KEYS)}"
    number = int(NAME.match(path.stem).group("n")) if NAME.match(path.stem) else 0
    assert number >= 100, f"{where}: name is not NNN_publisher_slug with NNN from 100 (four digits from 1000)"
    assert label["article"] == f"{path.stem}.txt", where
    assert label["url"].startswith(("http://", "https://")), where
    assert re.fullmatch(r"[0-9a-f]{64}", label["sha256"]), where
    assert label["split"] in ("dev", "test"), where
    assert label["shape"] and all(isinstance(tag, str) and tag for tag in label["shape"]), where
    assert label["published_basis"] in ("page", "url", "text", None), where
    assert (label["published_iso"] is None) == (label["published_basis"] is None), f"{where}: published_iso and its basis"
    if label["published_iso"] is not None:
        _iso(label["published_iso"], where)
    assert label["process"] is None or (isinstance(label["process"], str) and label["process"]), where
    assert label["events"], f"{where}: no events"
    for i, event in enumerate(label["events"], 1):
        _check_event(event, f"{where} event {i}")


def _check_event(event: dict, where: str) -> None:
    assert set(event) == EVENT_KEYS, f"{where}: keys {sorted(set(event) ^ EVENT_KEYS)}"
    assert event["event_type"] in EVENT_TYPES, where
    assert event["status"] in STATUSES, where
    if event["start_date"] is None:
        assert event["end_date"] is None and event["date_precision"] is None, f"{where}: undated but has an end or precision"
    else:
        assert event["date_precision"] in DATE_PRECISIONS, where
        start = _iso(event["start_date"], where)
        if event["end_date"] is not None:
            assert _iso(event["end_date"], where) >= start, f"{where}: ends before it starts"
    assert isinstance(event["actors"], list) and all(isinstance(a, str) and a for a in event["actors"]), where
    assert len(event["actors"]) == len(set(event["actors"])), f"{where}: an actor twice"
    assert event["round_number"] is None or (isinstance(event["round_number"], int) and event["round_number"] > 0), where
    assert event["venue"] is None or (isinstance(event["venue"], str) and event["venue"]), where
    assert event["process"] is None or (isinstance(event["process"], str) and event["process"]), where
    assert event["evidence"] and all(isinstance(s, str) and len(s) >= 8 for s in event["evidence"]), where
    for snippet in event["evidence"]:
        ends = [m.group(1) for m in SENTENCE_END.finditer(snippet)
                if len(word := m.group(1).strip("’'\")”").lower()) >= 3 and word not in TITLES and not word.isdigit()]
        assert not ends, f"{where}: a snippet of two sentences (after {ends[0]!r}): give each sentence as a snippet"


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_text_matches_label(path: Path) -> None:
    label = _load(path)
    text_path = TEXTS / label["article"]
    if not text_path.exists():
        pytest.skip(f"texts/{label['article']} is not here (the texts are not committed)")
    data = text_path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == label["sha256"], f"{text_path.name}: the text changed since it was labelled"
    text = data.decode("utf-8")
    missing = [s for e in label["events"] for s in e["evidence"] if s not in text]
    assert not missing, f"{text_path.name}: evidence not in the text: {missing}"


def test_process_names_are_one_vocabulary() -> None:
    """Each process is named as the gazetteer names it, or as the annotation guideline lists it (one name each)."""
    known = {line.split("|")[0] for line in PROCESSES.splitlines() if line.strip()}
    guideline = " ".join((ROOT / "docs" / "extraction.md").read_text(encoding="utf-8").split())
    names = {x["process"] for x in map(_load, LABEL_FILES)} | {e["process"] for x in map(_load, LABEL_FILES) for e in x["events"]}
    unlisted = sorted(n for n in names - {None} if n not in known and n not in guideline)
    assert not unlisted, f"process names neither in the gazetteer nor in docs/extraction.md: {unlisted}"


def test_no_text_of_the_real_corpus_is_tracked():
    """The texts are third-party: git must track nothing at texts/, not even a worktree's link to another texts folder
    (a branch that committed one replaced the ignored folder on merge, deleting every text)."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    listed = subprocess.run(["git", "ls-files", "--", "tests/corpus/real/texts"], cwd=root, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    assert listed.stdout.split() == []
    ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", "tests/corpus/real/texts"], cwd=root)
    assert ignored.returncode == 0, "tests/corpus/real/texts must be ignored as a file or a link, not only as a folder"


def test_names_go_on_past_999_in_article_order() -> None:
    assert NAME.match("1000_tass_astana_round") and NAME.match("999_tass_astana_round")
    assert not NAME.match("099_tass_astana_round") and not NAME.match("10000_tass_astana_round")
    names = [p.name for p in LABEL_FILES]
    assert names == sorted(names, key=lambda n: int(n.split("_", 1)[0]))
