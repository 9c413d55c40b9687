"""The numbered conference a meeting is held on the sidelines of is an event of its own (round 376).

"X met Y on the sidelines of the 9th Ministerial Conference of the Heart of Asia – Istanbul Process in Dushanbe today":
the guideline keeps a numbered edition of a conference or forum as a `meeting` with its number (docs/extraction.md,
"Types"), and the sentence dates and places it by the meeting held at it. Only numbered editions are taken: the labels
leave "on the sidelines of the G20 summit" or "of the African Union summit" as the setting of the meeting alone.
A numbered summit stays a summit (heads of state meet there).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.round_mentions import _ORD, ordinal_value

_EDITION = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+the\s+" + _ORD
                      + r"\s+(?:[A-Z][\w'’.-]*\s+){0,5}?(?P<noun>Conference|Forum|Summit|Session|Assembly|Congress)\b")


def sideline_editions(events: list[Candidate]) -> list[Candidate]:
    """New candidates for the numbered conferences that held meetings or calls are told to have been on the sidelines of."""
    out: list[Candidate] = []
    for c in events:
        if c.event_type not in ("meeting", "summit", "talk_round") or c.first is None:
            continue
        m = _EDITION.search(c.evidence[0]) if ("sidelines" in c.evidence[0] or "margins" in c.evidence[0]) else None
        number = ordinal_value(m.group("ord")) if m else None
        if not number:
            continue
        kind = "summit" if m.group("noun") == "Summit" else "meeting"
        if any(e.round_number == number and e.event_type == kind and e.first == c.first for e in events + out):
            continue  # the conference is told in its own words too
        edition = Candidate(kind, c.paragraph, c.order, first=c.first, last=c.last, precision=c.precision, future=c.future,
                            dated_by=c.dated_by, processes=list(c.processes), round_number=number, venue=c.venue,
                            evidence=[c.evidence[0]])
        out.append(edition)
    return out


__all__ = ["sideline_editions"]
