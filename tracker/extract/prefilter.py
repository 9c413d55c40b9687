"""Word gates made from a pattern itself: the whole words one of which any match must contain.

Python's `re` tries a pattern like `\\b(?:said|says|told)\\b` at every position of a sentence; most sentences hold none
of its words, and a set test on the sentence's lowered words says so far faster. `required_words(pattern)` reads the
pattern's parse tree for such a set (a word counts only where the pattern bounds it on both sides: a `\\b`, a space, a
punctuation mark), so a gate cannot drift from its pattern when a rule changes. A gate is only ever a necessary
condition: it may let through a sentence the pattern then does not match, never the reverse (output is unchanged).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from re import _constants as C  # noqa: N812  (Python 3.11+, as pyproject.toml requires)
from re import _parser

#: Characters whose `str.lower` is not what `re.I` folds them onto ("ı" matches "i"): a text holding one is not gated
_FOLD_ODD = re.compile("[ıſİ]")
_WORD = re.compile(r"\w+")
_BOUNDARY_AT = (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_END, C.AT_END_STRING)
_NONWORD_CATEGORIES = (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)
WORD, NONWORD, EDGE, UNKNOWN = "word", "nonword", "edge", "unknown"


def _char(op, av) -> tuple[str, str | None]:
    """(kind, lowercase char) of a one-character node: a word letter, a non-word character, or unknown."""
    if op is C.LITERAL:
        ch = chr(av)
        if _WORD.match(ch) is None:
            return NONWORD, None
        return (WORD, ch.lower()) if av < 128 else (UNKNOWN, None)
    if op is C.IN:
        if all(o is C.CATEGORY and v in _NONWORD_CATEGORIES or o is C.LITERAL and _WORD.match(chr(v)) is None
               for o, v in av):
            return NONWORD, None  # "[\s,;]"
        chars = {chr(v).lower() for o, v in av if o is C.LITERAL}
        if len(chars) == 1 and all(o is C.LITERAL and v < 128 for o, v in av) and _WORD.match(next(iter(chars))):
            return WORD, chars.pop()  # "[Tt]"
    if op is C.AT and av in _BOUNDARY_AT:
        return EDGE, None
    return UNKNOWN, None


def _starts_bounded(items) -> bool:
    """True when a sequence always begins with a non-word character or a boundary."""
    if not items:
        return False
    op, av = items[0]
    kind, _ = _char(op, av)
    if kind in (NONWORD, EDGE):
        return True
    if op is C.SUBPATTERN:
        return _starts_bounded(av[-1])
    if op is C.ASSERT and av[0] == 1:  # "(?=\s+that)": the next character is a space
        return _starts_bounded(av[1])
    if op is C.BRANCH:
        return all(_starts_bounded(alt) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _starts_bounded(av[2])
    return False


def _ends_bounded(items, before: bool) -> bool:
    """True when a sequence always ends with a non-word character or a boundary (`before`: the position before it is one)."""
    if not items:
        return before
    op, av = items[-1]
    kind, _ = _char(op, av)
    if kind != UNKNOWN:
        return kind != WORD
    prev = _ends_bounded(items[:-1], before) if len(items) > 1 else before
    if op in (C.ASSERT, C.ASSERT_NOT):
        return prev
    if op is C.SUBPATTERN:
        return _ends_bounded(list(av[-1]), prev)
    if op is C.BRANCH:
        return all(_ends_bounded(list(alt), prev) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _ends_bounded(list(av[2]), False) and (av[0] >= 1 or prev)
    return False


#: Words nearly every sentence holds: a gate of them lets everything through ("to visit": "visit", not "to")
COMMON = frozenset("a an the to of in on at by for from with and or but as is are was were be been being has have had "
                   "will would shall can could may might must do does did not no this that these those it its his her "
                   "their my our your he she they we i also then".split())


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several necessary sets: the fewest common words, then the fewest words ("headed", "led",
    "chaired" before three dozen titles), then its shortest word longest."""
    return max(options, key=lambda s: (-len(s & COMMON), -len(s), min(map(len, s))), default=None)


_SEP, _EDGE_MARK = " ", "\x01"  # a non-word character; a zero-width boundary ("\b", "^", "$")
_LIMIT = 256  # the most strings a stretch of the pattern is spelled out as


