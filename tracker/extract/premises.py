"""Premises named by their town: "at the German embassy in Vienna", "at the Arab League headquarters in Cairo",
"visited the U.S. Embassy in Stockholm", "at the headquarters of the General Secretariat in Riyadh" (round 1100).

The guideline keeps such premises whole as the venue, the most specific place the text gives ("German embassy in
Vienna", 572; "presidential office in Maputo", 775; "Ministry of Foreign Affairs in Seoul", 792; "Iranian consulate
in Istanbul", 612), while the plain "in <place>" reading took the town alone. The UN's own premises are the town's
("the U.N.'s European headquarters in Geneva" is Geneva, 564; "at UN headquarters in New York", 325; "at the UN Office
in Geneva", 417), and so is a building named without its kind of premises ("the Joint Coordination Center in
Istanbul", 905), which this reading leaves alone.
"""
from __future__ import annotations

import re

#: The kinds of premises the labels keep whole, as a cheap gate before the pattern (lower case)
_KINDS = ("embassy", "consulate", "headquarters", "office", "ministry", "chancellery", "secretariat")
#: "at / in / inside / visited the <up to three modifiers> <kind> (of the <name>)", ending right before the town's "in"
_PREMISES_BEFORE = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Ii]nside|visit(?:ed|s|ing)?)\s+the\s+"
    r"(?P<premises>(?:(?:[A-Z][\w.'’&-]*|presidential|federal|royal)\s+){0,3}"
    r"(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?|[Hh]eadquarters|[Oo]ffices?|[Mm]inistry|[Cc]hancellery|[Ss]ecretariat)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,4})?)\s+$")
#: The UN's premises (its offices are named by their town: round 456) and a possessive ("the U.N.'s European
#: headquarters", "the prime minister's office") are no premises kept whole
_NOT_WHOLE = re.compile(r"^(?:UN|U\.N\.|United\s+Nations)\b|['’]s\b")


def housed(text: str, at: int, town: tuple[str, str | None]) -> tuple[str, str | None] | None:
    """The premises the town read at `at` ("in Vienna") houses, kept whole with that town ("German embassy in
    Vienna"), when the words right before it name them; None otherwise."""
    window = text[max(0, at - 120):at]
    if not any(k in window.lower() for k in _KINDS):
        return None
    m = _PREMISES_BEFORE.search(window)
    if m is None or _NOT_WHOLE.search(m.group("premises")):
        return None
    return (f"{m.group('premises')} in {town[0]}", town[1])


__all__ = ["housed"]
