"""The plenary and working-group sessions of a round are that round, not meetings of their own.

"On November 22, X and Y co-chaired the 14th round of consultations … The two sides held a plenary meeting and three
working group meetings": the second sentence tells how the round was held (docs/extraction.md, "Types": a round is
one event however many sessions it has). An undated meeting that names such sessions, told just after a dated round,
joins that round instead of taking its day as a meeting of its own (round 1048, where dating the round by its
sentence's opening date would otherwise have dated these sessions as two spurious meetings).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

#: The sessions a round is held in: "a plenary meeting", "three working group meetings", "the plenary session"
_SESSIONS = gated(re.compile(r"\b(?:plenary\s+(?:meeting|session)s?|working[- ]groups?\s+(?:meeting|session)s?|"
                             r"(?:meeting|session)s?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?working\s+groups?)\b", re.I))


def session_of_round(c: Candidate, source: Candidate) -> bool:
    """Whether undated meeting `c`, told after the dated round `source`, names the round's sessions."""
    if c.event_type != "meeting" or source.event_type != "talk_round" or c.future or source.future:
        return False
    return bool(c.evidence) and _SESSIONS.search(c.evidence[0]) is not None