def _finite(op, av) -> set[str] | None:
    """Every string a node can match, lowered, non-word characters as one space; None when too many or unknown."""
    kind, ch = _char(op, av)
    if kind == WORD:
        return {ch}
    if kind == NONWORD:
        return {_SEP}
    if kind == EDGE:
        return {_EDGE_MARK}
    if op is C.IN and all(o is C.LITERAL and v < 128 for o, v in av) and len(av) <= 4:  # "[sz]"
        return {chr(v).lower() if _WORD.match(chr(v)) else _SEP for _, v in av}
    if op is C.ASSERT_NOT or op is C.ASSERT and av[0] == -1:  # a lookahead is read for its own words (`_sequence`)
        return {""}
    if op is C.SUBPATTERN:
        return _finite_sequence(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            more = _finite_sequence(alt)
            if more is None or len(out | more) > _LIMIT:
                return None
            out |= more
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, inner = av
        once = _finite_sequence(inner)
        if once == {_SEP}:  # "\s+": one or many spaces divide words alike
            return {_SEP} if low >= 1 else {"", _SEP}
        if once is None or high > 2:
            return None
        out, strings = set(), {""}
        for n in range(high + 1):
            if n >= low:
                out |= strings
            strings = {a + b for a in strings for b in once}
            if len(strings) > _LIMIT:
                return None
        return out
    return None


def _finite_sequence(items) -> set[str] | None:
    strings = {""}
    for op, av in items:
        more = _finite(op, av)
        if more is None or len(strings) * len(more) > _LIMIT:
            return None
        strings = {a + b for a in strings for b in more}
    return strings


def _bounded_words(strings: set[str], left: bool, right: bool) -> frozenset[str] | None:
    """One whole word from each spelling of a stretch, or None when some spelling has none. The word is the one most
    spellings share ("visit" of "will visit", "will also visit", "to visit"), not a common one, then the longest: the
    fewer and rarer the words, the more sentences the gate keeps out."""
    spelled = []
    for s in strings:
        parts = re.split("[ \x01]", s)
        words = [w for i, w in enumerate(parts) if w and (i > 0 or left) and (i < len(parts) - 1 or right)]
        if not words:
            return None
        spelled.append(words)
    shared = Counter(w for words in spelled for w in set(words))
    return frozenset(max(words, key=lambda w: (w not in COMMON, shared[w], len(w))) for words in spelled)


def _sequence(items, left: bool, right: bool) -> frozenset[str] | None:
    """A necessary word set for a sequence of nodes; `left`/`right`: a boundary is certain just before/after it."""
    options: list[frozenset[str]] = []
    items = list(items)
    chunk: set[str] = {""}  # the spellings of the stretch of finite nodes being read
    chunk_left = bounded = left  # `bounded`: the position before the next node is a boundary

    def close(right_bound: bool) -> bool:
        """Take the stretch's words; True when every spelling of it ends on a boundary."""
        if chunk != {""}:
            words = _bounded_words(chunk, chunk_left, right_bound)
            if words:
                options.append(words)
        return all(s[-1] in (_SEP, _EDGE_MARK) if s else chunk_left for s in chunk)

    for i, (op, av) in enumerate(items):
        more = _finite(op, av)
        if more is not None and len(chunk) * len(more) <= _LIMIT:
            chunk = {a + b for a in chunk for b in more}
            continue
        before = close(_node_starts_bounded(op, av))
        after = _starts_bounded(items[i + 1:]) if i + 1 < len(items) else right
        inner = None
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                inner = _sequence(av[2], before, _starts_bounded(av[2]) and after)
        elif op is C.SUBPATTERN:
            inner = _sequence(av[-1], before, after)
        elif op is C.BRANCH:
            sets = [_sequence(alt, before, after) for alt in av[1]]
            inner = None if any(s is None for s in sets) else frozenset().union(*sets)
        elif op is C.ASSERT and av[0] == 1:  # a lookahead's words are needed too
            inner = _sequence(av[1], before, False)
        if inner is not None:
            options.append(inner)
        bounded = _ends_bounded([(op, av)], before)
        chunk, chunk_left = {""}, bounded
    close(right)
    return _best(options)


def _node_starts_bounded(op, av) -> bool:
    return _starts_bounded([(op, av)])


@functools.lru_cache(maxsize=None)
def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lowercase words one of which every match of `pattern` holds as a whole word, or None when it names none (or
    when this Python's parse tree is not read as expected: then no gate, the same output, only slower)."""
    try:
        return _sequence(_parser.parse(pattern.pattern, pattern.flags), False, False)
    except Exception:  # a private module of `re`: a shape it did not have when this was written gates nothing
        return None


_PER_ARTICLE: list = []


def per_article(function):
    """`function` (of one text) cached while one article is read: `forget_article` drops every such cache when the next
    begins. Sentences and quotes are asked about several times in an article and never again after it, so a cache kept
    longer holds nothing useful, and one kept across the bench's copies of an article would make its figure a lie."""
    cached = functools.lru_cache(maxsize=4096)(function)
    _PER_ARTICLE.append(cached)
    return cached


def forget_article() -> None:
    """Drop what `per_article` functions remember (called as each article begins)."""
    for cached in _PER_ARTICLE:
        cached.cache_clear()
    _MATCHES.clear()


_MATCHES: dict[tuple[int, str], list[re.Match]] = {}


def matches_once(pattern: re.Pattern, text: str) -> list[re.Match]:
    """`list(pattern.finditer(text))`, remembered while one article is read (as `per_article`; keyed by the pattern's
    id, since hashing a compiled pattern hashes its whole code): a page with no date is read twice (`undated_pages`), and
    a pattern's matches depend on the text alone. For module-level patterns, which live as long as the process."""
    key = (id(pattern), text)
    found = _MATCHES.get(key)
    if found is None:
        fast = _FAST.get(key[0]) or _FAST.setdefault(key[0], fast_start(pattern))  # (see `fast_start`)
        found = _MATCHES[key] = list(fast.finditer(text))
    return found


_FAST: dict[int, re.Pattern] = {}  # id of a module-level pattern -> its `fast_start`


@per_article
def words_of(text: str) -> frozenset[str] | None:
    """The lowered words of `text` (cached: many patterns gate the same sentence); None when it cannot be gated."""
    if _FOLD_ODD.search(text):
        return None
    return frozenset(_WORD.findall(text.lower()))


def may_hold(text: str, parts: tuple[str, ...]) -> bool:
    """False when `text` holds none of the lowercase `parts` as a case-blind pattern reads them (a substring test of the
    lowered text, far faster than a `(?i)a|b|c` search; True for a text with a letter `str.lower` folds otherwise)."""
    return any(map(text.lower().__contains__, parts)) or _FOLD_ODD.search(text) is not None


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when `pattern` cannot match anywhere in `text` (none of its words is there); True when it may."""
    need = required_words(pattern)
    if need is None:
        return True
    words = words_of(text)
    return words is None or not need.isdisjoint(words)


class WordGate:
    """A pattern's word gate, as `find_triggers` reads gates: `search(text)` is None when the pattern cannot match."""

    __slots__ = ("words",)

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def search(self, text: str) -> bool | None:
        words = words_of(text)
        return True if words is None or not self.words.isdisjoint(words) else None


def word_gate(pattern: re.Pattern) -> WordGate | None:
    """The word gate of a pattern, or None when the pattern needs no word of its own."""
    words = required_words(pattern)
    return WordGate(words) if words else None


class Gated:
    """A compiled pattern behind its word gate: the same calls and answers, given at once for a text that holds none
    of the gate's words. For patterns tried on every sentence that rarely match; `re` is the pattern itself."""

    __slots__ = ("re", "words", "source")

    def __init__(self, pattern: re.Pattern, words: frozenset[str]) -> None:  # searched as `fast_start` makes it (the
        self.re, self.words, self.source = fast_start(pattern), words, pattern  # same matches), read as written

    def __getattr__(self, name: str):  # pattern, flags, groupindex, groups, split …
        return getattr(self.source, name)

    def _closed(self, text: str) -> bool:
        words = words_of(text)
        return words is not None and self.words.isdisjoint(words)

    # the three calls made on every sentence test the gate inline (a method call less each)
    def search(self, text: str, *args) -> re.Match | None:
        words = words_of(text)
        return None if words is not None and self.words.isdisjoint(words) else self.re.search(text, *args)

    def match(self, text: str, *args) -> re.Match | None:
        words = words_of(text)
        return None if words is not None and self.words.isdisjoint(words) else self.re.match(text, *args)

    def finditer(self, text: str, *args):
        words = words_of(text)
        return iter(()) if words is not None and self.words.isdisjoint(words) else self.re.finditer(text, *args)

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return None if self._closed(text) else self.re.fullmatch(text, *args)

    def findall(self, text: str, *args) -> list:
        return [] if self._closed(text) else self.re.findall(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._closed(text) else self.re.sub(repl, text, count)


def gated(pattern: re.Pattern) -> Gated | re.Pattern:
    """`pattern` behind its word gate (see `Gated`); the pattern itself when it needs no word of its own."""
    words = required_words(pattern)
    return Gated(pattern, words) if words else pattern


def _first_chars(items, icase: bool) -> tuple[set[tuple[int, bool]], bool] | None:
    r"""The characters a sequence of parse-tree nodes can begin a match with, as (code point, case-blind), and whether it
    can match the empty string; None when a node is of a kind not read here (a class like `\w`, `.`, a backreference)."""
    out: set[tuple[int, bool]] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars, empty = {(av, icase)}, False
        elif op is C.IN:
            if not all(o is C.LITERAL or o is C.RANGE and av_[1] - av_[0] <= 64 for o, av_ in av):
                return None  # a negated set, a category ("\w"), a wide range: anything may come
            chars = {(c, icase) for o, v in av for c in ((v,) if o is C.LITERAL else range(v[0], v[1] + 1))}
            empty = False
        elif op is C.BRANCH:
            parts = [_first_chars(alt, icase) for alt in av[1]]
            if any(part is None for part in parts):
                return None
            chars, empty = set().union(*(part[0] for part in parts)), any(part[1] for part in parts)
        elif op is C.SUBPATTERN:
            _, add, remove, inner = av
            part = _first_chars(inner, bool(add & re.IGNORECASE) or icase and not remove & re.IGNORECASE)
            if part is None:
                return None
            chars, empty = part
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            part = _first_chars(av[2], icase)
            if part is None:
                return None
            chars, empty = part[0], part[1] or av[0] == 0
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            chars, empty = set(), True  # zero width: the next node reads the first character
        else:
            return None
        out |= chars
        if not empty:
            return out, False
    return out, True


@functools.lru_cache(maxsize=None)
def fast_start(pattern: re.Pattern) -> re.Pattern:
    r"""`pattern` with the characters a match can begin with tested first, the same matches: r"\b(?:plans?\s+to|met|…)"
    becomes r"\b(?=[pm…])(?:plans?\s+to|met|…)". `re` tries every alternative of a long list at each word boundary (some
    20 us for a sentence against one trigger pattern of twenty alternatives), and one set test there is a third of that.
    Only for a pattern written beginning with "\b" whose every match begins with a character of a known set (otherwise,
    or when this Python's parse tree is not as expected, the pattern itself)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if not pattern.pattern.startswith(r"\b") or tree[0] != (C.AT, C.AT_BOUNDARY):
            return pattern
        found = _first_chars(tree[1:], bool(tree.state.flags & re.IGNORECASE))
        if found is None or found[1] or not found[0]:
            return pattern  # unknown, or a match may be empty: no test of a first character holds
        plain = "".join(re.escape(chr(c)) for c, blind in sorted(found[0]) if not blind)
        blind = "".join(re.escape(chr(c)) for c, b in sorted(found[0]) if b)
        # the case-blind ones as `re` folds them (under the pattern's own flags, or in an inline group when they are not)
        if plain and pattern.flags & re.IGNORECASE:
            return pattern  # (a case-sensitive character under a case-blind pattern: not written here)
        test = "|".join(filter(None, [plain and f"[{plain}]", blind and (f"[{blind}]" if pattern.flags & re.IGNORECASE else f"(?i:[{blind}])")]))
        return re.compile(rf"\b(?={test})" + pattern.pattern[2:], pattern.flags)
    except Exception:  # a private module of `re` (see `required_words`): the pattern itself, the same output
        return pattern


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
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of a case-sensitive `pattern` contains ("Syria" of r"\\bSyria"), or None; of a
    case-blind one, lowercase ASCII strings one of which the lowered match contains ("round" of r"(?i)round|…")."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
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

    def search(self, text: str, *args) -> re.Match | None:
        return self.re.search(text, *args) if any(n in text for n in self.needles) else None

    def findall(self, text: str, *args) -> list:
        return self.re.findall(text, *args) if any(n in text for n in self.needles) else []


def may_search(pattern: re.Pattern | LiteralGated | CaseBlindGated, text: str) -> bool:
    """False when a `literal_gated` pattern's substring test already rules `text` out; True otherwise (a plain pattern
    always): lets a caller that needs several patterns to match test all their substrings before running any regex."""
    if isinstance(pattern, LiteralGated):
        return any(n in text for n in pattern.needles)
    if isinstance(pattern, CaseBlindGated):
        return may_hold(text, pattern.parts)
    return True


def literal_gated(pattern: re.Pattern) -> LiteralGated | re.Pattern:
    """`pattern` behind its substring gate (see `LiteralGated`); the pattern itself when it requires no string."""
    needles = required_literals(pattern)
    if not needles:
        return pattern
    return CaseBlindGated(pattern, needles) if pattern.flags & re.IGNORECASE else LiteralGated(pattern, needles)
