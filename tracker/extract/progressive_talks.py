"""Talks told in the past progressive over the days just gone are a round of talks (round 693).

"For the past four days, the army and rebel commanders were discussing how to implement the deal in Nairobi", "The
delegations were negotiating in Doha over the past three days": the sentence reports talks that ran over those days, but
"were discussing" and "were negotiating" are no trigger (alone they tell background: "they were discussing the issue
when …"). With the span of the days just gone in the same sentence ("for / over / in / during the past / last N days",
which `dates.find_dates` reads as the N days ending on publication), the progressive of a verb of talks is the talks.
"""
from __future__ import annotations

import re

#: The span of the days just gone: "For the past four days", "over the last two days"
_DAYS_GONE = re.compile(r"\b(?:for|over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?days\b", re.I)
#: A verb of talks in the past progressive (or the present perfect progressive the meeting verbs do not read)
_PROGRESSIVE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:also|still)\s+)?(?:negotiating|discussing|holding\s+(?:talks|negotiations|"
                          r"consultations)|in\s+talks|engaged\s+in\s+(?:talks|negotiations))\b")


def progressive_talks(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """The progressive verbs of talks that report talks over the days just gone, where no span of `taken` (the triggers
    already found) covers them."""
    if " days" not in text or not _DAYS_GONE.search(text):
        return []
    out = []
    for m in _PROGRESSIVE.finditer(text):
        if not any(m.start() < end and start < m.end() for start, end in taken):
            out.append(m)
    return out


__all__ = ["progressive_talks"]
