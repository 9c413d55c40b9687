"""A pattern that `re` searches by skipping to the characters its matches can begin with.

`re` skips through a text to a match's possible first characters only when it reads them from the pattern's first node
(a literal, a set); a pattern that opens with "\\b" or a lookahead, as every pattern `prefilter.fast_start` writes does
(r"\\b(?=[pm…])(?:plans?\\s+to|met|…)"), is tried at every position of the text, each try a call into the matching engine.
`skipping` compiles such a pattern with the set `fast_start` found written into the head of its compiled code, where `re`
itself keeps such a set: the engine then tries only the positions holding one of them. Every match begins with one of
them already (the lookahead says so), so the matches are the same; only the positions no match can start at are passed.
"""
from __future__ import annotations

import re
from re import _compiler as K  # noqa: N812  (Python 3.11+, as pyproject.toml requires)
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

import _sre

#: Any character outside ASCII: a case-blind first letter may be written in another script's letter that `re` folds to
#: it ("K", the Kelvin sign, for "k"; "ſ" for "s"), so the set holds them all (more positions tried, never fewer)
_BEYOND_ASCII = (C.RANGE, (0x80, 0x10FFFF))


def skipping(pattern: re.Pattern, first: set[tuple[int, bool]]) -> re.Pattern:
    """`pattern`, whose every match begins with a character of `first` ((code point, case-blind) pairs, as
    `prefilter._first_chars` gives them), compiled to skip to those characters; the pattern itself when its code already
    has such a head, a match may be empty (`re` keeps no set then), or this Python's compiler is not as expected."""
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        code = K._code(tree, flags)
        if code[0] != C.INFO or code[2] != 0 or code[3] < 1:
            return pattern  # a prefix or set of `re`'s own, or a match that may be empty: left as compiled
        chars = set()
        for point, blind in first:
            if point < 0:  # `prefilter.DIGIT`, "\d": the ASCII digits (beside it in `first`) and the digits beyond ASCII
                chars.add(_BEYOND_ASCII)
            elif not blind:
                chars.add((C.LITERAL, point))
            elif point < 0x80:  # an ASCII letter matches its other case too, and the letters beyond ASCII folding to it
                chars |= {(C.LITERAL, ord(chr(point).lower())), (C.LITERAL, ord(chr(point).upper())), _BEYOND_ASCII}
            else:
                chars.add(_BEYOND_ASCII)
        charset, _ = K._optimize_charset(sorted(chars))
        head = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
        K._compile_charset(charset, flags & ~re.IGNORECASE, head)  # (the characters as they stand in the text)
        head[1] = len(head) - 1
        names = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            names[index] = name
        return _sre.compile(pattern.pattern, flags, head + code[1 + code[1]:], tree.state.groups - 1,
                            tree.state.groupdict, tuple(names))
    except Exception:  # a private module of `re` changed: the pattern as compiled, the same matches
        return pattern


__all__ = ["skipping"]
