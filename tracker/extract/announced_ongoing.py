"""An announcement of talks under way or in preparation, and the future-in-the-past of Spanish and French (round 1093).

A speaker's "announced" stays an `announcement` only when the words make a future event known (a future verb, a
gathering as its object, a passive "was announced"); else it is read as a `statement`. Two phrasings that make talks
known were missed: the progressive of talks under way or being prepared ("X, Y and Z announced that indirect talks were
being held", "the government and the guerrilla announced today that they are working towards formal peace
negotiations"), which the dev labels make announcements, and the conditional that reports a future in a past story in
Spanish and French ("anunció que el país albergaría las negociaciones", "a annoncé que les délégations se
réuniraient"), which English tells with "would" (already read as future).
"""
from __future__ import annotations

import re

#: The progressive of talks being held or prepared, in the clause after "announced (that)"
_ONGOING = re.compile(r"\s+(?:(?:on\s+|late\s+on\s+)?\w+\s+)?(?:that\s+|que\s+)?[^.;:⟦]{0,80}?\b(?:is|are|was|were)\s+(?:now\s+)?"
                      r"(?:being\s+(?:held|prepared|organi[sz]ed|arranged)|under\s*way|working\s+(?:towards?|on)\s+(?:a\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue|meeting|summit|agreement|accord|deal)|preparing\s+(?:a|an|the|for)\b)",
                      re.I)
#: A Spanish or French conditional in the clause after "announced that": "albergaría", "se reunirían", "accueillerait"
_CONDITIONAL = re.compile(r"\s+(?:[^.;:⟦]{0,40}?\s)?(?:que|qu['’])\s*[^.;:⟦]{0,80}?\b(?!secretar[ií]a\b)\w+(?:ar|er|ir|dr|br|h)[ií]an?\b"
                          r"|\s+(?:[^.;:⟦]{0,40}?\s)?(?:que|qu['’])\s*[^.;:⟦]{0,80}?\b(?!(?:por|re|ex|at)?trait)\w+raient?\b", re.I)


def announces_ongoing(text: str, end: int) -> bool:
    """True when the words after the speech verb ending at `end` of `text` make talks under way, in preparation, or to
    come (by a Romance conditional) known."""
    return bool(_ONGOING.match(text, end) or _CONDITIONAL.match(text, end))


__all__ = ["announces_ongoing"]
