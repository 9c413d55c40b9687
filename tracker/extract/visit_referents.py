"""A meeting whose own sentence places it inside "the visit" belongs to that visit (round 770).

"The minister began a two-day visit to Lima on Monday. During the visit, he met the president." The second sentence
names no visit of its own: "the visit", "his trip", "started his visit by meeting" refer back to the one the article
tells. The guideline files meetings held during a visit under the visit unless the text dates them apart
(docs/extraction.md, "Types"); round 442 (`visit_meetings`) folds a meeting told in the visit's own sentence ("during
which"), this one a meeting told in a sentence of its own that refers to the visit by a definite phrase. It folds only
when the article tells one visit that shares a participant with the meeting, and only when the meeting's days fall
within the visit's (or either is undated): "during his visit to Quito last year, he met …" is a visit of its own.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.visit_meetings import join_visit, within_visit

#: A definite visit as the frame of the clause: "during the visit", "in the course of his trip", "on the second day of
#: her tour", "as part of the visit", "started his visit by meeting", "wrapped up the trip with talks"
_IN_THE_VISIT = re.compile(r"\b(?:(?:during|throughout|in\s+the\s+course\s+of|as\s+part\s+of|on\s+the\s+(?:[\w-]+\s+)?(?:day|leg)\s+of)"
                           r"\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b(?!\s+to\b)"
                           r"|\b(?:start(?:ed|s)?|beg(?:an|ins?)|open(?:ed|s)?|end(?:ed|s)?|conclud(?:ed|es)|wrap(?:ped|s)\s+up)\s+"
                           r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:by|with)\b)", re.I)
_GATHERINGS = ("meeting", "talk_round", "summit")


def fold_visit_referents(events: list[Candidate]) -> list[Candidate]:
    """Fold each meeting whose sentence places it in "the visit" into the article's one visit that shares a participant."""
    visits = [v for v in events if v.event_type == "visit"]
    if not visits:
        return events
    folded: set[int] = set()
    for m in events:
        if m.event_type not in _GATHERINGS or m.round_number or not m.evidence or not _IN_THE_VISIT.search(m.evidence[0]):
            continue
        hosts = [v for v in visits if v.future == m.future and set(v.actors) & set(m.actors)
                 and (within_visit(m, v) or m.first == v.first)]  # begun the same day: the visit's own meeting
        if len(hosts) != 1:  # no visit, or two: which one the sentence means is not told
            continue
        join_visit(hosts[0], m)
        folded.add(id(m))
    return [c for c in events if id(c) not in folded]


__all__ = ["fold_visit_referents"]
