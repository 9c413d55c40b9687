"""`prefilter.fast_start`: a pattern beginning with "\\b" tests a match's possible first characters first, and finds
exactly what the pattern finds; and the per-article caches of triggers, rounds and date matches (speed, output unchanged)."""
import re

from tracker.extract import triggers
from tracker.extract.prefilter import Gated, fast_start, forget_article, matches_once

SENTENCES = [
    "The envoys had met twice in Oslo before the ceasefire collapsed, a diplomat said.",
    "Officials plan to hold a meeting of the joint commission in Baku later this month.",
    "MEETS AND GREETS: the Mayor meets residents, and the council will convene on Tuesday.",
    "Negotiators from both camps reconvened, while observers were received by the host.",
    "A Kelvin sign \u212a and a long s \u017f are folded by re.I, not by str.lower.",
    "",
]
PATTERNS = [
    re.compile(r"\b(?:plans?\s+to\s+hold|(?<!been\s)met|meets|(?:will|to)\s+(?:re)?convene)\b"),
    re.compile(r"\b(?:ke|st)\w+", re.I),  # case-blind first letters: "\u212a" and "\u017f" fold onto k and s
    re.compile(r"\b(?i:meets)\s+(?P<who>[A-Z]\w+)"),
    re.compile(r"\b(?:[Tt]he\s+)?(?:envoys?|negotiators?)\b"),
]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_fast_start_finds_what_its_pattern_finds():
    for pattern in PATTERNS:
        fast = fast_start(pattern)
        assert fast.pattern != pattern.pattern and fast.pattern.startswith(r"\b(?=")
        for text in SENTENCES:
            assert _found(fast, text) == _found(pattern, text)
    assert _found(fast_start(PATTERNS[1]), SENTENCES[4]) == _found(PATTERNS[1], SENTENCES[4]) != []


def test_fast_start_leaves_what_it_cannot_read():
    for source in (r"\b\w+ said", r"\b(?:said)?", r"(?i)\bround", r"said\b", r"\b.+"):
        pattern = re.compile(source)
        assert fast_start(pattern) is pattern


def test_gated_pattern_reads_as_written():
    gate = Gated(PATTERNS[0], frozenset({"met", "meets", "convene", "reconvene", "hold"}))
    assert gate.pattern == PATTERNS[0].pattern and gate.re.pattern != PATTERNS[0].pattern
    for text in SENTENCES:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in PATTERNS[0].finditer(text)]


def test_cached_triggers_are_the_callers_own():
    forget_article()
    first = triggers.find_triggers(SENTENCES[0])
    first.clear()  # a caller changing its list changes nothing the next caller gets
    assert triggers.find_triggers(SENTENCES[0]) == triggers._triggers.__wrapped__(SENTENCES[0]) != []
    assert matches_once(PATTERNS[0], SENTENCES[1]) is matches_once(PATTERNS[0], SENTENCES[1])
    forget_article()
