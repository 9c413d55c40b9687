"""Sessions of a standing joint commission of the warring sides are talk rounds (rounds 353, 481).

The guideline's `talk_round` is "a session of a process's standing negotiations between delegations, numbered or
not", with "Constitutional Committee sessions" and "Trilateral Contact Group meetings" among its examples. A joint
military commission (Libya's 5+5 Joint Military Commission: five officers from each side) is such a body: its
meetings are sessions of standing talks between two delegations, whatever process the article files it under
("The Joint Military Commission held a meeting in Sirte on Tuesday", "invited the commission to convene again in
Geneva on February 18"). Only a meeting whose sentence has the commission as the body that meets is changed: a
meeting with some of its members ("met members of the commission") stays a meeting.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.commission_meetings import commission_meeting

_BODY = (r"(?:(?:5\s*\+\s*5\s+)?[Jj]oint\s+[Mm]ilitary\s+[Cc]ommi(?:ssion|ttee)"
         r"|5\s*\+\s*5\s+(?:military\s+)?[Cc]ommi(?:ssion|ttee))")
#: its meeting verb or noun: "held", "met", "will convene", "at the end of its meeting" (round 481)
_MEETS = (r"(?:held|holds|hold|met|meets|meet|convened|convenes|convene|gathered|(?:will|to|would)\s+(?:meet|convene|hold)"
          r"|(?:\w+\s+){0,2}?(?:at|after|during|in)\s+(?:the\s+(?:end|close|start|opening)\s+of\s+)?its\s+(?:\w+\s+)?meeting)\b")
#: The commission as the body that meets: its name, then within a few words a verb or noun of meeting that is its own
_BODY_MEETS = re.compile(r"\b" + _BODY + r"(?:\s+\([^()]{1,12}\))?(?:,[^,;⟦]{1,120},)?\s+(?:\w+\s+){0,2}?" + _MEETS)
#: the body named again as "the commission" / "the committee" / "the JMC" in an article that names it (round 481)
_AGAIN_MEETS = re.compile(r"\b[Tt]he\s+(?:[Cc]ommission|[Cc]ommittee|JMC)\s+(?:\w+\s+){0,2}?" + _MEETS)
_NAMED = re.compile(r"\b" + _BODY)
_MEMBERS_OF = re.compile(r"\b(?:members|member|representatives|head|chief|officers)\s+of\s+(?:the\s+)?(?:Libyan\s+|Libya['’]s\s+)?"
                         r"(?:5\s*\+\s*5\s+)?[Jj]oint\s+[Mm]ilitary", re.I)


def commission_sessions(events: list[Candidate], texts: list[str] = ()) -> list[Candidate]:
    """Make a talk round of each meeting whose sentence has a joint military commission meeting as a body.

    With `texts` (the article's), "the commission met" in an article that names such a commission is it as well. A
    meeting of any joint, border or bilateral commission, committee or mechanism is one too (round 1281).
    """
    named = any("ommi" in t and _NAMED.search(t) for t in texts)
    for c in events:
        if commission_meeting(c):
            c.event_type = "talk_round"  # "a meeting of the Joint Commission of …", "the Border Committee Meeting"
            continue  # (round 1281)
        if c.event_type != "meeting" or not c.evidence or not ("ommi" in c.evidence[0] or "JMC" in c.evidence[0]) \
                or _MEMBERS_OF.search(c.evidence[0]):
            continue
        if _BODY_MEETS.search(c.evidence[0]) or named and _AGAIN_MEETS.search(c.evidence[0]):
            c.event_type = "talk_round"
    return events


__all__ = ["commission_sessions"]
