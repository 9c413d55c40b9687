"""Talks about a process's talks are a meeting (round 480); gatherings held in talks are sessions of them (482).

The guideline's `talk_round` is a session of a process's standing negotiations between its delegations; its `meeting`
is officials meeting outside such a series. Wire copy often tells a meeting whose subject is the negotiations
themselves: "X and the Saudi envoy held talks on the resumption of the Jeddah talks", "the EU coordinator and Iran's
negotiator held talks in Tehran over the Vienna negotiations", "exchanged views on the remaining issues in the
negotiations". The process is right (the talks are its subject) but the gathering is not one of its sessions: the
talks are what it is about. A round told by its number or as a round or session keeps its type.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_MONTHS_DAYS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                r"August|September|October|November|December|\d)")
#: a gathering word, then within the clause a word of subject ("on", "over", "to discuss") whose object is talks:
#: "held talks on the resumption of the talks", "over the Vienna negotiations", "views on the issues in the negotiations"
_ABOUT_TALKS = re.compile(
    r"\b(?:talks|discussions|consultations|meeting|met|views)\b[^.;:]{0,80}?"
    r"\b(?:over|on|about|regarding|concerning|to\s+discuss|discussed)\s+(?!" + _MONTHS_DAYS + r")(?:the\s+)?"
    r"(?:(?:resumption|revival|restart|future|progress|course|outcome|results?)\s+of\s+(?:the\s+)?"
    r"|(?:resuming|reviving|restarting|relaunching)\s+(?:the\s+)?"
    r"|(?:[\w'’-]+\s+){0,12}?(?:issues|developments|questions|matters|points|stage|state)\s+(?:in|of|at)\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:talks|negotiations)\b")
#: the gathering told as taking place in the talks: "At talks in Istanbul, …", "met in Sweden in talks which …", "agreed
#: to meet again in August to open the next phase of the talks" (round 482); not "the fifth day of the round of talks"
_IN_TALKS = re.compile(r"(?:\b[Aa]t|\bin|\bphase\s+of)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:peace|direct|indirect|new|"
                       r"ongoing|current)\s+)?(?:talks|negotiations)\b")
_ROUND = re.compile(r"\b(?:round|rounds|session|sessions)\b", re.I)


def talks_about_talks(c: Candidate) -> bool:
    """Whether `c`, a talk round, is told as talks whose subject is the process's talks (then it is a meeting)."""
    return c.event_type == "talk_round" and not c.round_number and not c.reference and bool(c.evidence) \
        and not _ROUND.search(c.evidence[0]) and bool(_ABOUT_TALKS.search(c.evidence[0]))


def in_talks(clause: str) -> bool:
    """Whether the event's `clause` tells the gathering as held in or as part of talks (round 482)."""
    return bool(_IN_TALKS.search(clause))


__all__ = ["in_talks", "talks_about_talks"]
