"""A gathering told as being prepared makes the words that tell it an announcement (round 822).

The guideline (docs/extraction.md, "Types"): speech is an `announcement` when it makes a future event known, "a date, a
venue, 'is being prepared'". The speech rules read a future event from a dated or placed trigger, a future verb in a
quote with a time word, or a few planning verbs before the speech verb; a meeting told as in preparation, with no day
and no place ("a meeting of the leaders is being prepared, the Kremlin said", "Ankara is arranging a meeting of the two
ministers", "preparations are under way for the next summit") left the words a statement. News English tells such a
gathering in three ways, each read here: the gathering as the subject of a passive of preparing ("is being prepared /
arranged / organised / planned / worked out"), a progressive verb of preparing with the gathering as its object ("are
preparing a summit", "is organising the next round"; not "preparing for talks", which tells a party's readiness, and
not "preparing the ground"), and "preparations (are under way / have begun) for" a gathering.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

_GATHERING = r"(?:meeting|meetings|talks|summit|round|session|visit|negotiations|consultations|conference|trip)"
_DET = r"(?:a|an|the|another|their|its|his|her|this|next|new|our)"
#: Up to three words of the gathering's own phrase ("a new round", "the next high-level meeting"), none that makes the
#: gathering the goal of something else prepared ("the ground for talks", "the agenda of the summit")
_MODIFIERS = r"(?:(?!(?:for|of|to|on|ground|groundwork|basis|way|agenda|draft|documents?|papers?)\b)[\w'’-]+\s+){0,3}?"
PREPARED = gated(re.compile(
    r"\b" + _GATHERING + r"\b[^.;:⟦]{0,60}?\b(?:is|are|was|were)\s+(?:(?:now|already|also|currently|still)\s+)?being\s+"
    r"(?:prepared|arranged|organi[sz]ed|planned|worked\s+out)\b"
    r"|\b(?:is|are|was|were|am)\s+(?:(?:now|already|also|currently|still|actively|potentially|jointly)\s+){0,2}"
    r"(?:preparing|arranging|organi[sz]ing|planning)\s+" + _DET + r"\s+" + _MODIFIERS + _GATHERING + r"\b"
    r"|\bpreparations\s+(?:(?:are|were)\s+(?:now\s+|already\s+)?(?:under\s*way|ongoing)|(?:have|had)\s+(?:already\s+)?"
    r"(?:begun|started)|began|started)\s+for\s+" + _DET + r"\s+" + _MODIFIERS + _GATHERING + r"\b", re.I))


def prepared(text: str) -> bool:
    """True when `text` tells a gathering as being prepared."""
    return PREPARED.search(text) is not None


__all__ = ["PREPARED", "prepared"]
