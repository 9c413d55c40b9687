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

from tracker.extract.literal_gates import (_FOLD_ODD, CaseBlindGated, LiteralGated, literal_gated,  # noqa: F401  (the substring
                                           may_hold, may_search, parse_tree, required_literals)  # gates: their own module, named here too)
from tracker.extract.skip_to import skipping

_WORD = re.compile(r"\w+")
#: Every ASCII character `\w` under `re.ASCII` is not ([a-zA-Z0-9_]) turned a space: an ASCII text's words are then what
#: `str.split` gives, the runs `\w+` finds there, in order (a C loop a character, without the regex engine)
_NOT_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")})
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


def _sequence(items, left: bool, right: bool, every: list | None = None) -> frozenset[str] | None:
    """A necessary word set for a sequence of nodes; `left`/`right`: a boundary is certain just before/after it.
    `every`, when given, gets every necessary set found for the sequence's own stretches (each holds on its own)."""
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
    if every is not None:
        every += options
    return _best(options)


def _node_starts_bounded(op, av) -> bool:
    return _starts_bounded([(op, av)])


@functools.lru_cache(maxsize=None)
def _word_sets(pattern: re.Pattern) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """`_sequence` of the whole pattern and every necessary set it found on the way, read once for `required_words` and
    `second_words` both (each read the tree for itself before, the same sets twice)."""
    found: list[frozenset[str]] = []
    return _sequence(parse_tree(pattern), False, False, found), found


