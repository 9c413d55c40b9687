"""Speech under negation reports no act (round 1040).

"The ministry has not confirmed the visit", "Neither Riyadh nor Tehran has publicly confirmed the talks", "the envoy
did not say when": news English tells by these that no one spoke, yet the speech verbs were read as a statement (or an
announcement) of the subject's, dated by the page. Verbs of other acts already drop under negation
(`clauses._NEGATED`, read in `events.unit_candidates`); speech was let through there because a negated verb of
refusal still says something ("did not rule out talks", "has not denied the report"), which stays.
"""
from __future__ import annotations

import re

#: The auxiliary and negation just before the verb: "has not", "did n't", "have never", "has not yet publicly"
_NOT_BEFORE = re.compile(r"\b(?:(?:has|have|had|did|does|do)\s*(?:not|n['’]t)|never)\s+(?:(?:yet|publicly|officially|"
                         r"formally|immediately|so\s+far|also)\s+){0,2}$", re.I)
#: "Neither X nor Y has (publicly) confirmed": the pair's verb, negated by its subject
_NEITHER_BEFORE = re.compile(r"\bNeither\b[^.;:]{1,80}?\bnor\b[^.;:]{1,80}?\b(?:has|have|had)\s+(?:(?:yet|publicly|officially|"
                             r"formally|so\s+far)\s+){0,2}$")
#: A negated verb of refusal or denial still tells a position: "did not rule out", "has not denied", "never hid"
_REFUSAL = re.compile(r"(?:rul|den|hid|exclud|reject|hesitat|oppos)", re.I)


def negated_speech(text: str, start: int, verb: str) -> bool:
    """True when the speech verb `verb` at `start` in `text` is negated ("has not confirmed", "Neither X nor Y has
    said"), so it reports no act; a negated refusal ("did not rule out") is still speech."""
    before = text[max(0, start - 200):start]
    tail = before[-40:]
    if "not" not in tail and "n't" not in tail and "n’t" not in tail and "never" not in tail and "Neither" not in before:
        return False  # a cheap literal gate: most speech verbs stand under no negation
    if _REFUSAL.match(verb):
        return False
    return _NOT_BEFORE.search(tail) is not None or ("Neither" in before and _NEITHER_BEFORE.search(before) is not None)
