"""A meeting with heads of state named as a group after its verb is a summit (docs/extraction.md, "Types": `summit`
when heads of state or government meet; round 268).

"Putin hosted the leaders of Armenia and Azerbaijan for talks in Moscow", "X received the presidents of Kenya and
Uganda", "Macron met the heads of state of the Sahel countries": the leaders are named by their office, as a group,
after the verb, so neither the title of each person (`assemble._HEAD_TITLE`) nor a leaders' subject before the verb
(`clauses._LEADERS_MEET`, `clauses._LEADERS_HELD`) says it. Only a meeting is changed; a numbered round stays a round.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_LEADERS_AFTER = re.compile(r"\b(?:hosted|hosts|received|receives|welcomed|met|meets|(?:will|to|would)\s+(?:host|receive|meet)|"
                            r"held\s+(?:\w+\s+)?talks\s+with|met\s+with)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?"
                            r"(?:leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\b")


#: The chair of a collective presidency is a head of state (round 356): "Chairman of Sudan's Sovereign Council X",
#: "the head of Libya's Presidential Council, X", "Chairman of the Presidency of Bosnia and Herzegovina X"; the roster
#: keeps the title as "chairman" or "head", which names the chair of any committee as well, so the council is read here
COUNCIL_CHAIR = re.compile(r"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Hh]ead|[Pp]resident)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+|"
                           r"[A-Z][\w-]*\s+)?(?:Sovereign(?:ty)?|Presidential|Transitional\s+Sovereign)\s+Council\b|"
                           r"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair)\s+of\s+the\s+Presidency\b")


def council_heads(c: Candidate, titles: dict[str, str]) -> list[str]:
    """The actors of `c` titled chairman or head whose sentence names them the chair of a collective presidency."""
    if not c.evidence or ("Council" not in c.evidence[0] and "Presidency" not in c.evidence[0]) \
            or not COUNCIL_CHAIR.search(c.evidence[0]):
        return []
    return [k for k in c.actors if titles.get(k, "").lower() in ("chairman", "chairwoman", "chair", "head")]


def leaders_met(events: list[Candidate]) -> list[Candidate]:
    """Make a summit of each meeting whose sentence says the leaders of several states were hosted or met."""
    for c in events:
        if c.event_type == "meeting" and c.evidence and any(w in c.evidence[0] for w in ("leaders", "presidents", "heads")) \
                and _LEADERS_AFTER.search(c.evidence[0]):
            c.event_type = "summit"
    return events


__all__ = ["COUNCIL_CHAIR", "council_heads", "leaders_met"]
