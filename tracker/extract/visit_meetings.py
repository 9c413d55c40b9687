"""Talks held during a visit belong to the visit (round 442).

"The envoy concluded a two-day visit to Sanaa, during which he held talks with the group's leaders": one sentence tells a
visit and the meeting held during it. The guideline files meetings held during a visit under the visit unless the text
dates them apart (docs/extraction.md, "Types"); extraction made a meeting or a talk round beside the visit. The gathering
of the visit's own sentence, linked to it by "during which" or "where he met" (or "X met Y during his first official
visit to Z", round 445), now folds into the visit: its parties join the visit's and its day dates the visit when the
visit has none; a gathering dated apart stays. A trip "to meet" Y keeps both (round 185's test: an arrival for talks
belongs to the talks, and the trip stays). Round 617: the visit's sentence may come second, after the arrival that dates
the visit ("X arrived in Y last Sunday … X concluded a two-day visit to Y, during which he held talks with Z"); the talks
of that sentence fold as well, when their days fall within the visit's.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_DURING = re.compile(r"\b(?:during\s+which|in\s+the\s+course\s+of\s+which|where\s+(?:he|she|they)\s+(?:also\s+)?(?:met|held)|"
                     r"\b(?:during|in\s+the\s+course\s+of)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?visit\b)")  # round 445
_GATHERINGS = ("meeting", "talk_round")


def within_visit(m: Candidate, v: Candidate) -> bool:
    """True when the gathering or the visit is undated, or the gathering's days fall within the visit's."""
    if m.first is None or v.first is None:
        return True
    return v.first <= m.first and (m.last or m.first) <= (v.last or v.first)


def join_visit(v: Candidate, m: Candidate) -> None:
    """Fold a gathering held during a visit into it: its parties and sentences join the visit's, its day dates an
    undated visit, its venue places an unplaced one."""
    for key, role in m.actors.items():
        v.actors.setdefault(key, role)
    v.evidence += [e for e in m.evidence if e not in v.evidence]
    if v.first is None and m.first is not None:
        v.first, v.last, v.precision, v.dated_by = m.first, m.last, m.precision, m.dated_by
    v.venue = v.venue or m.venue


def fold_visit_meetings(events: list[Candidate]) -> list[Candidate]:
    """Fold the meeting or talks that a visit's own sentence says were held during it into the visit."""
    visits = [v for v in events if v.event_type == "visit" and any(_DURING.search(e) for e in v.evidence)]
    if not visits:
        return events
    folded: set[int] = set()
    for v in visits:
        for m in events:
            if m.event_type not in _GATHERINGS or id(m) in folded or not m.evidence or m.evidence[0] not in v.evidence \
                    or not _DURING.search(m.evidence[0]) or m.round_number or m.future != v.future:
                continue  # (the visit's sentence may be told second: "X arrived in Y on Sunday. X concluded a visit …", 616)
            if not within_visit(m, v):
                continue  # dated apart: its own event
            join_visit(v, m)
            folded.add(id(m))
    return [c for c in events if id(c) not in folded]


__all__ = ["fold_visit_meetings", "join_visit", "within_visit"]
