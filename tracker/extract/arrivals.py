"""Arrivals the visit verbs did not read, which are visits all the same (round 694).

"Turkish President X, who will be arriving in Athens on Thursday …", "The Chilean president is arriving in Lima on Monday
for a state visit", "The envoys arrived on Tuesday in Santiago": `triggers`' visit verbs read "arrived in", "arrives in",
"will arrive in" and "landed in", the town right after the verb, so the progressive ("is / will be arriving in") and an
arrival whose day stands between the verb and the town gave no visit (the guideline types an arrival to a state a
`visit`, docs/extraction.md, "Types"), unless it is said to be for talks ("arrived on Saturday in Mexico City to meet
…": the guideline gives a delegation's arrival for talks to the talks).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: An arrival told in the progressive or with its day before the town (round 694): "who will be arriving in Athens on
#: Thursday", "is arriving in Lima on Monday for a state visit", "arrived on Tuesday in Santiago", "landed late on
#: Saturday in Sanaa". The visit verbs read "arrived in", "will arrive in" and "landed in" only: a visit, as they are.
_DAY = r"(?:(?:on|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
ARRIVALS = [("visit", False, r"\b(?:(?:is|are|was|were|(?:will|would)\s+be)\s+(?:also\s+)?arriving|arrived|arrives|landed|lands)\s+"
                             r"(?:(?:late|early)\s+)?(?:" + _DAY + r"|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}|yesterday|today|"
                             r"this\s+(?:morning|afternoon|evening)|(?<=arriving\s))\s*,?\s*in(?=\s+(?:the\s+)?[A-Z])"
                             r"(?![^.;⟦]{0,60}?\b(?:to\s+(?:meet|negotiate|hold\s+talks|resume\s+talks)|"  # a delegation that
                             r"for\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations))\b)")]  # comes for talks: the talks


#: The visitors' arrival told in a relative clause with its day and no town: "The envoys, who landed late on Saturday,
#: will meet …" (round 696)
_TOLD_ARRIVAL = re.compile(r"(?<=,\s)who\s+(?:had\s+)?(?:arrived|landed)\s+(?:(?:late|early)\s+)?(?:" + _DAY + r"|yesterday|today)\s*,")
ARRIVALS.append(("visit", False, r"(?<=,\s)who\s+(?:had\s+)?(?:arrived|landed)(?=\s+(?:(?:late|early)\s+)?(?:" + _DAY
                 + r"|yesterday|today)\s*,)"))


def fold_told_arrivals(events: list[Candidate]) -> list[Candidate]:
    """Each arrival told again in a relative clause with its day ("The envoys, who landed late on Saturday, …") folds
    into the undated visit told just before ("Saudi and Omani delegations arrived in Sanaa, media said on Sunday"),
    which takes its day: one arrival told twice. With no such visit before it, the told arrival is dropped."""
    out: list[Candidate] = []
    for c in events:
        told = c.event_type == "visit" and c.first is not None and c.evidence and "who " in c.evidence[0] \
            and _TOLD_ARRIVAL.search(c.evidence[0])
        target = next((m for m in reversed(out) if m.event_type == "visit" and m.first is None
                       and 0 <= c.paragraph - m.paragraph <= 2), None) if told else None
        if target is None:
            if not told:  # a told arrival with no visit before it names no town: nothing to record (the day goes to
                out.append(c)  # no other event of its sentence either, as before this round)
            continue
        target.first, target.last, target.precision, target.dated_by = c.first, c.last, c.precision, c.dated_by
        target.evidence += [e for e in c.evidence if e not in target.evidence]
    return out


__all__ = ["ARRIVALS", "fold_told_arrivals"]
