"""Substring gates made from a pattern itself: strings one of which any match must hold, tested with `in` before a regex
reads a whole text (split from `prefilter`, whose word gates read sentences; `prefilter` names these too)."""
from __future__ import annotations

import functools
import re
from re import _constants as C  # noqa: N812  (Python 3.11+, as pyproject.toml requires)
from re import _parser

#: Characters whose `str.lower` is not what `re.I` folds them onto ("ı" matches "i"): a text holding one is not gated
_FOLD_ODD = re.compile("[ıſİ]")


def may_hold(text: str, parts: tuple[str, ...]) -> bool:
    """False when `text` holds none of the lowercase `parts` as a case-blind pattern reads them (a substring test of the
    lowered text, far faster than a `(?i)a|b|c` search; True for a text with a letter `str.lower` folds otherwise)."""
    return any(map(text.lower().__contains__, parts)) or not text.isascii() and _FOLD_ODD.search(text) is not None


def _literal_options(items) -> frozenset[str] | None:
    """Case-sensitive strings one of which every match of a sequence holds (the longest-shortest of those found)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset([run]))
        run = ""
        inner = None
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:  # "(?i:…)" inside: nothing case-sensitive to require
            inner = _literal_options(av[-1])
        elif op is C.BRANCH:
            alts = [_literal_options(alt) for alt in av[1]]
            inner = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _literal_options(av[2])
        if inner is not None:
            options.append(inner)
    if run:
        options.append(frozenset([run]))
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


@functools.lru_cache(maxsize=None)
def parse_tree(pattern: re.Pattern):
    """The parse tree of a compiled pattern, made once a process: the word gates, these literal gates and `fast_start`
    each read it (only read, never changed), and parsing the long trigger patterns over for each was most of the first
    article's time."""
    return _parser.parse(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=None)
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of a case-sensitive `pattern` contains ("Syria" of r"\\bSyria"), or None; of a
    case-blind one, lowercase ASCII strings one of which the lowered match contains ("round" of r"(?i)round|…")."""
    try:
        tree = parse_tree(pattern)
        if not pattern.flags & re.IGNORECASE:
            return _literal_options(tree)
        if len(tree) == 1 and tree[0][0] is C.BRANCH or all(op is C.LITERAL for op, _ in tree):  # a plain list of words
            found = _literal_options(tree)
            return frozenset(n.lower() for n in found) if found and all(n.isascii() for n in found) else None
    except Exception:  # a private module of `re` (see `required_words`): no gate, the same output
        return None
    return None


class CaseBlindGated:
    """A case-blind pattern behind `may_hold` of its lowercase ASCII strings: `search` as the pattern's, None at once for
    a text that holds none of them (a `(?i)a|b|c` search reads every character of a long quote)."""

    __slots__ = ("re", "parts")

    def __init__(self, pattern: re.Pattern, parts: frozenset[str]) -> None:
        self.re, self.parts = pattern, tuple(sorted(parts))

    def __getattr__(self, name: str):
        return getattr(self.re, name)

    def search(self, text: str, *args) -> re.Match | None:
        return self.re.search(text, *args) if may_hold(text, self.parts) else None


class LiteralGated:
    """A case-sensitive pattern behind a substring test (`in`, far faster than a failed search of a whole article):
    the same answers, given at once for a text that holds none of `required_literals`. For patterns run on whole texts."""

    __slots__ = ("re", "needles")

    def __init__(self, pattern: re.Pattern, needles: frozenset[str]) -> None:
        self.re, self.needles = pattern, tuple(sorted(needles))

    def __getattr__(self, name: str):
        return getattr(self.re, name)

    def search(self, text: str, *args) -> re.Match | None:  # (`map`: no generator step a needle)
        return self.re.search(text, *args) if any(map(text.__contains__, self.needles)) else None

    def findall(self, text: str, *args) -> list:
        return self.re.findall(text, *args) if any(map(text.__contains__, self.needles)) else []


def may_search(pattern: re.Pattern | LiteralGated | CaseBlindGated, text: str) -> bool:
    """False when a `literal_gated` pattern's substring test already rules `text` out; True otherwise (a plain pattern
    always): lets a caller that needs several patterns to match test all their substrings before running any regex."""
    if isinstance(pattern, LiteralGated):
        return any(map(text.__contains__, pattern.needles))
    if isinstance(pattern, CaseBlindGated):
        return may_hold(text, pattern.parts)
    return True


def literal_gated(pattern: re.Pattern) -> LiteralGated | re.Pattern:
    """`pattern` behind its substring gate (see `LiteralGated`); the pattern itself when it requires no string."""
    needles = required_literals(pattern)
    if not needles:
        return pattern
    return CaseBlindGated(pattern, needles) if pattern.flags & re.IGNORECASE else LiteralGated(pattern, needles)
