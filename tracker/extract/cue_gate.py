"""Substrings a cue must find before its regular expression is run (round 728).

`processes.cued_process` reads every line of `gazetteer.PROCESS_CUES` over a whole article, a headline with its lead, or
an event's sentence, and a line fits only when all its cues match. Most lines do not fit, and a failed regex search
reads the whole text; with some 150 lines that was a tenth of an article's extraction. A cue that begins with a word
("\bKartarpur\b", "\b(?:Syria|Syrian)\b", "\bSri Lank") can only match where one of its words' literal beginnings is in
the text, which `str.__contains__` finds far faster than the regex engine: `necessary` gives those beginnings, and a line
is read with regexes only when each of its cues' beginnings is there. A cue that begins otherwise (a class "[Cc]ease",
a look-behind) gives none and is read by its regex alone.
"""
from __future__ import annotations

#: Characters that end a literal beginning ("\b" and other escapes are read apart)
_META = frozenset("[](){}|?*+.^$")

#: Escapes that stand for the character itself
_LITERAL_ESCAPES = frozenset(".+'’- /&")


def _prefix(alternative: str) -> str:
    """The literal beginning of one alternative of a cue ("Tamil Tiger" of "Tamil Tigers?"), '' when there is none."""
    out: list[str] = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            if i + 1 < len(alternative) and alternative[i + 1] in _LITERAL_ESCAPES:
                out.append(alternative[i + 1])
                i += 2
                continue
            break  # \b, \w, \s, \d: the literal part ends
        if ch in _META:
            if ch in "?*{" and out:
                out.pop()  # the last character is optional: not part of what must be there
            break
        out.append(ch)
        i += 1
    return "".join(out)


def _alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of a group's body, or None when the body is not plain alternatives."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or body[i - 1] != "\\"):
            depth -= 1
        elif ch == "|" and depth == 0 and (i == 0 or body[i - 1] != "\\"):
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if depth == 0 else None


def necessary(pattern: str) -> tuple[str, ...] | None:
    """Substrings one of which the text must hold for `pattern` to match, or None when the cue gives none."""
    while pattern.startswith("\\b"):
        pattern = pattern[2:]
    if pattern.startswith("(?:"):
        depth, end = 0, None
        for i, ch in enumerate(pattern):
            if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
                depth += 1
            elif ch == ")" and pattern[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        if end is None or pattern[end + 1:end + 2] in ("?", "*", "{"):
            return None  # an optional group: nothing is necessary
        alternatives = _alternatives(pattern[3:end])
        if alternatives is None:
            return None
        prefixes = tuple(_prefix(a) for a in alternatives)
        return prefixes if all(prefixes) else None
    prefix = _prefix(pattern)
    return (prefix,) if prefix else None


def may_match(prefixes: tuple[str, ...] | None, text: str) -> bool:
    """Whether the text holds one of a cue's necessary substrings (always, for a cue that gives none)."""
    return prefixes is None or any(p in text for p in prefixes)


__all__ = ["may_match", "necessary"]
