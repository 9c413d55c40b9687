"""One side meeting the mediators is a meeting, not a session of the talks (guideline, thirtieth stop, decision 3).

A session is a gathering the mediators hold for both sides. A delegation that comes "to speak with mediators", "the
lead mediators met with the group", "a meeting between the government and the mediation team" are one side's meetings
with the mediators: `meeting`s, whatever else the text calls them, and outside any round ("the fifth round was
preceded by a meeting between …" numbers no meeting). Read on the merged sessions, after the merge's own typing,
only when a sentence tells the mediators with one party; a sentence that brings both sides to the table ("indirect
talks between", "both delegations", "the two sides") keeps the session. Gated by the literal "mediat".
"""
from __future__ import annotations

import re

_MEDIATORS = r"(?:mediators?|mediation\s+(?:team|committee|panel))\b"
#: "to speak with mediators", "a meeting with EU mediators", "talks with the Qatari and Egyptian mediators"
_WITH = re.compile(rf"\b(?:meet|meets|met|meeting|speak|spoke|talk|talks|consultations?)\s+with\s+(?:the\s+)?"
                   rf"(?:[\w'’-]+\s+){{0,3}}?{_MEDIATORS}", re.I)
#: "the lead mediators met with the group", "the mediators held talks with its delegation" (not "both sides")
_MET = re.compile(rf"\b(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?mediators\s+(?:have\s+|had\s+|also\s+)?(?:met|meet|held\s+talks)"
                  rf"\s+(?:with\s+)?(?!both\b|the\s+two\b|the\s+(?:parties|sides|delegations)\b|each\b|separately\b)", re.I)
#: "a meeting … between the government of X and the … mediation team"
_BETWEEN = re.compile(rf"\bmeeting\b[^.;]{{0,60}}?\bbetween\s+(?:the\s+)?[^.;]{{1,60}}?\s+and\s+the\s+(?:[\w'’-]+\s+){{0,5}}?"
                      rf"{_MEDIATORS}", re.I)
#: both sides told at the table: a session of the talks
_BOTH = re.compile(r"\b(?:both\s+(?:sides|parties|delegations)|the\s+two\s+(?:sides|parties|delegations)|"
                   r"indirect\s+(?:talks|negotiations)\s+between|delegations\s+of\s+both)\b", re.I)


def told_with_mediators(sentence: str) -> bool:
    """Whether the sentence tells one party meeting the mediators (see the module's docstring)."""
    return "ediat" in sentence and bool(_WITH.search(sentence) or _MET.search(sentence) or _BETWEEN.search(sentence))


def mediator_meetings(events: list) -> list:
    """Make a meeting, with no round number, of each session one of whose sentences tells one party meeting the
    mediators and none of which brings both sides together."""
    for c in events:
        if c.event_type == "talk_round" and any(told_with_mediators(s) for s in c.evidence) \
                and not any(_BOTH.search(s) for s in c.evidence):
            c.event_type, c.round_number = "meeting", None
    return events
