"""A national Red Cross society is not the International Committee of the Red Cross (round 1115).

Why: the lexicon reads a bare "Red Cross" as the ICRC, which is right for "the Red Cross facilitated the exchange of
prisoners", but wire copy on talks between two states' own Red Cross societies ("the South Korean Red Cross", "the
Red Cross of the Republic of Korea", "through their Red Cross offices", "agreed to hold Red Cross talks") names a
national society, and the ICRC became an extra actor of those talks (the guideline lists the ICRC only where the
article gives it a part). A bare "Red Cross" owned by a state word, a possessive, or "of <State>", or naming a kind of
talks or an office, is a national society: no actor here. The full name and "ICRC" are never touched.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.lexicon import Mention

#: What a national society's name may be followed by: its state, or a word that makes it a kind of talks or office
_AFTER = re.compile(r"\s+(?:societ(?:y|ies)\b|talks\b|dialogue\b|negotiations\b|offices?\b|of\s+(?:the\s+)?[A-Z])")
#: A possessive or plural owner right before the name: "their Red Cross", "the two Koreas' Red Cross"
_OWNER = re.compile(r"(?:\b(?:their|its|national|respective)|['’]s?)\s+$", re.I)


def without_national_societies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` of `text` without the bare "Red Cross" that names a state's own society."""
    return [m for m in mentions if not national_society(text, m, mentions)]


def national_society(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the bare "Red Cross" mention `m` names a state's own society rather than the ICRC."""
    if m.text != "Red Cross" or m.role != "actor":
        return False
    before = text[max(0, m.start - 30):m.start]
    owned = any(x.end == m.start - 1 and x.role in ("adjective", "actor") and x is not m for x in mentions)
    return owned or bool(_OWNER.search(before)) or bool(_AFTER.match(text, m.end))


__all__ = ["national_society", "without_national_societies"]
