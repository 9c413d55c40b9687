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
from tracker.extract.heads_assemblies import HEADS_AFTER

#: An arrival told in the progressive or with its day before the town (round 694): "who will be arriving in Athens on
#: Thursday", "is arriving in Lima on Monday for a state visit", "arrived on Tuesday in Santiago", "landed late on
#: Saturday in Sanaa". The visit verbs read "arrived in", "will arrive in" and "landed in" only: a visit, as they are.
_DAY = r"(?:(?:on|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
ARRIVALS = [("visit", False, r"\b(?:(?:is|are|was|were|(?:will|would)\s+be)\s+(?:also\s+)?arriving|arrived|arrives|landed|lands)\s+"
                             r"(?:(?:late|early)\s+)?(?:" + _DAY + r"|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}|yesterday|today|"
                             r"this\s+(?:morning|afternoon|evening)|(?<=arriving\s))\s*,?\s*in(?=\s+(?:the\s+)?[A-Z])"
                             r"(?![^.;⟦]{0,60}?\b(?:to\s+(?:meet|negotiate|hold\s+talks|resume\s+talks)|"  # a delegation that
                             r"for\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations))\b)")]  # comes for talks: the talks


#: An arrival told with a gathering as its purpose is that gathering (round 870; docs/extraction.md, "Types": arrivals
#: of delegations for talks belong to the talks): "arrived in Geneva on Saturday to take part in the seventh session",
#: "landed in Nairobi to attend the ministerial meeting", "flew to Lima for the summit of the bloc", "have arrived in X
#: to continue talks", "arrived ahead of the talks". The gathering's noun gives the type, as `triggers.HELD`'s does. Not
#: a gathering "with" someone ("for a meeting with the president": the traveller calling on a host, a visit), nor one
#: told with its own time ("for the talks scheduled for Wednesday", "for the summit on Monday": that gathering is an
#: event of its own, and the arrival a visit before it).
_GO = (r"\b(?:arrived|arrives|arriving|(?:will|to|would)\s+(?:also\s+)?arrive|landed|lands|flew|flies|travell?ed|travels|"
       r"travell?ing|(?:will|to|would)\s+(?:also\s+)?(?:fly|travel))")
_WHERE = r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][^.;⟦]{0,70}?"
_FOR = (r"\b(?:(?:in\s+order\s+)?to\s+(?:attend|participate\s+in|take\s+part\s+in|join|continue|resume|open)|for|ahead\s+of)"
        r"\s+(?:(?!(?:to|with|and|after|before|where|which|who)\b)[\w'’-]+\s+){0,6}?")
_NOT_OWN = (r"s?\b(?!\s+(?:with|scheduled|set|due|planned|slated|expected|starting|beginning|opening|to\s+be|which|that|"
            r"on\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|"
            r"next|later|this|in\s+(?:the\s+)?(?:coming|next))\b)")


def _gathering(nouns: str) -> re.Pattern:
    return re.compile(_GO + _WHERE + _FOR + r"(?:" + nouns + r")" + _NOT_OWN)


ARRIVALS_FOR = [("summit", _gathering(r"(?i:summit)|(?:leaders['’]|Leaders['’]?)\s+(?i:meeting|session|conference)|"  # heads' (round 871)
                                      r"(?i:meeting|session|conference|council)" + HEADS_AFTER.pattern)),
                ("meeting", _gathering(r"(?i:meeting|conference|forum|consultations|congress)")),
                ("talk_round", _gathering(r"(?i:round|session|sitting|talks|negotiations|dialogue)"))]
_GO_WORDS = re.compile(r"arriv|landed|lands|flew|flies|fly|travel")
_GATHERINGS = ("summit", "meeting", "talk_round")


def gatherings_arrived_for(events: list[Candidate]) -> list[Candidate]:
    """Each visit left after merging (no talks of the article took it in) whose sentence tells an arrival for a gathering
    becomes that gathering, of the type its noun gives (round 870)."""
    taken: set[int] = set()
    for c in events:
        if c.event_type != "visit" or not c.evidence or not _GO_WORDS.search(c.evidence[0]):
            continue
        c.event_type = next((kind for kind, pattern in ARRIVALS_FOR if pattern.search(c.evidence[0])), "visit")
        if c.event_type != "visit":  # the town's state hosts the gathering, it takes no part in it (as `merging` does
            c.actors = {k: role for k, role in c.actors.items() if role != "host"}  # for an arrival folded into talks)
        twin = next((e for e in events if e is not c and id(e) not in taken and e.first is None and e.event_type in _GATHERINGS
                     and c.evidence[0] in e.evidence), None) if c.event_type != "visit" else None
        if twin is not None:  # "… to take part in the fourth round": the round its sentence numbers, undated, is this one
            taken.add(id(twin))
            c.event_type = twin.event_type if twin.round_number else c.event_type
            c.round_number = c.round_number or twin.round_number
            for key, role in twin.actors.items():
                c.actors.setdefault(key, role)
    return [c for c in events if id(c) not in taken]


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


__all__ = ["ARRIVALS", "ARRIVALS_FOR", "fold_told_arrivals", "gatherings_arrived_for"]
