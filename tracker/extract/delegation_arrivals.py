"""A negotiating side's delegation arriving where its talks are held is those talks (round 1186).

The guideline gives a delegation's arrival for talks to the talks (docs/extraction.md, "Types": "Arrivals of delegations
for talks belong to the talks", and the twenty-fifth stop's decision 1). `talks_trips` reads a trip whose sentence gives
the talks as its purpose; the wire often tells a side's delegation or negotiating team arriving or leaving with no
purpose in its clause, in a story of its process's talks: "The rebels' negotiating team, headed by X, arrived in Addis
Ababa on Sunday", "Kinshasa's delegation lands in Luanda", "the government delegation will leave for Arusha on Monday".
A delegation (not a minister or a head, whose trip is often a visit with talks among other calls) arriving in a story of
a negotiating process (not a conference series) is there for that process's talks: it folds into the talks of its
process held in the three days from it (`talks_trips.went_to`), else it is their session. Not a trip told as a visit
("on an official visit", "a three-day trip"), nor one made to call on someone ("received by King X", "to meet the
president"): a host receiving visitors.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.talks_trips import join_talks, went_to

#: a side's delegation, negotiating team or negotiators as the subject of an arrival or departure, with at most who
#: leads it and an aside between: "The X negotiating team headed by Y arrived in", "Kinshasa's delegation lands in",
#: "the delegation is set to arrive in", "the delegation will leave for"
_ARRIVED = re.compile(
    r"\b(?:delegation|delegations|negotiat(?:ing|ion)\s+teams?|negotiators|d[ée]l[ée]gation|delegaci[óo]n)\b"
    r"(?:\s+(?:of|from|du|de\s+la|des|del|de)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"  # "délégation du gouvernement"
    r"(?:\s*,?\s+(?:led|headed)\s+by\s+[^,.;:]{1,60}?)?(?:\s*,[^,.;:]{1,80},)?"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:is|are|was|were|will\s+be)\s+(?:(?:set|due|expected|scheduled)\s+to\s+arrive|arriving)|"
    r"arrived|arrives|landed|lands|will\s+arrive|(?:will|is\s+to|are\s+to)\s+(?:depart|leave)\s+for|departed\s+for|left\s+for|"
    r"head(?:s|ed)?\s+(?:to|for)|est\s+arriv[ée]e|lleg[óo])\b", re.I)
#: the trip told as a visit, or made to call on someone: a visit stays one
_VISIT = re.compile(r"\b(?:visit|visits|visiting|trip|tour|visite|visita)\b|\breceived\s+by\b"
                    r"|\b(?:to|will)\s+(?:meet|call\s+on|be\s+received)\b", re.I)


def side_arrival(text: str) -> bool:
    """Whether `text` tells a side's delegation, negotiating team or negotiators arriving or leaving, not as a visit."""
    low = text.lower()
    if not any(word in low for word in ("deleg", "délég", "negotia")):  # the literal gate before the pattern
        return False
    return bool(_ARRIVED.search(text)) and not _VISIT.search(text)


def sessions_arrived_for(events: list[Candidate], roster: Roster, conferences: frozenset[str]) -> list[Candidate]:
    """Each visit that is a side's delegation arriving, in a story of a negotiating process, folds into the talks of
    that process it came to, else becomes their session (without the town's state, which hosts)."""
    drop: set[int] = set()
    for c in events:
        if c.event_type != "visit" or c.process is None or not c.evidence or c.halted \
                or roster.lexicon.processes[c.process].name in conferences or not side_arrival(c.evidence[0]):
            continue
        talks = went_to(c, events, drop)
        if talks is not None and talks.event_type != "visit":
            join_talks(talks, c, roster)
            drop.add(id(c))
            continue
        c.event_type = "talk_round"
        c.actors = {k: role for k, role in c.actors.items() if role != "host"}
    return [c for c in events if id(c) not in drop]


__all__ = ["sessions_arrived_for", "side_arrival"]