@functools.lru_cache(maxsize=None)
def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lowercase words one of which every match of `pattern` holds as a whole word, or None when it names none (or
    when this Python's parse tree is not read as expected: then no gate, the same output, only slower)."""
    try:
        return _word_sets(pattern)[0]
    except Exception:  # a private module of `re`: a shape it did not have when this was written gates nothing
        return None


@functools.lru_cache(maxsize=None)
def second_words(pattern: re.Pattern) -> frozenset[str] | None:
    r"""Another necessary word set of `pattern`, beside `required_words`, from another stretch of it, or None: a match
    holds a word of each. "(?:froze|halting|…)\s+the\s+(?:talks|dialogue|…)" is gated by its talk nouns, which most
    sentences of a story about talks hold; the verbs' set shuts the gate on nearly all of them."""
    try:
        first, found = _word_sets(pattern)
    except Exception:  # (see `required_words`): no second gate, the same output
        return None
    others = [s for s in found if s != first and not s & COMMON]
    return _best(others) if first and others else None


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
        found = _MATCHES[key] = list(fast(pattern).finditer(text))
    return found


_FAST: dict[int, re.Pattern] = {}  # id of a module-level pattern -> its `fast_start`


def fast(pattern: re.Pattern) -> re.Pattern:
    """`fast_start(pattern)` of a module-level pattern, made the first time a text gets past its gates (keyed by id, as
    `matches_once`): compiling it again costs some 1-2 ms for a long trigger pattern, and most of them are never tried
    in a story (13 of the 50 trigger patterns on the seed article), so making them all up front was most of the first
    article's time."""
    return _FAST.get(id(pattern)) or _FAST.setdefault(id(pattern), fast_start(pattern))


@per_article
def words_of(text: str) -> frozenset[str] | None:
    """The lowered words of `text` (cached: many patterns gate the same sentence); None when it cannot be gated."""
    if not text.isascii() and _FOLD_ODD.search(text):  # (`isascii` costs nothing: the odd letters are none of ASCII)
        return None
    lowered = text.lower()  # an ASCII text has the same words under `re.ASCII`, whose `\w` is a table look-up a letter
    return frozenset(lowered.translate(_NOT_WORD).split() if lowered.isascii() else _WORD.findall(lowered))  # (`_NOT_WORD`)


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


class TwiceGated(Gated):
    """A `Gated` pattern with a second word set (`second_words`): a text must hold a word of each. For a pattern whose
    first set most sentences of a story hold ("delegation", "talks") and whose other part is rare ("head", "arrived")."""

    __slots__ = ("also",)

    def __init__(self, pattern: re.Pattern, words: frozenset[str], also: frozenset[str]) -> None:
        super().__init__(pattern, words)
        self.also = also

    def _closed(self, text: str) -> bool:
        words = words_of(text)
        return words is not None and (self.words.isdisjoint(words) or self.also.isdisjoint(words))

    # inline, as `Gated`'s: the first set shuts most texts, the second is read only after it
    def search(self, text: str, *args) -> re.Match | None:
        words = words_of(text)
        return None if words is not None and (self.words.isdisjoint(words) or self.also.isdisjoint(words)) \
            else self.re.search(text, *args)

    def match(self, text: str, *args) -> re.Match | None:
        words = words_of(text)
        return None if words is not None and (self.words.isdisjoint(words) or self.also.isdisjoint(words)) \
            else self.re.match(text, *args)

    def finditer(self, text: str, *args):
        words = words_of(text)
        return iter(()) if words is not None and (self.words.isdisjoint(words) or self.also.isdisjoint(words)) \
            else self.re.finditer(text, *args)


def gated(pattern: re.Pattern) -> Gated | re.Pattern:
    """`pattern` behind its word gate (see `Gated`, `TwiceGated`); the pattern itself when it needs no word of its own."""
    words = required_words(pattern)
    also = second_words(pattern) if words else None
    return (TwiceGated(pattern, words, also) if also else Gated(pattern, words)) if words else pattern


def _first_chars(items, icase: bool) -> tuple[set[tuple[int, bool]], bool] | None:
    r"""The characters a sequence of parse-tree nodes can begin a match with, as (code point, case-blind), and whether it
    can match the empty string; None when a node is of a kind not read here (a class like `\w`, `.`, a backreference)."""
    out: set[tuple[int, bool]] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars, empty = {(av, icase)}, False
        elif op is C.IN:
            if not all(o is C.LITERAL or o is C.RANGE and av_[1] - av_[0] <= 64 or (o, av_) == _DIGITS for o, av_ in av):
                return None  # a negated set, a category ("\w"), a wide range: anything may come
            chars = {(c, icase) for o, v in av if o is not C.CATEGORY for c in ((v,) if o is C.LITERAL else range(v[0], v[1] + 1))}
            chars |= {(c, icase) for c in range(0x30, 0x3A)} | {(DIGIT, icase)} if _DIGITS in av else set()  # "\d"
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


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: "\d" among a match's first characters: the ASCII digits beside it, and digits of other scripts (written "\d" in the
#: test `fast_start` puts in front; `skip_to.skipping` skips to every character beyond ASCII for it)
DIGIT, _DIGITS = -1, (C.CATEGORY, C.CATEGORY_DIGIT)


def _opens_behind(items) -> bool:
    r"""True when a match may begin with a lookbehind ("(?<=\bthe\s)2015"): `re` then has no first character to skip to,
    and tries every lookbehind at every position of the text (the date pattern "year_noun", six of them, cost some 140 ns
    a character), so a first-character test in front of it pays even without a "\b"."""
    op, av = items[0] if items else (None, None)
    return (op in (C.ASSERT, C.ASSERT_NOT) and av[0] == -1 or op is C.BRANCH and any(_opens_behind(list(a)) for a in av[1])
            or op is C.SUBPATTERN and _opens_behind(list(av[3])))


def _opens_bounded_group(items) -> bool:
    r"""Whether a pattern opens with a group whose first node is "\b" ("(?i:\bthe\s+week…"): no first character for `re`."""
    return bool(items) and items[0][0] is C.SUBPATTERN and bool(items[0][1][3]) and items[0][1][3][0] == (C.AT, C.AT_BOUNDARY)


@functools.lru_cache(maxsize=None)
def fast_start(pattern: re.Pattern) -> re.Pattern:
    r"""`pattern` with the characters a match can begin with tested first, the same matches: r"\b(?:plans?\s+to|met|…)"
    becomes r"\b(?=[pm…])(?:plans?\s+to|met|…)". `re` tries every alternative of a long list at each word boundary (some
    20 us for a sentence against one trigger pattern of twenty alternatives), and one set test there is a third of that.
    Only for a pattern written beginning with "\b" whose every match begins with a character of a known set (otherwise,
    or when this Python's parse tree is not as expected, the pattern itself)."""
    try:
        tree = parse_tree(pattern)
        if pattern.pattern.startswith(r"\b") and tree[0] == (C.AT, C.AT_BOUNDARY):
            head, body = r"\b", pattern.pattern[2:]
        elif (_opens_behind(list(tree)) or _opens_bounded_group(list(tree))) and not pattern.flags & re.VERBOSE \
                and not _GLOBAL_FLAGS.match(pattern.pattern):  # "(?:(?<=\b[Tt]he\s)|(?<=\bits\s)|…)(?P<y>…)": see
            head, body = "", f"(?:{pattern.pattern})"  # `_opens_behind`; "(?i:\bthe\s+week\s+of\s+)…": the test goes before
        else:
            return pattern
        found = _first_chars(tree[1:] if head else list(tree), bool(tree.state.flags & re.IGNORECASE))
        if found is None or found[1] or not found[0] or not head and len(found[0]) > 16:
            return pattern  # unknown, or a match may be empty: no test of a first character holds (and a lookbehind's
            # pattern that may begin with any capital or small letter is no faster with the test: measured on the real texts)
        plain = "".join(r"\d" if c == DIGIT else re.escape(chr(c)) for c, blind in sorted(found[0]) if not blind)
        blind = "".join(r"\d" if c == DIGIT else re.escape(chr(c)) for c, b in sorted(found[0]) if b)
        # the case-blind ones as `re` folds them (under the pattern's own flags, or in an inline group when they are not)
        if plain and pattern.flags & re.IGNORECASE:
            return pattern  # (a case-sensitive character under a case-blind pattern: not written here)
        test = "|".join(filter(None, [plain and f"[{plain}]", blind and (f"[{blind}]" if pattern.flags & re.IGNORECASE else f"(?i:[{blind}])")]))
        if head and not pattern.flags & re.VERBOSE:  # r"\bA|\bB|\bC" (parsed as "\b" before the branch of A, B, C) is
            body = f"(?:{body})"  # tested for all three, not for A alone (a verbose body may end in a comment: left as it was)
        return skipping(re.compile(rf"{head}(?={test})" + body, pattern.flags), found[0])  # (and `re` skips to them)
    except Exception:  # a private module of `re` (see `required_words`): the pattern itself, the same output
        return pattern


__all__ = ["CaseBlindGated", "Gated", "LiteralGated", "WordGate", "fast_start", "forget_article", "gated", "literal_gated",
           "fast", "matches_once", "may_hold", "may_match", "may_search", "per_article", "required_literals", "required_words",
           "second_words", "TwiceGated", "word_gate", "words_of"]
